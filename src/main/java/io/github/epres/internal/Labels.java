package io.github.epres.internal;

/**
 * Ordinals of recital letter labels: A = 1 … Z = 26, then AA = 27, AB = 28 … as the EP numbers
 * recitals past Z (bijective base 26).
 */
final class Labels {
  private Labels() {}

  /** The ordinal of a Latin letter label, or -1 when it is not one. */
  static int letterOrdinal(String label) {
    if (label.isEmpty()) {
      return -1;
    }
    int ordinal = 0;
    for (int i = 0; i < label.length(); i++) {
      char c = label.charAt(i);
      if (c < 'A' || c > 'Z') {
        return -1;
      }
      ordinal = ordinal * 26 + (c - 'A' + 1);
    }
    return ordinal;
  }

  /** The Latin letter label of an ordinal: 1 = A, 27 = AA. */
  static String letterLabel(int ordinal) {
    StringBuilder label = new StringBuilder();
    for (int n = ordinal; n > 0; n = (n - 1) / 26) {
      label.append((char) ('A' + (n - 1) % 26));
    }
    return label.reverse().toString();
  }
}
