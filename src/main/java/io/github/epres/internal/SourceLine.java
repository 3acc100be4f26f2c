package io.github.epres.internal;

import io.github.epres.internal.antlr.LayoutLexer;
import io.github.epres.model.Span;
import org.antlr.v4.runtime.Token;

/**
 * One line token taken apart: the marker the lexer recognised ("– ", "A. ", "1. "), the label
 * inside it ("A", "1"), the text after it and the line terminator, with the line's place in the
 * source.
 *
 * <p>The lexer has already decided what kind of line it is, so this only measures the parts its
 * rule matched; the character classes here are the lexer's fragments SPACE, DASH, UPPER and DIGIT.
 */
record SourceLine(
    int type, int indent, String marker, String label, String text, String eol, Span span) {

  /**
   * Takes apart a line token that is line {@code line} of the source and starts at {@code offset}.
   */
  static SourceLine of(Token token, int line, int offset) {
    String raw = token.getText();
    int eolStart = raw.length() - eolLength(raw);
    int type = token.getType();
    int labelStart = type == LayoutLexer.TEXT_LINE ? 0 : skipSpaces(raw, 0, eolStart);
    int labelEnd = labelStart;
    int markerEnd = 0;
    switch (type) {
      case LayoutLexer.DASH_ITEM -> {
        markerEnd = skipSpaces(raw, labelStart + 1, eolStart);
      }
      case LayoutLexer.LETTER_ITEM, LayoutLexer.NUMBER_ITEM -> {
        labelEnd = raw.indexOf('.', labelStart);
        markerEnd = skipSpaces(raw, labelEnd + 1, eolStart);
      }
      default -> {
        // Text and blank lines have no marker.
      }
    }
    return new SourceLine(
        type,
        labelStart,
        raw.substring(0, markerEnd),
        raw.substring(labelStart, labelEnd),
        raw.substring(markerEnd, eolStart),
        raw.substring(eolStart),
        Span.of(line, 1, offset, raw.length()));
  }

  /** The span of {@code length} characters starting {@code column - 1} characters into the line. */
  Span spanAt(int column, int length) {
    return Span.of(span.line(), column, span.offset() + column - 1, length);
  }

  /** Whether the line holds nothing but white space. */
  boolean isBlank() {
    return type == LayoutLexer.BLANK_LINE;
  }

  /** The 1-based column where the text after the marker starts. */
  int textColumn() {
    return marker.length() + 1;
  }

  /** The 1-based column of the label (after any indentation). */
  int labelColumn() {
    return indent + 1;
  }

  private static int eolLength(String raw) {
    if (raw.endsWith("\r\n")) {
      return 2;
    }
    return raw.endsWith("\n") || raw.endsWith("\r") ? 1 : 0;
  }

  private static int skipSpaces(String raw, int from, int limit) {
    int i = from;
    while (i < limit && isSpace(raw.charAt(i))) {
      i++;
    }
    return i;
  }

  private static boolean isSpace(char c) {
    return c == ' ' || c == '\t' || c == '\u00A0';
  }
}
