package io.github.epres.internal;

import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import java.util.function.IntFunction;

/**
 * Checks that labels follow each other (A, B, C … or 1, 2, 3 …). After a gap it continues from the
 * label actually found, so one missing recital gives one diagnostic, not one per recital after it.
 */
final class LabelSequence {
  private final String kind;
  private final IntFunction<String> labelOf;
  private final Set<Integer> seen = new HashSet<>();
  private int last;

  LabelSequence(String kind, IntFunction<String> labelOf) {
    this.kind = kind;
    this.labelOf = labelOf;
  }

  /** Records the next label; returns what is wrong with it, if anything. */
  Optional<Problem> next(String label, int ordinal) {
    int expected = last + 1;
    if (ordinal > 0) {
      last = ordinal;
    }
    if (ordinal > 0 && !seen.add(ordinal)) {
      return Optional.of(new Problem(false, kind + " " + label + " repeated"));
    }
    if (ordinal != expected) {
      return Optional.of(
          new Problem(
              true, kind + " " + label + " out of sequence: expected " + labelOf.apply(expected)));
    }
    return Optional.empty();
  }

  /** A label problem: out of sequence, or a label seen before. */
  record Problem(boolean outOfSequence, String message) {}
}
