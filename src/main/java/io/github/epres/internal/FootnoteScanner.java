package io.github.epres.internal;

import io.github.epres.model.FootnoteRef;
import java.util.ArrayList;
import java.util.List;

/**
 * Finds footnote markers glued to the word before them, as adopted texts print them: {@code
 * Kazahstānā(1)}, {@code 2013 г.(2)}. A bracketed number after a digit or a space is not a marker:
 * {@code Rule 150(5)} is a reference, {@code (3)} alone is an enumeration. A hand-written scan,
 * since this runs over every character of every block.
 */
final class FootnoteScanner {
  private static final int MAX_DIGITS = 3;

  private FootnoteScanner() {}

  static List<FootnoteRef> scan(String text) {
    List<FootnoteRef> refs = List.of();
    for (int open = text.indexOf('('); open >= 0; open = text.indexOf('(', open + 1)) {
      int close = digitsEnd(text, open + 1);
      if (close > open + 1
          && close - open - 1 <= MAX_DIGITS
          && close < text.length()
          && text.charAt(close) == ')'
          && open > 0
          && isGlue(text.charAt(open - 1))) {
        if (refs.isEmpty()) {
          refs = new ArrayList<>();
        }
        int number = Integer.parseInt(text, open + 1, close, 10);
        refs.add(FootnoteRef.of(number, text.substring(open, close + 1), open));
      }
    }
    return refs;
  }

  private static int digitsEnd(String text, int from) {
    int i = from;
    while (i < text.length() && text.charAt(i) >= '0' && text.charAt(i) <= '9') {
      i++;
    }
    return i;
  }

  /** What a marker may be glued to: anything but white space, a digit or another bracket. */
  private static boolean isGlue(char c) {
    if (c < 128) {
      return c > ' ' && (c < '0' || c > '9') && c != '(';
    }
    return !Character.isWhitespace(c)
        && !Character.isSpaceChar(c)
        && !Character.isDigit(c)
        && c != '(';
  }
}
