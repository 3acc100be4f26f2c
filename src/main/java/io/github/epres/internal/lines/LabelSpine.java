package io.github.epres.internal.lines;

import java.util.Arrays;

/**
 * A document's sequence of labels chosen over the whole document: of the lines labelled 1, 2, 3 …
 * (or A, B, C …), the chain of consecutive ordinals that weighs most, each line weighing by how
 * much it looks like the start of a block rather than a hard-wrapped line that happens to begin
 * with a number ("23. lpp.)", "2021. gada"). A line on the chain continues the sequence wherever it
 * stands; one off it is judged by its neighbours alone ({@link Continuation}).
 *
 * <p>Dynamic programming over the candidates in document order, linear in their number: the best
 * chain ending at each ordinal so far is kept, the first of equal ones (as a reader takes the first
 * "3." after "2." and reads a later one as out of sequence). Only a sequence is chosen: a chain of
 * two labels at least, or one that starts at the first ordinal (a text's "1." is its start, a lone
 * "2021." of a wrapped line is none).
 */
final class LabelSpine {
  /** What a chain gains by starting at the first ordinal, as a whole document's does. */
  private static final double START_BONUS = 0.5;

  /** How much a label line weighs, in a hard-wrapped copy, under a line ending mid-sentence. */
  private static final double WRAPPED_WEIGHT = 0.2;

  private LabelSpine() {}

  /** The labelled lines of one kind, in document order, that a sequence is chosen from. */
  static final class Candidates {
    private int[] lines = new int[16];
    private int[] ordinals = new int[16];
    private boolean[] underMidWord = new boolean[16];
    private int size;

    /**
     * A labelled line: its index, its label's ordinal, and whether it stands right under a line
     * that stops mid-sentence.
     */
    void add(int line, int ordinal, boolean midWord) {
      if (size == lines.length) {
        lines = Arrays.copyOf(lines, size * 2);
        ordinals = Arrays.copyOf(ordinals, size * 2);
        underMidWord = Arrays.copyOf(underMidWord, size * 2);
      }
      lines[size] = line;
      ordinals[size] = ordinal;
      underMidWord[size] = midWord;
      size++;
    }

    /**
     * Marks the lines of the chosen sequence in {@code onSpine}; in a hard-wrapped copy a line
     * under one that stops mid-sentence weighs less. Returns the first and the last line marked, or
     * -1s.
     */
    int[] mark(boolean[] onSpine, boolean wrapped) {
      double[] weights = new double[size];
      for (int k = 0; k < size; k++) {
        weights[k] = wrapped && underMidWord[k] ? WRAPPED_WEIGHT : 1;
      }
      boolean[] chain = choose(ordinals, weights, size);
      int first = -1;
      int last = -1;
      for (int k = 0; k < size; k++) {
        if (chain[k]) {
          onSpine[lines[k]] = true;
          first = first < 0 ? k : first;
          last = k;
        }
      }
      return first < 0 ? new int[] {-1, -1} : new int[] {lines[first], lines[last]};
    }
  }

  /**
   * Which of the first {@code n} candidates are on the chosen sequence: {@code ordinals[k]} is
   * candidate k's ordinal (≤ 0 for none), {@code weights[k]} how much it looks like a block's start
   * (0 to 1).
   */
  static boolean[] choose(int[] ordinals, double[] weights, int n) {
    double[] score = new double[n];
    int[] previous = new int[n];
    int[] length = new int[n];
    int[] firstOrdinal = new int[n];
    // The best chain so far ending at each ordinal: its last candidate, found by a small open
    // addressing table (ordinals are few and mostly small).
    OrdinalTable best = new OrdinalTable(n);
    int end = -1;
    for (int k = 0; k < n; k++) {
      previous[k] = -1;
      int ordinal = ordinals[k];
      if (ordinal <= 0) {
        continue;
      }
      int before = best.get(ordinal - 1);
      score[k] = weights[k] + (before >= 0 ? score[before] : ordinal == 1 ? START_BONUS : 0);
      previous[k] = before;
      length[k] = before >= 0 ? length[before] + 1 : 1;
      firstOrdinal[k] = before >= 0 ? firstOrdinal[before] : ordinal;
      int at = best.get(ordinal);
      if (at < 0 || score[k] > score[at]) {
        best.put(ordinal, k);
      }
      boolean sequence = length[k] >= 2 || firstOrdinal[k] == 1;
      if (sequence && (end < 0 || score[k] > score[end])) {
        end = k;
      }
    }
    boolean[] on = new boolean[n];
    for (int k = end; k >= 0; k = previous[k]) {
      on[k] = true;
    }
    return on;
  }

  /** Ordinal to candidate index; -1 where none is kept. */
  private static final class OrdinalTable {
    private final int[] keys;
    private final int[] values;

    OrdinalTable(int candidates) {
      int size = Integer.highestOneBit(Math.max(4, candidates) * 2) * 2;
      keys = new int[size];
      values = new int[size];
    }

    int get(int ordinal) {
      int mask = keys.length - 1;
      for (int i = hash(ordinal) & mask; keys[i] != 0; i = (i + 1) & mask) {
        if (keys[i] == ordinal) {
          return values[i];
        }
      }
      return -1;
    }

    void put(int ordinal, int candidate) {
      int mask = keys.length - 1;
      int i = hash(ordinal) & mask;
      while (keys[i] != 0 && keys[i] != ordinal) {
        i = (i + 1) & mask;
      }
      keys[i] = ordinal;
      values[i] = candidate;
    }

    private static int hash(int ordinal) {
      return ordinal * 0x9E3779B1;
    }
  }
}
