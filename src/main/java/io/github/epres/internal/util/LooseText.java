package io.github.epres.internal.util;

/**
 * Short fixed lines (an author line) compared as people read them, not byte for byte: capitals
 * ("DAS EUROPÄISCHE PARLAMENT," in the Official Journal), runs of spaces and no-break spaces, and a
 * space before a comma ("The European Parliament ,") make no difference.
 */
public final class LooseText {
  private LooseText() {}

  /**
   * The form two such lines are compared in: lower case, white space runs made one space and
   * dropped at either end and before {@code , ; :}.
   */
  public static String key(String text) {
    StringBuilder key = new StringBuilder(text.length());
    boolean space = false;
    for (int i = 0; i < text.length(); ) {
      int c = text.codePointAt(i);
      i += Character.charCount(c);
      if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
        space = key.length() > 0;
        continue;
      }
      if (space && c != ',' && c != ';' && c != ':') {
        key.append(' ');
      }
      space = false;
      key.appendCodePoint(Character.toLowerCase(c));
    }
    return key.toString();
  }

  /**
   * The keys a written form stands for: its own, and where it ends with a letter ("Euroopan
   * parlamentti, joka") also with a comma after it, as some texts print it.
   */
  public static String[] keys(String form) {
    String key = key(form);
    boolean letter = !key.isEmpty() && Character.isLetter(key.codePointBefore(key.length()));
    return letter ? new String[] {key, key + ","} : new String[] {key};
  }
}
