package io.github.epres.internal.layout;

import io.github.epres.internal.lines.AmendmentLines;
import io.github.epres.internal.lines.SourceLine;
import io.github.epres.internal.util.Diagnostics;
import io.github.epres.lang.LanguageProfile;
import io.github.epres.model.Amendment;
import io.github.epres.model.AmendmentRow;
import io.github.epres.model.DiagnosticCode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Reads an amendment from its lines: the heading ("Amendment 1"), what it amends (the lines before
 * its columns), the column headings (the first row), the rows, and the justification after the
 * profile's word for it. The language gives only the heading and justification words; the columns
 * are read by their layout, so "Text proposed by the Commission", "Motion for a resolution" or
 * "Present text" and their forms in every language need no list.
 */
final class AmendmentReader {
  private final LanguageProfile profile;
  private final Diagnostics diagnostics;

  /**
   * The column headings of the list of amendments being read, where the list gives them once, in a
   * row before its first heading (reports up to 2008): then no amendment has a row of its own for
   * them, and its first row is its text.
   */
  private String[] listColumns;

  AmendmentReader(LanguageProfile profile, Diagnostics diagnostics) {
    this.profile = profile;
    this.diagnostics = diagnostics;
  }

  Amendment read(List<SourceLine> lines, int ordinal) {
    int start = listColumns(lines.get(0)) ? 1 : 0;
    SourceLine heading = lines.get(Math.min(start, lines.size() - 1));
    String number = AmendmentLines.number(profile, heading.text());
    Amendment.Builder amendment =
        Amendment.builder()
            .id("am_" + ordinal)
            .number(number == null ? "" : number)
            // The first line is a heading, or the list's column headings, which may start like an
            // item ("A. …\t…"): its marker is the amendment's text too.
            .text(lines.get(0).marker() + SourceLine.join(lines))
            .span(SourceLine.spanOf(lines))
            .eol(lines.get(lines.size() - 1).eol());
    List<String> justification = new ArrayList<>();
    List<AmendmentRow> rows = new ArrayList<>();
    boolean columns = listColumns != null;
    if (columns) {
      amendment.addColumns(listColumns[0], listColumns[1]);
    }
    boolean justifying = false;
    SourceLine outside = null;
    for (SourceLine line : lines.subList(Math.min(start + 1, lines.size()), lines.size())) {
      String text = line.fullText();
      String[] cells = AmendmentLines.cells(text);
      String plain = text.strip();
      if (justifying) {
        if (!plain.isEmpty()) {
          justification.add(plain);
        }
      } else if (cells != null && cells[0].isEmpty() && cells[1].isEmpty()) {
        continue;
      } else if (cells != null && !columns) {
        amendment.addColumns(cells[0], cells[1]);
        columns = true;
      } else if (cells != null && rows.isEmpty() && Arrays.equals(cells, listColumns)) {
        continue; // the list's column headings repeated above this amendment's rows
      } else if (cells != null) {
        rows.add(AmendmentRow.of(cells[0], cells[1]));
      } else if (plain.isEmpty()) {
        continue;
      } else if (!columns) {
        amendment.addTarget(plain);
      } else if (AmendmentLines.isJustification(profile, plain)) {
        justifying = true;
      } else if (rows.isEmpty()) {
        amendment.addTarget(plain);
      } else {
        // A cell's second paragraph copied onto a line of its own: it goes on the amended text.
        AmendmentRow last = rows.remove(rows.size() - 1);
        rows.add(AmendmentRow.of(last.original(), last.amended() + "\n" + plain));
        outside = outside == null ? line : outside;
      }
    }
    if (!columns) {
      diagnostics.report(
          DiagnosticCode.AMENDMENT_NOT_UNDERSTOOD,
          "amendment "
              + number
              + ": its two columns cannot be told apart (no tab or \"|\" between them);"
              + " its text is kept whole",
          heading.spanAt(1, heading.fullText().strip().length()));
    } else if (outside != null) {
      diagnostics.report(
          DiagnosticCode.AMENDMENT_NOT_UNDERSTOOD,
          "amendment " + number + ": a line outside its two columns, read with the amended text",
          outside.spanAt(1, outside.fullText().length()));
    }
    if (!justification.isEmpty()) {
      amendment.justification(String.join("\n", justification));
    }
    return amendment.rows(rows).build();
  }

  /**
   * Whether an amendment's first line is not its heading but the column headings of the list it
   * opens (the classifier starts the first amendment there): they are kept for the list.
   */
  private boolean listColumns(SourceLine first) {
    String[] cells = AmendmentLines.cells(first.fullText());
    if (cells == null || AmendmentLines.number(profile, first.text()) != null) {
      return false;
    }
    listColumns = cells;
    return true;
  }
}
