package io.github.epres.internal.util;

/** Bracket nesting in titles: "(COM(2020)0123 – C9-0100/2020 – 2020/0066(COD))". */
public final class Brackets {
  private Brackets() {}

  /** The bracket that opens the group {@code at} stands in, or -1. */
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
