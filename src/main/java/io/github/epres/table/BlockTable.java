package io.github.epres.table;

import io.github.epres.model.Block;
import io.github.epres.model.Citation;
import io.github.epres.model.Clause;
import io.github.epres.model.DateRef;
import io.github.epres.model.Header;
import io.github.epres.model.ProcedureReference;
import io.github.epres.model.Recital;
import io.github.epres.model.Resolution;
import io.github.epres.model.Title;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * A resolution as a table with one row per block, written as CSV (RFC 4180, by Apache Commons CSV)
 * or as JSON Lines.
 */
public final class BlockTable {
  /** RFC 4180: commas, double quotes where needed, CRLF between records. */
  public static final CSVFormat CSV = CSVFormat.RFC4180;

  private BlockTable() {}

  /** The rows of a document; {@code source} names where it came from (may be empty). */
  public static List<BlockRow> rows(Resolution resolution, String source) {
    List<BlockRow> rows = new ArrayList<>();
    String number = resolution.header().flatMap(Header::documentNumber).orElse("");
    addRows(rows, resolution, source, number);
    // The documents of a bundle follow, each with its own procedure.
    for (Resolution part : resolution.bundled()) {
      addRows(rows, part, source, number);
    }
    return rows;
  }

  private static void addRows(
      List<BlockRow> rows, Resolution resolution, String source, String number) {
    String procedure =
        resolution.title().flatMap(Title::procedure).map(ProcedureReference::reference).orElse("");
    String outcome = resolution.legislativeOutcome().map(Enum::name).orElse("");
    for (Block b : resolution.blocks()) {
      String kind =
          b instanceof Citation ? "citation" : b instanceof Recital ? "recital" : "paragraph";
      rows.add(
          new BlockRow(
              source,
              number,
              procedure,
              outcome,
              resolution.language(),
              kind,
              b.id(),
              b.label().orElse(""),
              b.voteLabel(),
              b.voteLabelEn(),
              b.number(),
              b.opener().orElse(""),
              actions(b.clauses()),
              dates(b.dates()),
              b.text()));
    }
  }

  /** Writes the header record. */
  public static void writeCsvHeader(Appendable out) throws IOException {
    CSV.printRecord(out, BlockRow.COLUMNS.toArray());
  }

  /** Writes rows as CSV records, without a header. */
  public static void writeCsv(List<BlockRow> rows, Appendable out) throws IOException {
    CSVPrinter printer = new CSVPrinter(out, CSV);
    for (BlockRow row : rows) {
      printer.printRecord(row.values());
    }
    printer.flush();
  }

  /** Writes rows as JSON Lines: one object per row, keys as in {@link BlockRow#COLUMNS}. */
  public static void writeJsonLines(List<BlockRow> rows, Appendable out) throws IOException {
    for (BlockRow row : rows) {
      out.append('{');
      List<Object> values = row.values();
      for (int i = 0; i < values.size(); i++) {
        out.append(i == 0 ? "" : ",").append(Json.quote(BlockRow.COLUMNS.get(i))).append(':');
        Object value = values.get(i);
        out.append(value instanceof Integer ? value.toString() : Json.quote((String) value));
      }
      out.append("}\n");
    }
  }

  private static String actions(List<Clause> clauses) {
    StringBuilder text = new StringBuilder();
    for (Clause clause : clauses) {
      text.append(text.length() == 0 ? "" : " ").append(clause.action());
    }
    return text.toString();
  }

  private static String dates(List<DateRef> dates) {
    StringBuilder text = new StringBuilder();
    for (DateRef date : dates) {
      text.append(text.length() == 0 ? "" : " ").append(date.date());
    }
    return text.toString();
  }
}
