package io.github.epres.model;

import java.util.Locale;

/**
 * Compares voting-list labels loosely: "§5", "§ 5" and "§ 5" are one label, as are "recital c" and
 * "Recital C".
 */
final class VoteLabels {
  private VoteLabels() {}

  static String normalise(String label) {
    return label.replace('\u00A0', ' ').replaceAll("\\s+", "").toLowerCase(Locale.ROOT);
  }
}
