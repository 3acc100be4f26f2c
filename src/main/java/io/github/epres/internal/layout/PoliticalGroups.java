package io.github.epres.internal.layout;

import io.github.epres.internal.util.Quotes;
import java.util.Locale;
import java.util.Map;

/**
 * The EP's political groups under one spelling each: headers write them in capitals ("RENEW"), in
 * quotes ("„Renew Europe“", "\"Renew\""), or by another acronym ("EPP" for PPE). Names not known
 * here are kept as written.
 */
final class PoliticalGroups {
  private static final Map<String, String> CANONICAL =
      Map.ofEntries(
          Map.entry("ppe", "PPE"),
          Map.entry("epp", "PPE"),
          Map.entry("s&d", "S&D"),
          Map.entry("renew", "Renew"),
          Map.entry("renew europe", "Renew"),
          Map.entry("verts/ale", "Verts/ALE"),
          Map.entry("greens/efa", "Verts/ALE"),
          Map.entry("ecr", "ECR"),
          Map.entry("the left", "The Left"),
          Map.entry("gue/ngl", "GUE/NGL"),
          Map.entry("id", "ID"),
          Map.entry("pfe", "PfE"),
          Map.entry("esn", "ESN"),
          Map.entry("ni", "NI"),
          Map.entry("alde", "ALDE"),
          Map.entry("efdd", "EFDD"),
          Map.entry("enf", "ENF"),
          Map.entry("efd", "EFD"),
          Map.entry("ppe-de", "PPE-DE"),
          Map.entry("epp-ed", "PPE-DE"),
          Map.entry("uen", "UEN"),
          Map.entry("ind/dem", "IND/DEM"));

  private static final String QUOTES = "\"„“”«»";

  private PoliticalGroups() {}

  /** Whether {@code name} is a group known here, in any of its spellings. */
  static boolean isKnown(String name) {
    return CANONICAL.containsKey(Quotes.without(name, QUOTES).strip().toLowerCase(Locale.ROOT));
  }

  /** The group's usual name, or {@code name} as written (null stays null). */
  static String canonical(String name) {
    if (name == null) {
      return null;
    }
    String bare = Quotes.without(name, QUOTES).strip();
    return CANONICAL.getOrDefault(bare.toLowerCase(Locale.ROOT), bare);
  }
}
