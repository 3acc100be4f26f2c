package io.github.epres.internal.util;

/** Round brackets in running text. */
public final class Brackets {
  private Brackets() {}

  /**
   * The bracket that opens the group {@code at} stands in, or -1: for a procedure in "(COM(…) –
   * 2017/0035(COD))", the first bracket.
   */
  public static int opening(String text, int at) {
    int depth = 0;
    for (int j = at - 1; j >= 0; j--) {
      char c = text.charAt(j);
      if (c == ')') {
        depth++;
      } else if (c == '(' && depth-- == 0) {
        return j;
      }
    }
    return -1;
  }
}
