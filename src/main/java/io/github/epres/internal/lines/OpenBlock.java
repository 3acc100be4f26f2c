package io.github.epres.internal.lines;

import io.github.epres.internal.antlr.LayoutLexer;

/**
 * The block the lines above belong to, which the next line may go on with: the classifier's only
 * state as it reads the body line by line, since a line's role depends on the block above it (its
 * kind, its last line, whether it has sub-points) and on the document as a whole ({@link
 * BodyPlan}), never on flags set further back.
 */
final class OpenBlock {
  enum Kind {
    NONE,
    CITATION,
    RECITAL,
    PARAGRAPH,
    /** A footnote of the block at the end, which a copy may have wrapped onto a second line. */
    NOTE
  }

  private Kind kind = Kind.NONE;
  private SourceLine last;
  private boolean points;

  Kind kind() {
    return kind;
  }

  boolean isOpen() {
    return kind != Kind.NONE;
  }

  /** The open block's last line; null when none is open. */
  SourceLine last() {
    return last;
  }

  void start(Kind started, SourceLine line) {
    kind = started;
    last = line;
    points = false;
  }

  /** A line goes on with the block (a continuation or a sub-point). */
  void goOn(SourceLine line, boolean point) {
    last = line;
    points |= point;
  }

  void close() {
    kind = Kind.NONE;
    last = null;
    points = false;
  }

  /**
   * Whether a line goes on with the open block. A footnote goes on only with plain text and only
   * where its line has not ended: its last full stop ends it even after a page number ("p. 23.").
   */
  boolean continues(SourceLine line, boolean inSequence, int maxLineLength) {
    if (kind == Kind.NOTE) {
      String text = last.text().stripTrailing();
      return line.type() == LayoutLexer.TEXT_LINE
          && !line.longerThan(maxLineLength)
          && !text.isEmpty()
          && ".;:!?".indexOf(text.charAt(text.length() - 1)) < 0;
    }
    return kind != Kind.NONE
        && !line.longerThan(maxLineLength)
        && Continuation.continues(last, line, inSequence);
  }

  /** A dash item inside a recital or paragraph that announced a list (":") or holds points. */
  boolean opensIndent(SourceLine line, int maxLineLength) {
    return (kind == Kind.RECITAL || kind == Kind.PARAGRAPH)
        && !line.longerThan(maxLineLength)
        && (points || last.text().stripTrailing().endsWith(":"));
  }
}
