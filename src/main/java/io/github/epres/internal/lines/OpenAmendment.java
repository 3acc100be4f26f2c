package io.github.epres.internal.lines;

import io.github.epres.internal.antlr.LayoutLexer;
import io.github.epres.lang.LanguageProfile;

/**
 * The amendment the body's lines are in, from its heading on: every line is the amendment's,
 * whatever its layout (its columns hold "(1) …" and "1. …" rows), until a report page's next part,
 * or a footnote (a line "(1) …" that is no row) once its rows or its justification have begun.
 */
final class OpenAmendment {
  private final LanguageProfile profile;
  private boolean open;
  private boolean rows;
  private boolean justification;

  OpenAmendment(LanguageProfile profile) {
    this.profile = profile;
  }

  /** An amendment's heading has been read. */
  void start() {
    open = true;
    rows = false;
    justification = false;
  }

  boolean isOpen() {
    return open;
  }

  /** The role of a line of the open amendment, or -1 where the amendment ends before it. */
  int role(SourceLine line) {
    String[] cells = AmendmentLines.cells(line.fullText());
    boolean ends =
        cells == null
            && (LineShapes.isReportSection(profile, line)
                || (line.type() == LayoutLexer.NOTE_ITEM && (rows || justification)));
    if (ends) {
      open = false;
      return -1;
    }
    if (cells != null) {
      rows = true;
    } else if (rows && profile.amendmentJustifications().contains(line.text().strip())) {
      justification = true;
    }
    return LayoutLexer.AMENDMENT_LINE;
  }
}
