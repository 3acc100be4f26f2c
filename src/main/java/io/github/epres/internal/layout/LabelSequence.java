package io.github.epres.internal.layout;

import io.github.epres.internal.lines.Labels;
import java.util.BitSet;

/**
 * Checks that labels follow each other (A, B, C … or 1, 2, 3 …). After a gap it continues from the
 * label actually found, so one missing recital gives one diagnostic, not one per recital after it.
 */
public final class LabelSequence {
  private final String kind;
  private final boolean numeric;
  private final BitSet seen = new BitSet();
  private int last;

  public LabelSequence(String kind, boolean numeric) {
    this.kind = kind;
    this.numeric = numeric;
  }

  /** Whether a label with this ordinal would come next. */
  public boolean continues(int ordinal) {
    return ordinal > 0 && ordinal == last + 1;
  }

  /** Records the next label and its ordinal; returns what is wrong with it, or null. */
  public Problem next(String label, int ordinal) {
    int expected = last + 1;
    if (ordinal > 0) {
      last = ordinal;
    }
    if (ordinal > 0 && seen.get(ordinal)) {
      return new Problem(false, kind + " " + label + " repeated");
    }
    if (ordinal > 0) {
      seen.set(ordinal);
    }
    if (ordinal != expected) {
      String expectedLabel = numeric ? String.valueOf(expected) : Labels.letterLabel(expected);
      return new Problem(true, kind + " " + label + " out of sequence: expected " + expectedLabel);
    }
    return null;
  }

  /** A label problem: out of sequence, or a label seen before. */
  public record Problem(boolean outOfSequence, String message) {}
}
