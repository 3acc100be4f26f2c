package io.github.epres.cli;

import io.github.epres.votes.LinkedVoting;
import io.github.epres.votes.TextRange;
import io.github.epres.votes.Voting;
import java.io.IOException;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * The CSV of {@code epres votes}: one row per voting, its columns named here and nowhere else. A
 * list read alone has no targets, so their columns are left out.
 */
final class VotesCsv {
  private VotesCsv() {}

  /** {@code target}: whether the column tells what the voting decides in a document. */
  private record Column(String name, boolean target, Function<LinkedVoting, Object> value) {
    Column(String name, Function<LinkedVoting, Object> value) {
      this(name, false, value);
    }
  }

  private static final List<Column> COLUMNS =
      List.of(
          new Column("document", LinkedVoting::document),
          // One line per record: a title row's line break becomes a space.
          new Column("subject", l -> subject(l.voting()).replaceAll("\\s+", " ")),
          new Column("subjectKind", LinkedVoting::subjectKind),
          new Column("marker", l -> text(l.voting().marker())),
          new Column("target", true, l -> l.target().kind()),
          new Column("targetId", true, l -> text(l.target().id())),
          new Column("offset", true, l -> joined(l.target().ranges(), true)),
          new Column("length", true, l -> joined(l.target().ranges(), false)),
          new Column("amendment", l -> text(l.voting().amendment())),
          new Column("author", l -> text(l.voting().author())),
          new Column("result", l -> text(l.voting().result())),
          new Column("resultType", l -> text(l.voting().resultType())),
          new Column("for", l -> text(l.voting().favor())),
          new Column("against", l -> text(l.voting().against())),
          new Column("abstention", l -> text(l.voting().abstention())),
          new Column("reason", true, l -> text(l.target().reason())));

  /** The columns, in order; {@code linked}: with the targets in documents. */
  private static List<Column> columns(boolean linked) {
    return COLUMNS.stream().filter(c -> linked || !c.target()).toList();
  }

  /** The column names, in order; {@code linked}: with the targets in documents. */
  static List<String> names(boolean linked) {
    return columns(linked).stream().map(Column::name).toList();
  }

  static void write(List<LinkedVoting> votings, boolean linked, Appendable out) throws IOException {
    List<Column> columns = columns(linked);
    CSVPrinter csv =
        CSVFormat.DEFAULT
            .builder()
            .setHeader(names(linked).toArray(String[]::new))
            .get()
            .print(out);
    for (LinkedVoting voting : votings) {
      for (Column column : columns) {
        csv.print(column.value().apply(voting));
      }
      csv.println();
    }
    csv.flush();
  }

  private static String subject(Voting voting) {
    return voting.subject().or(voting::title).orElse("");
  }

  private static String text(Optional<?> value) {
    return value.map(String::valueOf).orElse("");
  }

  /**
   * The offsets (or lengths) of a target's ranges, separated by spaces: a part "without the words"
   * has two ranges, "0 300" and "278 12".
   */
  static String joined(List<TextRange> ranges, boolean offsets) {
    StringBuilder joined = new StringBuilder();
    for (TextRange range : ranges) {
      joined.append(joined.length() == 0 ? "" : " ");
      joined.append(offsets ? range.offset() : range.length());
    }
    return joined.toString();
  }
}
