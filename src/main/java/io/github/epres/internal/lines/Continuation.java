package io.github.epres.internal.lines;

import io.github.epres.internal.antlr.LayoutLexer;

/**
 * The one rule for hard-wrapped text: whether a line goes on with the block above it, as lines of
 * text copied from a PDF do. A line without a marker does, unless the block has ended (with ; . :
 * or ·) and the line does not go on in lower case. A line that looks like a block does when the
 * block above stops mid-word, or when its label does not continue the sequence ("2021. gada" inside
 * a paragraph) and the block above has not ended.
 */
final class Continuation {
  private Continuation() {}

  /**
   * Whether {@code line} continues a block whose last line is {@code last}; {@code inSequence}
   * tells whether the line's label is the next one of its kind.
   */
  static boolean continues(SourceLine last, SourceLine line, boolean inSequence) {
    String text = last.text().stripTrailing();
    int n = text.length();
    if (n == 0) {
      return false;
    }
    char end = text.charAt(n - 1);
    // A full stop after a digit may be an ordinal or a year ("2021. gada", "14. marta") rather
    // than the end of the block; a label in sequence after it still starts a new block.
    boolean ordinal = end == '.' && n > 1 && Character.isDigit(text.charAt(n - 2));
    boolean midSentence = Character.isLetterOrDigit(end);
    boolean ended = end == ';' || end == ':' || end == '\u00B7' || (end == '.' && !ordinal);
    return switch (line.type()) {
      case LayoutLexer.TEXT_LINE -> !ended || startsInLowerCase(line.text());
      case LayoutLexer.DASH_ITEM -> midSentence;
      default -> midSentence || (!inSequence && !ended);
    };
  }

  /** Whether a block's line ends a clause: with , ; : . or ·, as the last recital ends with ",". */
  static boolean clauseEnded(SourceLine line) {
    String text = line.text().stripTrailing();
    return !text.isEmpty() && ",;:.\u00B7".indexOf(text.charAt(text.length() - 1)) >= 0;
  }

  /** Whether a line stops in the middle of a sentence: with a letter or a digit. */
  static boolean endsMidWord(SourceLine line) {
    // The last character that is not white space, found without a stripped copy (white space is
    // all in the Basic Multilingual Plane, so char by char is as String.stripTrailing reads it).
    String text = line.text();
    int end = text.length();
    while (end > 0 && Character.isWhitespace(text.charAt(end - 1))) {
      end--;
    }
    return end > 0 && Character.isLetterOrDigit(text.charAt(end - 1));
  }

  static boolean startsInUpperCase(String text) {
    String stripped = text.stripLeading();
    return !stripped.isEmpty() && Character.isUpperCase(stripped.codePointAt(0));
  }

  /**
   * Whether a line's first letter is lower case: after a clause ends with ";", the next clause ("tā
   * kā …", "calls on …") goes on in lower case, while a heading or a stray line does not.
   */
  private static boolean startsInLowerCase(String text) {
    String stripped = text.stripLeading();
    return !stripped.isEmpty() && Character.isLowerCase(stripped.codePointAt(0));
  }
}
