package io.github.epres.internal.lines;

import io.github.epres.internal.antlr.LayoutLexer;
import io.github.epres.lang.LanguageProfile;
import java.util.List;

/**
 * The shapes of an amendment's lines: its heading, the profile's word and a number ("Amendment 1",
 * "Grozījums Nr. 1"), and a row of its two columns, cells separated by a tab (as a browser copies a
 * table and as the HTML reader writes one) or by "|" (EUR-Lex's text view: "… | … |").
 */
public final class AmendmentLines {
  /** The longest row read as column headings: two headings, not two texts. */
  private static final int MAX_COLUMNS = 200;

  private AmendmentLines() {}

  /**
   * Whether {@code text} can be an amendment heading of a profile whose heading words all start
   * with one of {@code firstChars}: {@link #number} is null for the others.
   */
  public static boolean mayBeHeading(String text, String firstChars) {
    if (text.length() > 80) {
      return false;
    }
    int from = skipSpaces(text, 0);
    if (from < text.length() && text.charAt(from) == '(') {
      from = skipSpaces(text, from + 1);
    }
    return from < text.length() && firstChars.indexOf(text.charAt(from)) >= 0;
  }

  /**
   * The number in an amendment heading ("1", "12a"), or null when the line is not one. The heading
   * may stand in brackets, as reports of the 1990s print it: "(Amendment 1)".
   */
  public static String number(LanguageProfile profile, String text) {
    if (profile == null || text.length() > 80) {
      return null;
    }
    int from = skipSpaces(text, 0);
    int to = text.length();
    while (to > from && isSpace(text.charAt(to - 1))) {
      to--;
    }
    if (to - from > 2 && text.charAt(from) == '(' && text.charAt(to - 1) == ')') {
      from = skipSpaces(text, from + 1);
      to--;
      while (to > from && isSpace(text.charAt(to - 1))) {
        to--;
      }
    }
    if (from == to || !Character.isUpperCase(text.charAt(from))) {
      // Every heading word starts with a capital: most lines end here.
      return null;
    }
    for (String word : profile.amendmentHeadings()) {
      if (text.startsWith(word, from)) {
        String number = numberAfter(text.substring(0, to), from + word.length());
        if (number != null) {
          return number;
        }
      }
    }
    return null;
  }

  /** " 1", " Nr. 1", " 12a" to the end of the line: the number, or null. */
  private static String numberAfter(String t, int from) {
    int i = skipSpaces(t, from);
    if (i == from) {
      return null;
    }
    int letters = i;
    while (letters < t.length() && Character.isLetter(t.charAt(letters)) && letters - i < 4) {
      letters++;
    }
    if (letters > i && letters < t.length() && t.charAt(letters) == '.') {
      i = skipSpaces(t, letters + 1);
    }
    int digits = i;
    while (digits < t.length() && t.charAt(digits) >= '0' && t.charAt(digits) <= '9') {
      digits++;
    }
    if (digits == i) {
      return null;
    }
    boolean letter = digits < t.length() && t.charAt(digits) >= 'a' && t.charAt(digits) <= 'z';
    int end = letter ? digits + 1 : digits;
    return end == t.length() ? t.substring(i, end) : null;
  }

  private static int skipSpaces(String t, int from) {
    int i = from;
    while (i < t.length() && isSpace(t.charAt(i))) {
      i++;
    }
    return i;
  }

  /**
   * Whether {@code text} is the justification's heading, in the profile's word, with or without a
   * colon after it ("Justification", "Justification:").
   */
  public static boolean isJustification(LanguageProfile profile, String text) {
    String t = strip(text);
    if (t.endsWith(":")) {
      t = strip(t.substring(0, t.length() - 1));
    }
    return profile != null && profile.amendmentJustifications().contains(t);
  }

  /**
   * Whether line {@code i} is the column headings of a list of amendments, standing before its
   * first heading as one row for the whole table ("Text proposed by the Commission\tAmendments by
   * Parliament", as reports up to 2008 print it): a row whose next line that is not blank is an
   * amendment heading.
   */
  public static boolean isListColumns(List<SourceLine> lines, int i, LanguageProfile profile) {
    SourceLine line = lines.get(i);
    if (profile == null || line.isBlank() || line.longerThan(MAX_COLUMNS)) {
      return false;
    }
    // The heading below first: most lines have none, and are told so before their cells are cut.
    boolean above = false;
    for (int next = i + 1; next < lines.size() && !above; next++) {
      SourceLine after = lines.get(next);
      if (!after.isBlank()) {
        if (after.type() != LayoutLexer.TEXT_LINE || number(profile, after.text()) == null) {
          return false;
        }
        above = true;
      }
    }
    return above && (cells(line.fullText()) != null || endsWithHeadingWord(line.text(), profile));
  }

  /**
   * Whether a line of several words ends with the amendment heading's word, as the right column's
   * heading does where a copy lost the cells' separation ("Hatályos szöveg Módosítás", "Tekst
   * proponowany przez Komisję Poprawka").
   */
  private static boolean endsWithHeadingWord(String text, LanguageProfile profile) {
    String t = text.strip();
    for (String word : profile.amendmentHeadings()) {
      int at = t.length() - word.length();
      if (at > 1 && t.endsWith(word) && Character.isWhitespace(t.charAt(at - 1))) {
        return true;
      }
    }
    return false;
  }

  /**
   * The two cells of a row, stripped, or null when the line is not a row: "left\tright", "\tright"
   * (an empty left cell), "left | right |". Cells after the second join the second.
   */
  public static String[] cells(String text) {
    int tab = text.indexOf('\t');
    if (tab >= 0) {
      return new String[] {strip(text.substring(0, tab)), strip(text.substring(tab + 1))};
    }
    String t = text.strip();
    if (t.length() < 2 || !t.endsWith("|")) {
      return null;
    }
    if (t.charAt(0) == '|') {
      return new String[] {"", strip(t.substring(1, t.length() - 1))};
    }
    int bar = t.indexOf(" |");
    if (bar < 0 || bar >= t.length() - 2) {
      return null;
    }
    String right = t.substring(bar + 2, t.length() - 1).replace(" |", " ");
    return new String[] {strip(t.substring(0, bar)), strip(right)};
  }

  /** Strips spaces, tabs and no-break spaces (an empty cell of a page is often one NBSP). */
  private static String strip(String s) {
    int from = 0;
    int to = s.length();
    while (from < to && isSpace(s.charAt(from))) {
      from++;
    }
    while (to > from && isSpace(s.charAt(to - 1))) {
      to--;
    }
    return s.substring(from, to);
  }

  private static boolean isSpace(char c) {
    return c == ' ' || c == '\t' || c == '\u00A0';
  }
}
