package io.github.epres.internal.lines;

import io.github.epres.internal.antlr.LayoutLexer;
import io.github.epres.lang.LanguageProfile;
import java.util.List;

/**
 * The body's last parts, which run to the end of the text once begun: everything after the annex
 * heading is annex, up to a report page's next part; everything after a report part's heading
 * belongs to the report's parts; after closing furniture, furniture.
 */
final class BodyTail {
  private BodyTail() {}

  /** Gives the lines from {@code from} on their roles, the tail having begun with {@code mode}. */
  static void fill(
      List<SourceLine> lines, int[] roles, LanguageProfile profile, int from, int mode) {
    int role = mode;
    for (int i = from; i < lines.size(); i++) {
      SourceLine line = lines.get(i);
      if (role != LayoutLexer.CLOSING_LINE && LineShapes.isReportSection(profile, line)) {
        role = LayoutLexer.REPORT_SECTION;
        roles[i] = role;
      } else if (role == LayoutLexer.ANNEX_HEADING) {
        roles[i] = LayoutLexer.ANNEX_LINE;
      } else if (role == LayoutLexer.REPORT_SECTION) {
        roles[i] = LayoutLexer.REPORT_LINE;
      } else {
        roles[i] = line.isBlank() ? LayoutLexer.BLANK_LINE : LayoutLexer.CLOSING_LINE;
      }
    }
  }

  /** Whether a role begins the tail. */
  static boolean begins(int role) {
    return role == LayoutLexer.ANNEX_HEADING
        || role == LayoutLexer.CLOSING_LINE
        || role == LayoutLexer.REPORT_SECTION;
  }
}
