package io.github.epres;

/**
 * Bounds on what one parse accepts, so that hostile or broken input ends in a diagnostic rather
 * than in an OutOfMemoryError or a run that never ends. A document over a limit is not parsed into
 * blocks: it is kept whole as one unrecognised line with a {@code LIMIT_EXCEEDED} error (strict
 * parsing throws it), and a line over the line limit is kept as an unrecognised line.
 *
 * @param maxInputLength the most characters in a document; default 256 Mi
 * @param maxLines the most lines in a document; default 10,000,000
 * @param maxLineLength the most characters in one line; default 1,000,000
 * @param maxNesting the most levels of sub-points inside a block ("(a)" inside "1." is level 1);
 *     default 8. A deeper point is kept at the deepest level, with a {@code LIMIT_EXCEEDED} error.
 */
public record ParseLimits(int maxInputLength, int maxLines, int maxLineLength, int maxNesting) {
  /** The defaults: far above any real resolution, well below what exhausts a default heap. */
  public static final ParseLimits DEFAULT =
      new ParseLimits(256 * 1024 * 1024, 10_000_000, 1_000_000, 8);

  public ParseLimits {
    if (maxInputLength < 0 || maxLines < 1 || maxLineLength < 1 || maxNesting < 1) {
      throw new IllegalArgumentException("limits must be positive");
    }
  }

  /** Limits with the default nesting limit. */
  public ParseLimits(int maxInputLength, int maxLines, int maxLineLength) {
    this(maxInputLength, maxLines, maxLineLength, DEFAULT.maxNesting());
  }
}
