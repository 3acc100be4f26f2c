package io.github.epres.internal.lines;

/**
 * The labels and markers most item lines have ("12", "A", "Б", "12. ", "A. ", "– "), one string of
 * each for all parses: a line holds the shared string instead of two copies of its own, and a
 * 5,000-paragraph document thousands fewer.
 */
final class LineStrings {
  /** Numbers up to this are shared: more paragraphs than any resolution has. */
  private static final int NUMBERS = 1000;

  private static final String[] NUMBER_LABELS = new String[NUMBERS];
  private static final String[] NUMBER_MARKERS = new String[NUMBERS];

  /** Single characters shared: ASCII, then the Greek and Cyrillic capitals of recital labels. */
  private static final char[][] RANGES = {{0, 0x80}, {0x391, 0x3AA}, {0x410, 0x430}};

  private static final String[][] LETTER_LABELS = new String[RANGES.length][];
  private static final String[][] LETTER_MARKERS = new String[RANGES.length][];

  /** The dashes that start citations and indents, each followed by one space. */
  private static final String DASHES = "–-—•−‒";

  private static final String[] DASH_MARKERS = new String[DASHES.length()];

  static {
    for (int n = 0; n < NUMBERS; n++) {
      NUMBER_LABELS[n] = String.valueOf(n);
      NUMBER_MARKERS[n] = n + ". ";
    }
    for (int r = 0; r < RANGES.length; r++) {
      int size = RANGES[r][1] - RANGES[r][0];
      LETTER_LABELS[r] = new String[size];
      LETTER_MARKERS[r] = new String[size];
      for (int i = 0; i < size; i++) {
        LETTER_LABELS[r][i] = String.valueOf((char) (RANGES[r][0] + i));
        LETTER_MARKERS[r][i] = LETTER_LABELS[r][i] + ". ";
      }
    }
    for (int i = 0; i < DASH_MARKERS.length; i++) {
      DASH_MARKERS[i] = DASHES.charAt(i) + " ";
    }
  }

  private LineStrings() {}

  /** {@code source} from {@code start} to {@code end}, shared when it is a common label. */
  static String label(String source, int start, int end) {
    int length = end - start;
    if (length == 0) {
      return "";
    }
    if (length == 1) {
      String letter = letter(source.charAt(start), LETTER_LABELS);
      if (letter != null) {
        return letter;
      }
    }
    int number = number(source, start, end);
    return number >= 0 ? NUMBER_LABELS[number] : source.substring(start, end);
  }

  /**
   * {@code source} from {@code start} to {@code end}, shared when it is a label written right at
   * the line's start and followed by ". " ({@code label} the string {@link #label} gave), or a dash
   * and a space.
   */
  static String marker(String source, int start, int end, String label) {
    int length = end - start;
    if (length == 2 && source.charAt(start + 1) == ' ') {
      int dash = DASHES.indexOf(source.charAt(start));
      if (dash >= 0) {
        return DASH_MARKERS[dash];
      }
    }
    if (length == label.length() + 2
        && source.startsWith(label, start)
        && source.startsWith(". ", start + label.length())) {
      String shared = label.length() == 1 ? letter(label.charAt(0), LETTER_MARKERS) : null;
      if (shared != null) {
        return shared;
      }
      int number = number(label, 0, label.length());
      if (number >= 0) {
        return NUMBER_MARKERS[number];
      }
    }
    return length == 0 ? "" : source.substring(start, end);
  }

  private static String letter(char c, String[][] table) {
    for (int r = 0; r < RANGES.length; r++) {
      if (c >= RANGES[r][0] && c < RANGES[r][1]) {
        return table[r][c - RANGES[r][0]];
      }
    }
    return null;
  }

  /** The value of up to three ASCII digits without a leading zero, or -1. */
  private static int number(String s, int start, int end) {
    int length = end - start;
    if (length < 1 || length > 3 || (length > 1 && s.charAt(start) == '0')) {
      return -1;
    }
    int value = 0;
    for (int i = start; i < end; i++) {
      int digit = s.charAt(i) - '0';
      if (digit < 0 || digit > 9) {
        return -1;
      }
      value = value * 10 + digit;
    }
    return value;
  }
}
