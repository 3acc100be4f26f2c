package io.github.epres.internal.lines;

import io.github.epres.internal.antlr.LayoutLexer;
import io.github.epres.lang.LanguageProfile;
import java.util.List;

/**
 * The amendment the lines are in, from its heading on: every line is the amendment's, whatever its
 * layout (its columns hold "(1) …" and "1. …" rows), until a report page's next part, or a footnote
 * (a line "(1) …" that is no row) once its rows or its justification have begun. Where a list of
 * amendments gives its column headings once, in a row above its first heading (reports up to 2008:
 * "Text proposed by the Commission | Amendments by Parliament"), that row opens the first amendment
 * and the heading below it is one of its lines.
 */
final class OpenAmendment {
  private final LanguageProfile profile;
  private boolean open;
  private boolean rows;
  private boolean justification;

  /** The list's column headings have opened the amendment; its heading is still to come. */
  private boolean columns;

  OpenAmendment(LanguageProfile profile) {
    this.profile = profile;
  }

  /**
   * The last amendment heading before line {@code end}, or -1: reports up to 2002 print their
   * amendments before the draft legislative resolution, so before its author line.
   */
  static int lastHeadingBefore(List<SourceLine> lines, LanguageProfile profile, int end) {
    for (int i = end - 1; i >= 0; i--) {
      if (isHeading(lines.get(i), profile)) {
        return i;
      }
    }
    return -1;
  }

  /**
   * The roles of the amendments among lines 0 to {@code end} (0 for a line that is none of theirs),
   * read as after a resolution; the lines between an amendment that has ended and the next heading
   * are not theirs.
   */
  static int[] roles(List<SourceLine> lines, LanguageProfile profile, int end) {
    int[] roles = new int[end];
    OpenAmendment amendment = new OpenAmendment(profile);
    for (int i = 0; i < end; i++) {
      int role = amendment.opens(lines, i);
      if (role < 0 && amendment.isOpen()) {
        role = amendment.role(lines.get(i));
      }
      roles[i] = Math.max(role, 0);
    }
    return roles;
  }

  private static boolean isHeading(SourceLine line, LanguageProfile profile) {
    return line.type() == LayoutLexer.TEXT_LINE
        && AmendmentLines.number(profile, line.text()) != null;
  }

  /**
   * The role of line {@code i} where it opens an amendment: {@code AMENDMENT_HEADING} for a heading
   * or for the list's column headings above the first one, {@code AMENDMENT_LINE} for the heading
   * below those; -1 where it opens none.
   */
  int opens(List<SourceLine> lines, int i) {
    return opens(isHeading(lines.get(i), profile), AmendmentLines.isListColumns(lines, i, profile));
  }

  /**
   * As {@link #opens(List, int)}, for a line known to be a heading or the list's column headings
   * (or neither).
   */
  int opens(boolean heading, boolean listColumns) {
    if (heading) {
      boolean belowColumns = columns;
      start();
      return belowColumns ? LayoutLexer.AMENDMENT_LINE : LayoutLexer.AMENDMENT_HEADING;
    }
    if (!open && listColumns) {
      start();
      columns = true;
      return LayoutLexer.AMENDMENT_HEADING;
    }
    return -1;
  }

  /** An amendment's heading has been read. */
  void start() {
    open = true;
    rows = false;
    justification = false;
    columns = false;
  }

  boolean isOpen() {
    return open;
  }

  /**
   * The role of a line of the open amendment, or -1 where the amendment ends before it: at a
   * report's next part, or at a footnote once the rows or the justification have begun; a footnote
   * in square brackets, as pages print the footnote block ("[1] OJ …"), ends even an amendment
   * without rows (the whole act, amended, in one amendment), whose recitals are "(1) …".
   */
  int role(SourceLine line) {
    String[] cells = AmendmentLines.cells(line.fullText());
    boolean note = line.type() == LayoutLexer.NOTE_ITEM;
    boolean ends =
        cells == null
            && (LineShapes.isReportSection(profile, line)
                || (note
                    && (rows || justification || line.marker().stripLeading().startsWith("["))));
    if (ends) {
      open = false;
      return -1;
    }
    if (cells != null) {
      rows = true;
    } else if (rows && AmendmentLines.isJustification(profile, line.text())) {
      justification = true;
    }
    return LayoutLexer.AMENDMENT_LINE;
  }
}
