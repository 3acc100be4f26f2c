package io.github.epres.internal.inline;

import io.github.epres.model.FootnoteRef;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

/**
 * Finds footnote markers glued to the word before them: {@code Kazahstānā(1)}, {@code 2013 г.(2)}
 * as adopted texts print them, and {@code Kazakhstan[1]} as motions do. The style depends on the
 * source, not on the language (languages.md §1.8), so every language gets both. A bracketed number
 * after a digit or a space is not a marker: {@code Rule 150(5)} is a reference, {@code (3)} alone
 * an enumeration. A hand-written scan, since this runs over every character of every block.
 */
public final class FootnoteScanner {
  private static final int MAX_DIGITS = 3;

  private FootnoteScanner() {}

  public static List<FootnoteRef> scan(String text) {
    List<FootnoteRef> round = scan(text, '(', ')');
    List<FootnoteRef> square = scan(text, '[', ']');
    if (square.isEmpty()) {
      return round;
    }
    if (round.isEmpty()) {
      return square;
    }
    List<FootnoteRef> both = new ArrayList<>(round);
    both.addAll(square);
    both.sort(Comparator.comparingInt(FootnoteRef::offset));
    return both;
  }

  private static List<FootnoteRef> scan(String text, char opening, char closing) {
    List<FootnoteRef> refs = List.of();
    for (int open = text.indexOf(opening); open >= 0; open = text.indexOf(opening, open + 1)) {
      int close = digitsEnd(text, open + 1);
      if (close > open + 1
          && close - open - 1 <= MAX_DIGITS
          && close < text.length()
          && text.charAt(close) == closing
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

  /**
   * Markers set off by a space, as EUR-Lex prints them ({@code Kazakhstan (1)}, {@code word [2]}),
   * for the numbers of a footnote block only: elsewhere " (5)" is as likely an enumeration. Those
   * in {@code glued} are kept; the result is in order of position.
   */
  public static List<FootnoteRef> withSpaced(
      String text, List<FootnoteRef> glued, Set<Integer> numbers) {
    List<FootnoteRef> refs = null;
    for (int open = 1; open < text.length(); open++) {
      char c = text.charAt(open);
      if ((c != '(' && c != '[') || text.charAt(open - 1) != ' ') {
        continue;
      }
      int close = digitsEnd(text, open + 1);
      if (close > open + 1
          && close - open - 1 <= MAX_DIGITS
          && close < text.length()
          && text.charAt(close) == (c == '(' ? ')' : ']')) {
        int number = Integer.parseInt(text, open + 1, close, 10);
        if (numbers.contains(number)) {
          if (refs == null) {
            refs = new ArrayList<>(glued);
          }
          refs.add(FootnoteRef.of(number, text.substring(open, close + 1), open));
        }
      }
    }
    if (refs == null) {
      return glued;
    }
    refs.sort(Comparator.comparingInt(FootnoteRef::offset));
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
      return c > ' ' && (c < '0' || c > '9') && c != '(' && c != '[';
    }
    return !Character.isWhitespace(c) && !Character.isSpaceChar(c) && !Character.isDigit(c);
  }
}
