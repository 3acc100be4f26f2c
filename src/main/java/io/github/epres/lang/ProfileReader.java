package io.github.epres.lang;

import io.github.epres.model.Action;
import io.github.epres.model.Addressee;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;

/**
 * Reads a profile from a UTF-8 properties file: plain keys ({@code code}, {@code name}, {@code
 * titlePattern}), lists separated by {@code " | "} ({@code authorLines}, {@code citationOpeners},
 * {@code recitalOpeners}), and numbered keys ({@code datePattern.1} …, {@code month.1} to {@code
 * month.12}). The built-in profiles come as keys and values already (see {@link LanguageProfiles});
 * a user's file is read by {@link Properties}.
 */
final class ProfileReader {
  /** Keys of numbered values ({@code month.1}) and of maps ({@code action.CALLS_ON}). */
  private static final List<String> NUMBERED_KEYS = List.of("datePattern.", "month.");

  private static final List<String> MAP_KEYS =
      List.of("action.", "addressee.", "voteLabel.", "voteSubject.");
  private static final Set<String> PLAIN_KEYS =
      Set.of(
          "code",
          "name",
          "authorLines",
          "citationOpeners",
          "recitalOpeners",
          "finalFormulas",
          "kind.resolution",
          "kind.legislativeResolution",
          "kind.decision",
          "titlePattern",
          "annexHeadings",
          "jointMotionHeadings",
          "motionHeadings",
          "onBehalfOf",
          "editionLabels",
          "referenceWords",
          "reportHeadings",
          "rapporteurLabels",
          "reportSections",
          "amendmentHeadings",
          "amendmentJustifications",
          "clauseJoiners",
          "addresseeEnd",
          "rulesPattern",
          "rulePattern",
          "resolutionReference",
          "officialJournal");

  private ProfileReader() {}

  static LanguageProfile read(InputStream in) throws IOException {
    return read(new InputStreamReader(in, StandardCharsets.UTF_8));
  }

  static LanguageProfile read(Reader in) throws IOException {
    Properties loaded = new Properties();
    try (Reader reader = in) {
      loaded.load(reader);
    }
    Map<String, String> properties = new HashMap<>();
    for (String key : loaded.stringPropertyNames()) {
      properties.put(key, loaded.getProperty(key));
    }
    return read(properties);
  }

  /** A profile from its keys and values, as a properties file gives them. */
  static LanguageProfile read(Map<String, String> properties) throws IOException {
    for (String key : properties.keySet()) {
      if (!PLAIN_KEYS.contains(key) && !isNumberedKey(key) && !isMapKey(key)) {
        throw new IOException("unknown language profile key " + key);
      }
    }
    try {
      return LanguageProfile.builder()
          .code(required(properties, "code"))
          .name(required(properties, "name"))
          .authorLines(list(properties, "authorLines"))
          .citationOpeners(list(properties, "citationOpeners"))
          .recitalOpeners(list(properties, "recitalOpeners"))
          .finalFormulas(list(properties, "finalFormulas"))
          .resolutionWords(list(properties, "kind.resolution"))
          .legislativeResolutionWords(list(properties, "kind.legislativeResolution"))
          .decisionWords(list(properties, "kind.decision"))
          .titlePattern(required(properties, "titlePattern"))
          .datePatterns(numbered(properties, "datePattern"))
          .months(months(properties))
          .annexHeadings(list(properties, "annexHeadings"))
          .jointMotionHeadings(list(properties, "jointMotionHeadings"))
          .motionHeadings(list(properties, "motionHeadings"))
          .onBehalfOf(optional(properties, "onBehalfOf"))
          .editionLabels(list(properties, "editionLabels"))
          .referenceWords(list(properties, "referenceWords"))
          .reportHeadings(list(properties, "reportHeadings"))
          .rapporteurLabels(list(properties, "rapporteurLabels"))
          .reportSections(list(properties, "reportSections"))
          .amendmentHeadings(list(properties, "amendmentHeadings"))
          .amendmentJustifications(list(properties, "amendmentJustifications"))
          .clauseJoiners(list(properties, "clauseJoiners"))
          .addresseeEnd(optional(properties, "addresseeEnd"))
          .rulesPattern(optional(properties, "rulesPattern"))
          .rulePattern(optional(properties, "rulePattern"))
          .resolutionReference(optional(properties, "resolutionReference"))
          .officialJournal(optional(properties, "officialJournal"))
          .actionPhrases(enumLists(properties, "action.", Action.class))
          .addresseeWords(enumLists(properties, "addressee.", Addressee.Kind.class))
          .voteLabels(voteLabels(properties))
          .voteSubjects(voteSubjects(properties))
          .build();
    } catch (IllegalStateException | IllegalArgumentException e) {
      throw new IOException("invalid language profile: " + e.getMessage(), e);
    }
  }

  // Plain string tests, not regular expressions: this runs over every key while the first parser
  // is built, in a JVM that has not compiled anything yet.
  private static boolean isNumberedKey(String key) {
    return hasPrefixAndName(key, NUMBERED_KEYS, true);
  }

  private static boolean isMapKey(String key) {
    return hasPrefixAndName(key, MAP_KEYS, false);
  }

  /** Whether the key is one of the prefixes and a name after it: digits, or word characters. */
  private static boolean hasPrefixAndName(String key, List<String> prefixes, boolean digits) {
    for (String prefix : prefixes) {
      if (key.startsWith(prefix) && key.length() > prefix.length()) {
        for (int i = prefix.length(); i < key.length(); i++) {
          char c = key.charAt(i);
          boolean ok = digits ? c >= '0' && c <= '9' : Character.isLetterOrDigit(c) || c == '_';
          if (!ok) {
            return false;
          }
        }
        return true;
      }
    }
    return false;
  }

  private static Optional<String> optional(Map<String, String> properties, String key) {
    String value = properties.getOrDefault(key, "");
    return value.isBlank() ? Optional.empty() : Optional.of(value.strip());
  }

  /** Lists under {@code prefix.NAME} keys, by the constant NAME of {@code type}. */
  private static <E extends Enum<E>> Map<E, List<String>> enumLists(
      Map<String, String> properties, String prefix, Class<E> type) throws IOException {
    Map<E, List<String>> lists = new EnumMap<>(type);
    for (String key : properties.keySet()) {
      if (key.startsWith(prefix)) {
        try {
          lists.put(Enum.valueOf(type, key.substring(prefix.length())), list(properties, key));
        } catch (IllegalArgumentException e) {
          throw new IOException("unknown language profile key " + key, e);
        }
      }
    }
    return lists;
  }

  private static Map<String, String> voteLabels(Map<String, String> properties) throws IOException {
    Map<String, String> labels = new HashMap<>();
    for (String key : properties.keySet()) {
      if (key.startsWith("voteLabel.")) {
        String kind = key.substring("voteLabel.".length());
        if (!LanguageProfile.ENGLISH_VOTE_LABELS.containsKey(kind)) {
          throw new IOException("unknown language profile key " + key);
        }
        labels.put(kind, properties.get(key).strip());
      }
    }
    return labels;
  }

  /** The words of voting-list subjects, by what they say: "after", "recital", "whole" … */
  private static Map<String, List<String>> voteSubjects(Map<String, String> properties)
      throws IOException {
    Map<String, List<String>> words = new HashMap<>();
    for (String key : properties.keySet()) {
      if (key.startsWith("voteSubject.")) {
        String kind = key.substring("voteSubject.".length());
        if (!LanguageProfile.VOTE_SUBJECT_KINDS.contains(kind)) {
          throw new IOException("unknown language profile key " + key);
        }
        words.put(kind, list(properties, key));
      }
    }
    return words;
  }

  private static List<List<String>> months(Map<String, String> properties) {
    List<List<String>> months = new ArrayList<>();
    for (String forms : numbered(properties, "month")) {
      months.add(split(forms));
    }
    return months;
  }

  /** The values of {@code prefix.1}, {@code prefix.2} … up to the first missing number. */
  private static List<String> numbered(Map<String, String> properties, String prefix) {
    List<String> values = new ArrayList<>();
    for (int i = 1; properties.containsKey(prefix + "." + i); i++) {
      values.add(properties.get(prefix + "." + i));
    }
    return values;
  }

  private static List<String> list(Map<String, String> properties, String key) {
    String value = properties.getOrDefault(key, "");
    return value.isBlank() ? List.of() : split(value);
  }

  /** Splits at "|" and strips each item (by hand: this runs while the first parser is built). */
  private static List<String> split(String value) {
    List<String> items = new ArrayList<>();
    int start = 0;
    for (int bar = value.indexOf('|'); bar >= 0; bar = value.indexOf('|', start)) {
      items.add(value.substring(start, bar).strip());
      start = bar + 1;
    }
    items.add(value.substring(start).strip());
    return items;
  }

  private static String required(Map<String, String> properties, String key) throws IOException {
    String value = properties.get(key);
    if (value == null || value.isBlank()) {
      throw new IOException("language profile without " + key);
    }
    return value;
  }
}
