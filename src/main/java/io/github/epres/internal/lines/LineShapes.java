package io.github.epres.internal.lines;

import io.github.epres.internal.antlr.LayoutLexer;
import io.github.epres.lang.LanguageProfile;
import java.util.List;
import java.util.regex.Pattern;

/** What a line without a marker may be by its shape: a separator, the annex heading, a heading. */
final class LineShapes {
  private static final Pattern SEPARATOR = Pattern.compile("([oO°•*]\\s*){3}");

  private LineShapes() {}

  /** "o o o", the separator before the final paragraphs of adopted texts. */
  static boolean isSeparator(String text) {
    String t = text.strip();
    // Most lines are not: their first character tells, without a matcher.
    return !t.isEmpty() && "oO°•*".indexOf(t.charAt(0)) >= 0 && SEPARATOR.matcher(t).matches();
  }

  /**
   * The profile's annex heading, "ANNEX", alone or followed by a number or a title; a heading of
   * several words may have the next word glued to it, as pages print "POSITION OF THE EUROPEAN
   * PARLIAMENTAT FIRST READING" (a one-word heading may not: "ANNEXES" is no "ANNEX").
   */
  static boolean isAnnexHeading(LanguageProfile profile, String text) {
    if (profile == null) {
      return false;
    }
    String t = text.strip();
    for (String heading : profile.annexHeadings()) {
      if (t.startsWith(heading)
          && (t.length() == heading.length()
              || !Character.isLetter(t.charAt(heading.length()))
              || heading.indexOf(' ') > 0)
          && t.length() <= 200) {
        return true;
      }
    }
    return false;
  }

  /**
   * A heading between paragraphs: a short line that does not end a sentence, after the recitals or
   * among the paragraphs, and followed (after blank lines) by a paragraph.
   */
  static boolean isHeading(List<SourceLine> lines, int index) {
    SourceLine line = lines.get(index);
    String text = line.text().strip();
    if (text.isEmpty() || text.length() > 200 || Continuation.clauseEnded(line)) {
      return false;
    }
    for (int i = index + 1; i < lines.size(); i++) {
      SourceLine next = lines.get(i);
      if (!next.isBlank()) {
        return next.type() == LayoutLexer.NUMBER_ITEM;
      }
    }
    return false;
  }

  /**
   * Whether a line without a dash opens like a citation: with a citation opener, or with all of a
   * longer opener's words but its last, as a copy that lost the dash may also have a slip in the
   * opener ("s ohledem závěry" for "s ohledem na závěry").
   */
  static boolean opensLikeCitation(LanguageProfile profile, String text) {
    if (profile.citationOpener(text).isPresent()) {
      return true;
    }
    for (String opener : profile.citationOpeners()) {
      int lastSpace = opener.lastIndexOf(' ');
      if (lastSpace > 0
          && text.regionMatches(true, 0, opener, 0, lastSpace + 1)
          && opener.indexOf(' ') < lastSpace) {
        return true;
      }
    }
    return false;
  }

  /** The heading of a report page's part after the resolution: "EXPLANATORY STATEMENT". */
  static boolean isReportSection(LanguageProfile profile, SourceLine line) {
    if (profile == null || line.type() != LayoutLexer.TEXT_LINE) {
      return false;
    }
    String text = line.text().strip();
    if (text.length() > 200) {
      return false;
    }
    int from = afterPartLabel(text);
    for (String heading : profile.reportSections()) {
      if (text.startsWith(heading, from)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Where a report part's heading starts after its part label, as reports of the 1990s number their
   * parts: "B EXPLANATORY STATEMENT", "A.II LEGISLATIVE PROPOSAL"; 0 where it has none.
   */
  private static int afterPartLabel(String text) {
    if (text.length() < 3 || text.charAt(0) < 'A' || text.charAt(0) > 'Z') {
      return 0;
    }
    int i = 1;
    if (text.charAt(i) == '.') {
      i++;
      while (i < text.length() && "IVX".indexOf(text.charAt(i)) >= 0) {
        i++;
      }
    }
    int label = i;
    while (i < text.length() && (text.charAt(i) == ' ' || text.charAt(i) == '\u00A0')) {
      i++;
    }
    return i > label ? i : 0;
  }
}
