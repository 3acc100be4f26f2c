package io.github.epres.model;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Compares voting-list labels loosely: "§5", "§ 5" and "§ 5" are one label, as are "recital c" and
 * "Recital C".
 */
final class VoteLabels {
  private static final Pattern SPACES = Pattern.compile("\\s+");

  private VoteLabels() {}

  static String normalise(String label) {
    return SPACES.matcher(label.replace('\u00A0', ' ')).replaceAll("").toLowerCase(Locale.ROOT);
  }
}
