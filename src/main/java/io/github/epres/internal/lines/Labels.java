package io.github.epres.internal.lines;

/**
 * Ordinals of recital letter labels, by the script they are written in:
 *
 * <ul>
 *   <li>Latin: A = 1 … Z = 26, then AA = 27, AB = 28 … as the EP numbers recitals past Z;
 *   <li>Cyrillic (Bulgarian): А Б В Г Д Е Ж З И Й К … Я, the alphabet without Ь, then АА, АБ …;
 *   <li>Greek: Greek numerals, Α = 1 … Ε = 5, ΣΤ = 6, Ζ = 7 … Ι = 10, ΙΑ = 11 … Κ = 20, ΚΑ = 21 ….
 * </ul>
 *
 * Ids use the Latin label of the ordinal, so that {@code Б.} and {@code Β.} are both {@code rec_B}.
 */
public final class Labels {
  private static final String LATIN = "ABCDEFGHIJKLMNOPQRSTUVWXYZ";
  private static final String CYRILLIC = "АБВГДЕЖЗИЙКЛМНОПРСТУФХЦЧШЩЪЮЯ";
  private static final String GREEK_UNITS = "ΑΒΓΔΕ\u0000ΖΗΘ";
  private static final String GREEK_TENS = "ΙΚΛΜΝΞΟΠ";

  private Labels() {}

  /** The ordinal of a letter label, or -1 when it is not one. */
  public static int letterOrdinal(String label) {
    if (label.isEmpty()) {
      return -1;
    }
    char first = label.charAt(0);
    if (first >= '\u0391' && first <= '\u03A9') {
      return greekOrdinal(label);
    }
    return alphabetOrdinal(label, first >= '\u0410' && first <= '\u042F' ? CYRILLIC : LATIN);
  }

  /** A paragraph number's value; labels too long to be an int, or "1a", are never in sequence. */
  public static int numberOrdinal(String label) {
    if (label.isEmpty() || label.length() > 9) {
      return -1;
    }
    for (int i = 0; i < label.length(); i++) {
      if (!Character.isDigit(label.charAt(i))) {
        return -1;
      }
    }
    return Integer.parseInt(label);
  }

  /** A paragraph numbered "1a." is inserted after 1 and stands outside the number sequence. */
  public static boolean isInserted(String label) {
    return !label.isEmpty() && Character.isLetter(label.charAt(label.length() - 1));
  }

  /** The Latin letter label of an ordinal: 1 = A, 27 = AA. */
  public static String letterLabel(int ordinal) {
    StringBuilder label = new StringBuilder();
    for (int n = ordinal; n > 0; n = (n - 1) / 26) {
      label.append(LATIN.charAt((n - 1) % 26));
    }
    return label.reverse().toString();
  }

  /** Bijective base-N numbering over an alphabet. */
  private static int alphabetOrdinal(String label, String alphabet) {
    int ordinal = 0;
    for (int i = 0; i < label.length(); i++) {
      int digit = alphabet.indexOf(label.charAt(i));
      if (digit < 0) {
        return -1;
      }
      ordinal = ordinal * alphabet.length() + digit + 1;
    }
    return ordinal;
  }

  /** Greek numerals: tens then units, with ΣΤ for six; up to 89. */
  private static int greekOrdinal(String label) {
    int i = 0;
    int ordinal = 0;
    int tens = GREEK_TENS.indexOf(label.charAt(0));
    if (tens >= 0) {
      ordinal = (tens + 1) * 10;
      i = 1;
    }
    String units = label.substring(i);
    if (units.equals("ΣΤ")) {
      return ordinal + 6;
    }
    if (units.isEmpty()) {
      return ordinal == 0 ? -1 : ordinal;
    }
    int unit = units.length() == 1 ? GREEK_UNITS.indexOf(units.charAt(0)) : -1;
    return unit < 0 ? -1 : ordinal + unit + 1;
  }
}
