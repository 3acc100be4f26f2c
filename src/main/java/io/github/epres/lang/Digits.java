package io.github.epres.lang;

import java.util.Arrays;

/**
 * Finds the ASCII digits in a text with {@link String#indexOf(int, int)}, which the JIT vectorises,
 * keeping the next position of each digit until it is passed. Scanning a UTF-16 string char by char
 * is several times slower, and legal text holds few digits.
 */
final class Digits {
  private final String text;
  private final int[] next = new int[10];

  Digits(String text) {
    this.text = text;
    Arrays.fill(next, -1);
  }

  /** The position of the first digit at or after {@code from}, or the text's length. */
  int next(int from) {
    int first = text.length();
    for (int d = 0; d < 10; d++) {
      if (next[d] < from && next[d] != text.length()) {
        int at = text.indexOf('0' + d, from);
        next[d] = at < 0 ? text.length() : at;
      }
      first = Math.min(first, next[d]);
    }
    return first;
  }
}
