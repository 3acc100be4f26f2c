package io.github.epres.internal.lines;

import io.github.epres.internal.antlr.LayoutLexer;
import io.github.epres.model.Span;
import java.util.List;

/**
 * One line token taken apart: the marker the lexer recognised ("– ", "A. ", "1. "), the label
 * inside it ("A", "1"), the text after it and the line terminator, with the line's place in the
 * source.
 *
 * <p>The lexer has already decided what kind of line it is, so this only measures the parts its
 * rule matched.
 */
public record SourceLine(
    int type, int indent, String marker, String label, String text, String eol, Span span) {

  /**
   * Takes apart line {@code line} of {@code source}, which runs from {@code start} to {@code end}
   * (exclusive, its terminator included) and which the lexer found to be of token {@code type}.
   */
  public static SourceLine of(String source, int type, int line, int start, int end) {
    int eolStart = end - eolLength(source, start, end);
    int labelStart = type == LayoutLexer.TEXT_LINE ? start : skipSpaces(source, start, eolStart);
    int labelEnd = labelStart;
    int markerEnd = start;
    switch (type) {
      case LayoutLexer.DASH_ITEM -> markerEnd = skipSpaces(source, labelStart + 1, eolStart);
      case LayoutLexer.LETTER_ITEM, LayoutLexer.NUMBER_ITEM -> {
        labelEnd = source.indexOf('.', labelStart);
        markerEnd = skipSpaces(source, labelEnd + 1, eolStart);
      }
      case LayoutLexer.POINT_ITEM, LayoutLexer.NOTE_ITEM -> {
        // "(a) ", "a) ", "(1) ", "[1] ": the label is what stands inside the brackets.
        char first = source.charAt(labelStart);
        int close = source.indexOf(first == '[' ? ']' : ')', labelStart);
        if (first == '(' || first == '[') {
          labelStart++;
        }
        labelEnd = close;
        markerEnd = skipSpaces(source, close + 1, eolStart);
      }
      default -> {
        // Text and blank lines have no marker.
      }
    }
    if (markerEnd > start && markerEnd < eolStart && source.charAt(markerEnd) == '|') {
      // EUR-Lex's table view: "— | having regard to … |", "A. | whereas … |", or "— |" with the
      // text on the next line: the cell bar after the label belongs to the marker.
      markerEnd = skipSpaces(source, markerEnd + 1, eolStart);
    }
    String label = LineStrings.label(source, labelStart, labelEnd);
    return new SourceLine(
        type,
        labelStart - start,
        LineStrings.marker(source, start, markerEnd, label),
        label,
        source.substring(markerEnd, eolStart),
        eol(source, eolStart, end),
        Span.of(line, 1, start, end - start));
  }

  /**
   * A label on a line of its own joined to the line of text it labels ({@link LogicalLines}), the
   * blank lines between them included: the marker runs from the label to the text's first
   * character, so that marker and text are still the source.
   */
  static SourceLine labelled(String source, SourceLine label, SourceLine text) {
    String t = text.text();
    int lead = 0;
    while (lead < t.length() && LineTokenSource.isSpace(t.charAt(lead))) {
      lead++;
    }
    int start = label.span().offset();
    int textStart = text.span().offset() + lead;
    return new SourceLine(
        label.type(),
        label.indent(),
        source.substring(start, textStart),
        label.label(),
        t.substring(lead),
        text.eol(),
        Span.of(label.span().line(), 1, start, text.span().end() - start));
  }

  /** The line terminator: one shared string for each of the common ones, not a copy per line. */
  private static String eol(String source, int start, int end) {
    if (end - start == 1) {
      return source.charAt(start) == '\n' ? "\n" : "\r";
    }
    return end == start ? "" : "\r\n";
  }

  /**
   * The text of consecutive lines as it stands in the source: the first line's text, then each
   * further line's terminator-separated marker and text (a continued block keeps what it holds).
   */
  public static String join(List<SourceLine> lines) {
    SourceLine first = lines.get(0);
    if (lines.size() == 1) {
      return first.text();
    }
    // Sized at once: a block of a hard-wrapped text has dozens of lines to append.
    int length = first.text().length();
    for (int i = 1; i < lines.size(); i++) {
      SourceLine line = lines.get(i);
      length += lines.get(i - 1).eol().length() + line.marker().length() + line.text().length();
    }
    // Into chars, not a StringBuilder: a builder starts compact and is widened, all of it copied,
    // at the first line with a letter beyond Latin-1, while one String(char[]) does it once.
    char[] joined = new char[length];
    int at = put(first.text(), joined, 0);
    for (int i = 1; i < lines.size(); i++) {
      SourceLine line = lines.get(i);
      at = put(lines.get(i - 1).eol(), joined, at);
      at = put(line.marker(), joined, at);
      at = put(line.text(), joined, at);
    }
    return new String(joined);
  }

  private static int put(String part, char[] into, int at) {
    part.getChars(0, part.length(), into, at);
    return at + part.length();
  }

  /** The span from the start of the first of consecutive lines through the end of the last. */
  public static Span spanOf(List<SourceLine> lines) {
    Span first = lines.get(0).span();
    if (lines.size() == 1) {
      return first;
    }
    Span last = lines.get(lines.size() - 1).span();
    return Span.of(first.line(), 1, first.offset(), last.end() - first.offset());
  }

  /** The whole line but its terminator: marker and text. */
  public String fullText() {
    return marker.isEmpty() ? text : marker + text;
  }

  /**
   * The same line read as a line of text, marker and all: a line of front matter or a title that
   * happens to start like an item ("2021. gada 11. februāris", "1. …") has no marker.
   */
  public SourceLine asText() {
    return type == LayoutLexer.TEXT_LINE || isBlank()
        ? this
        : new SourceLine(LayoutLexer.TEXT_LINE, 0, "", "", fullText(), eol, span);
  }

  /**
   * A line of text with its indentation as its marker: a citation printed without a dash, indented
   * as EUR-Lex copies indent every line.
   */
  public SourceLine withIndentAsMarker() {
    int i = 0;
    while (i < text.length() && LineTokenSource.isSpace(text.charAt(i))) {
      i++;
    }
    return i == 0 || !marker.isEmpty()
        ? this
        : new SourceLine(type, i, text.substring(0, i), "", text.substring(i), eol, span);
  }

  /** Whether the line, terminator included, is longer than {@code maxLength} characters. */
  public boolean longerThan(int maxLength) {
    return span.length() > maxLength;
  }

  /**
   * The span of {@code length} characters starting {@code column - 1} characters into the line; on
   * a logical line whose marker holds line breaks (a label on a line of its own), past them the
   * line and column are those of the physical line.
   */
  public Span spanAt(int column, int length) {
    int offset = span.offset() + column - 1;
    int lineStart = 0;
    int breaks = 0;
    // Only a logical line's marker holds line breaks: \n, \r\n or a lone \r each end a line.
    for (int i = 0; i < Math.min(column - 1, marker.length()); i++) {
      char c = marker.charAt(i);
      if (c == '\n' || (c == '\r' && (i + 1 == marker.length() || marker.charAt(i + 1) != '\n'))) {
        breaks++;
        lineStart = i + 1;
      }
    }
    return Span.of(span.line() + breaks, column - lineStart, offset, length);
  }

  /** Whether the line holds nothing but white space. */
  public boolean isBlank() {
    return type == LayoutLexer.BLANK_LINE;
  }

  /** The 1-based column where the text after the marker starts. */
  public int textColumn() {
    return marker.length() + 1;
  }

  /** The 1-based column of the label (after any indentation). */
  public int labelColumn() {
    return indent + 1;
  }

  private static int eolLength(String source, int start, int end) {
    if (end - start >= 2 && source.charAt(end - 2) == '\r' && source.charAt(end - 1) == '\n') {
      return 2;
    }
    return end > start && (source.charAt(end - 1) == '\n' || source.charAt(end - 1) == '\r')
        ? 1
        : 0;
  }

  private static int skipSpaces(String source, int from, int limit) {
    int i = from;
    while (i < limit && LineTokenSource.isSpace(source.charAt(i))) {
      i++;
    }
    return i;
  }
}
