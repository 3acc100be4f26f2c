package io.github.epres.internal.util;

/** A header line as its values are read from it, whatever a page or a copy wrapped it in. */
public final class HeaderText {
  /** The longest code in braces, "{Verts/ALE}", "{06/07/2020}". */
  private static final int MAX_CODE = 40;

  private HeaderText() {}

  /**
   * A line with no-break spaces as spaces, stripped (web pages put them around dashes), without the
   * markers older doceo pages wrap header parts in, "<Titre>…</Titre>", and the codes some put
   * before a value, "{Verts/ALE}", at the line's start or right after a marker: hidden on the page,
   * they surface in copies.
   */
  public static String plain(String text) {
    String plain = text.replace('\u00A0', ' ');
    if (plain.indexOf('<') >= 0 || plain.indexOf('{') >= 0) {
      plain = withoutMarkup(plain.strip());
    }
    return plain.strip();
  }

  /**
   * The code in braces right after the markers a line starts with, hidden on the page: "PPE" in
   * "<Commission>{PPE}on behalf of the PPE Group"; null where there is none.
   */
  public static String leadingCode(String text) {
    String line = text.strip();
    int i = 0;
    while (i < line.length() && line.charAt(i) == '<') {
      int end = markerEnd(line, i);
      if (end < 0) {
        return null;
      }
      i = end;
    }
    int end = i > 0 && i < line.length() && line.charAt(i) == '{' ? codeEnd(line, i) : -1;
    return end < 0 ? null : line.substring(i + 1, end - 1).strip();
  }

  /** {@code text} without its markers and codes, read from left to right. */
  private static String withoutMarkup(String text) {
    StringBuilder plain = new StringBuilder(text.length());
    int i = 0;
    while (i < text.length()) {
      char c = text.charAt(i);
      int end = -1;
      if (c == '<') {
        end = markerEnd(text, i);
      } else if (c == '{' && (i == 0 || text.charAt(i - 1) == '>')) {
        end = codeEnd(text, i);
      }
      if (end < 0) {
        plain.append(c);
        i++;
      } else {
        i = end;
      }
    }
    return plain.toString();
  }

  /**
   * The end of "<Name>" or "</Name>" (a capital, then letters and hyphens) at {@code at}, or -1.
   */
  private static int markerEnd(String text, int at) {
    int i = at + 1;
    if (i < text.length() && text.charAt(i) == '/') {
      i++;
    }
    if (i >= text.length() || text.charAt(i) < 'A' || text.charAt(i) > 'Z') {
      return -1;
    }
    i++;
    while (i < text.length() && isNameChar(text.charAt(i))) {
      i++;
    }
    return i < text.length() && text.charAt(i) == '>' ? i + 1 : -1;
  }

  private static boolean isNameChar(char c) {
    return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || c == '-';
  }

  /** The end of "{…}", at most {@link #MAX_CODE} characters inside, at {@code at}, or -1. */
  private static int codeEnd(String text, int at) {
    int close = text.indexOf('}', at + 1);
    return close >= 0 && close - at - 1 <= MAX_CODE ? close + 1 : -1;
  }
}
