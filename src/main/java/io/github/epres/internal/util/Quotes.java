package io.github.epres.internal.util;

/**
 * Takes the quotes off a value by hand: group names and voting-list values are read by the line.
 */
public final class Quotes {
  private Quotes() {}

  /** {@code value} stripped, without the run of characters of {@code quotes} at either end. */
  public static String without(String value, String quotes) {
    String v = value.strip();
    int start = 0;
    int end = v.length();
    while (start < end && quotes.indexOf(v.charAt(start)) >= 0) {
      start++;
    }
    while (end > start && quotes.indexOf(v.charAt(end - 1)) >= 0) {
      end--;
    }
    return v.substring(start, end);
  }
}
