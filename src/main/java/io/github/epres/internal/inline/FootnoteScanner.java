package io.github.epres.internal.inline;

import io.github.epres.model.FootnoteRef;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Finds the footnote markers of a document's blocks, in document order. A marker is a bracketed
 * number of up to three digits, "(1)" as adopted texts print them and "[1]" as motions do (the
 * style depends on the source, not on the language: every language gets both), put after a word
 * ({@code Kazakhstan(1)}, {@code 2013 г.(2)}, {@code (UNHCR)(4)}), after a number ({@code 2013(2)},
 * {@code No 1303/2013(3)}) or, as EUR-Lex prints them, after a space ({@code Kazakhstan (1)}).
 *
 * <p>After a word a bracketed number is always a marker. After a number or a space it may as well
 * be a paragraph of an article or a rule ({@code Article 3(5)}, {@code Rule 144(5)}, Hungarian
 * {@code 78. cikkének (3) bekezdésére}, Romanian {@code alineatele (2) și (4)}) or an enumeration,
 * so there it is a marker only when it is the next number of the document's footnote sequence (1,
 * 2, 3 … in order of appearance) or one the footnote block holds, and when the words before it are
 * not the profile's words for article, rule or paragraph. After a space, in a document with a
 * footnote block it must be one of the block's; in one without (an excerpt cut before it), the next
 * of the sequence after a word or a bracket. A hand-written scan, since this runs over every
 * character of every block.
 */
public final class FootnoteScanner {
  private static final int MAX_DIGITS = 3;

  /** How many list items ("2,", "and", "(3)") may stand between an article word and the number. */
  private static final int MAX_LIST_ITEMS = 12;

  private final List<String> referenceWords;

  /** {@code referenceWords}: word starts for article, rule, paragraph ("Article", "cikk"). */
  public FootnoteScanner(List<String> referenceWords) {
    List<String> lower = new ArrayList<>(referenceWords.size());
    for (String word : referenceWords) {
      lower.add(word.toLowerCase(Locale.ROOT));
    }
    this.referenceWords = lower;
  }

  /**
   * The markers of each text, the texts being a document's blocks in document order; {@code notes}
   * are the numbers of its footnote block (empty when it has none).
   */
  public List<List<FootnoteRef>> scan(List<String> texts, Set<Integer> notes) {
    List<List<FootnoteRef>> all = new ArrayList<>(texts.size());
    int expected = 1;
    for (String text : texts) {
      List<FootnoteRef> refs = List.of();
      // The next "(" and "[" (a marker never opens a text), each found once and kept until passed.
      int round = text.indexOf('(', 1);
      int square = text.indexOf('[', 1);
      while (round >= 0 || square >= 0) {
        int open;
        if (square < 0 || (round >= 0 && round < square)) {
          open = round;
          round = text.indexOf('(', open + 1);
        } else {
          open = square;
          square = text.indexOf('[', open + 1);
        }
        int close = digitsEnd(text, open + 1);
        if (close == open + 1
            || close - open - 1 > MAX_DIGITS
            || close >= text.length()
            || text.charAt(close) != (text.charAt(open) == '(' ? ')' : ']')) {
          continue;
        }
        int number = Integer.parseInt(text, open + 1, close, 10);
        if (isMarker(text, open, number, expected, notes)) {
          if (refs.isEmpty()) {
            refs = new ArrayList<>();
          }
          refs.add(FootnoteRef.of(number, text.substring(open, close + 1), open));
          expected = Math.max(expected, number + 1);
        }
      }
      all.add(refs);
    }
    return all;
  }

  private boolean isMarker(String text, int open, int number, int expected, Set<Integer> notes) {
    char before = text.charAt(open - 1);
    boolean spaced = before == ' ' || before == '\u00A0';
    boolean afterDigit = before >= '0' && before <= '9';
    if (!spaced && !afterDigit) {
      return isGlue(before);
    }
    boolean inSequence = number == expected || (notes.contains(number) && number > expected);
    if (!inSequence) {
      return false;
    }
    if (spaced && !notes.contains(number)) {
      // With a footnote block, a spaced number it does not hold is no marker. Without one (a copy
      // cut before its end), a spaced marker is the next of the sequence, after a word, a number
      // or a closing bracket: an enumeration's "(1)" follows a colon or a comma.
      if (!notes.isEmpty() || number != expected || !afterWord(text, open)) {
        return false;
      }
    }
    return !afterReferenceWord(text, open);
  }

  /**
   * Whether the character before the spaces before {@code open} ends a word, an abbreviation or a
   * bracket.
   */
  private static boolean afterWord(String text, int open) {
    int i = open - 1;
    while (i > 0 && (text.charAt(i) == ' ' || text.charAt(i) == '\u00A0')) {
      i--;
    }
    char c = text.charAt(i);
    if (c == '.') {
      // After an abbreviation: "18 d. (3)" (Lithuanian "diena"), "2013 r. (1)".
      int word = i;
      while (word > 0 && Character.isLetter(text.charAt(word - 1))) {
        word--;
      }
      return i < open - 1 && i - word >= 1 && i - word <= 3;
    }
    return i < open - 1 && (Character.isLetterOrDigit(c) || ")]\"”’»".indexOf(c) >= 0);
  }

  /**
   * Whether the words before {@code open} are an article, rule or paragraph word, possibly followed
   * by a list of numbers: "Article 3", "Articles 2, 3", "cikkének", "alineatele (2) și".
   */
  private boolean afterReferenceWord(String text, int open) {
    int i = open;
    for (int items = 0; i > 0 && items <= MAX_LIST_ITEMS; ) {
      char c = text.charAt(i - 1);
      if (c == ' ' || c == '\u00A0' || c == ',') {
        i--;
      } else if (c >= '0' && c <= '9') {
        // A number, also one of a treaty's parts: "I-20", "III‑1".
        while (i > 0
            && (Character.isLetterOrDigit(text.charAt(i - 1))
                || (isHyphen(text.charAt(i - 1))
                    && i > 1
                    && Character.isLetterOrDigit(text.charAt(i - 2))))) {
          i--;
        }
        items++;
      } else if (c == ')' && i >= 3 && text.lastIndexOf('(', i - 1) >= i - 5) {
        i = text.lastIndexOf('(', i - 1);
        items++;
      } else if (Character.isLetter(c)) {
        int end = i;
        while (i > 0 && Character.isLetter(text.charAt(i - 1))) {
          i--;
        }
        if (isReferenceWord(text, i, end)) {
          return true;
        }
        if (end - i > 4) {
          return false;
        }
        items++;
      } else {
        return false;
      }
    }
    return false;
  }

  private static boolean isHyphen(char c) {
    return c == '-' || c == '\u2010' || c == '\u2011';
  }

  private boolean isReferenceWord(String text, int start, int end) {
    for (String word : referenceWords) {
      if (end - start >= word.length() && text.regionMatches(true, start, word, 0, word.length())) {
        return true;
      }
    }
    return false;
  }

  private static int digitsEnd(String text, int from) {
    int i = from;
    while (i < text.length() && text.charAt(i) >= '0' && text.charAt(i) <= '9') {
      i++;
    }
    return i;
  }

  /** What a marker may be glued to: anything but white space or another bracket. */
  private static boolean isGlue(char c) {
    if (c < 128) {
      return c > ' ' && c != '(' && c != '[';
    }
    return !Character.isWhitespace(c) && !Character.isSpaceChar(c);
  }
}
