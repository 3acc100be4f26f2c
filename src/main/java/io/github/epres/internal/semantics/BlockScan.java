package io.github.epres.internal.semantics;

/**
 * One pass over a block's characters for what the finders look for: where each run of digits starts
 * (dates) and where a reference can start or hinge ({@link ReferenceFinder}'s anchors). A look at
 * every character costs about as much as the line-scan floor, so the finders share this one instead
 * of each scanning the text. Reused from block to block: one per parse.
 */
public final class BlockScan {
  static final byte DIGIT = 1;
  static final byte ANCHOR = 2;

  /** The characters scanned, reused: a char array is scanned faster than a string. */
  private char[] chars = new char[0];

  private int[] digitRuns = new int[16];
  private int digitRunCount;
  private int[] anchors = new int[16];
  private int anchorCount;

  /**
   * Scans {@code text} with {@code table}: for each character below its length, {@link #DIGIT},
   * {@link #ANCHOR} or 0 (a character past its end is neither).
   */
  void scan(String text, byte[] table) {
    int n = text.length();
    if (chars.length < n) {
      // Room for most blocks at once: growing block by block would allocate several times.
      chars = new char[Math.max(n, Math.max(chars.length * 2, 2048))];
    }
    text.getChars(0, n, chars, 0);
    digitRunCount = 0;
    anchorCount = 0;
    char[] c = chars;
    int i = 0;
    while (true) {
      // Most characters are neither: a loop that only skips them runs about twice as fast as one
      // that also keeps track of digit runs.
      char ch = 0;
      while (i < n && ((ch = c[i]) >= table.length || table[ch] == 0)) {
        i++;
      }
      if (i == n) {
        return;
      }
      if (table[ch] == DIGIT) {
        addDigitRun(i);
        i++;
        while (i < n && (char) (c[i] - '0') <= 9) {
          i++;
        }
      } else {
        addAnchor(i);
        i++;
      }
    }
  }

  private void addDigitRun(int at) {
    if (digitRunCount == digitRuns.length) {
      digitRuns = java.util.Arrays.copyOf(digitRuns, digitRunCount * 2);
    }
    digitRuns[digitRunCount++] = at;
  }

  private void addAnchor(int at) {
    if (anchorCount == anchors.length) {
      anchors = java.util.Arrays.copyOf(anchors, anchorCount * 2);
    }
    anchors[anchorCount++] = at;
  }

  /** Where each run of ASCII digits starts, in the first {@link #digitRunCount()} entries. */
  public int[] digitRuns() {
    return digitRuns;
  }

  public int digitRunCount() {
    return digitRunCount;
  }

  int[] anchors() {
    return anchors;
  }

  int anchorCount() {
    return anchorCount;
  }

  /** The scanned character at {@code i}. */
  char charAt(int i) {
    return chars[i];
  }
}
