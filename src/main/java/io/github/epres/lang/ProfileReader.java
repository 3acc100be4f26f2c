package io.github.epres.lang;

import io.github.epres.model.Action;
import io.github.epres.model.Addressee;
import io.github.epres.model.LegislativeOutcome;
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
  /**
   * Prefixes of numbered keys ({@code month.1}); keyed maps ({@code action.CALLS_ON}) are {@link
   * Maps}.
   */
  private static final List<String> NUMBERED_KEYS = List.of("datePattern.", "month.");

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
          "rulesOfProcedure",
          "footerLastUpdated",
          "footerLegalNotice",
          "footerPrivacyPolicy",
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
          "officialJournal",
          "officialJournalNames",
          "officialJournalSeries",
          "eurLexLines");

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
    Maps maps = new Maps();
    // One pass over the keys sorts out the keyed maps and rejects unknown keys: this runs for
    // each of the 24 built-in profiles while the first parser is built, before anything is
    // compiled.
    for (Map.Entry<String, String> entry : properties.entrySet()) {
      String key = entry.getKey();
      if (!PLAIN_KEYS.contains(key) && !isNumberedKey(key)) {
        maps.add(key, entry.getValue());
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
          .rulesOfProcedure(list(properties, "rulesOfProcedure"))
          .footerLastUpdated(list(properties, "footerLastUpdated"))
          .footerLegalNotice(list(properties, "footerLegalNotice"))
          .footerPrivacyPolicy(list(properties, "footerPrivacyPolicy"))
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
          .officialJournalNames(list(properties, "officialJournalNames"))
          .officialJournalSeries(list(properties, "officialJournalSeries"))
          .eurLexLines(list(properties, "eurLexLines"))
          .actionPhrases(maps.actions)
          .addresseeWords(maps.addressees)
          .outcomePhrases(maps.outcomes)
          .voteLabels(maps.voteLabels)
          .voteSubjects(maps.voteSubjects)
          .build();
    } catch (IllegalStateException | IllegalArgumentException e) {
      throw new IOException("invalid language profile: " + e.getMessage(), e);
    }
  }

  /** The numbered keys' test by hand, not by a pattern: nothing is compiled yet when it runs. */
  private static boolean isNumberedKey(String key) {
    for (String prefix : NUMBERED_KEYS) {
      if (key.startsWith(prefix) && key.length() > prefix.length()) {
        for (int i = prefix.length(); i < key.length(); i++) {
          if (key.charAt(i) < '0' || key.charAt(i) > '9') {
            return false;
          }
        }
        return true;
      }
    }
    return false;
  }

  /**
   * The profile's keyed maps ({@code action.CALLS_ON}, {@code addressee.COMMISSION}, {@code
   * outcome.ADOPTS_POSITION}, {@code voteLabel.recital}, {@code voteSubject.after}), filled key by
   * key; a key that is neither one of them nor plain nor numbered is unknown.
   */
  private static final class Maps {
    final Map<Action, List<String>> actions = new EnumMap<>(Action.class);
    final Map<Addressee.Kind, List<String>> addressees = new EnumMap<>(Addressee.Kind.class);
    final Map<LegislativeOutcome, List<String>> outcomes = new EnumMap<>(LegislativeOutcome.class);
    final Map<String, String> voteLabels = new HashMap<>();
    final Map<String, List<String>> voteSubjects = new HashMap<>();

    void add(String key, String value) throws IOException {
      int dot = key.indexOf('.');
      String name = key.substring(dot + 1);
      switch (dot < 0 ? key : key.substring(0, dot + 1)) {
        case "action." -> actions.put(constant(Action.class, name, key), listOf(value));
        case "addressee." ->
            addressees.put(constant(Addressee.Kind.class, name, key), listOf(value));
        case "outcome." ->
            outcomes.put(constant(LegislativeOutcome.class, name, key), listOf(value));
        case "voteLabel." -> {
          if (!LanguageProfile.ENGLISH_VOTE_LABELS.containsKey(name)) {
            throw unknown(key);
          }
          voteLabels.put(name, value.strip());
        }
        case "voteSubject." -> {
          if (!LanguageProfile.VOTE_SUBJECT_KINDS.contains(name)) {
            throw unknown(key);
          }
          voteSubjects.put(name, listOf(value));
        }
        default -> throw unknown(key);
      }
    }

    private static <E extends Enum<E>> E constant(Class<E> type, String name, String key)
        throws IOException {
      try {
        return Enum.valueOf(type, name);
      } catch (IllegalArgumentException e) {
        throw new IOException("unknown language profile key " + key, e);
      }
    }

    private static IOException unknown(String key) {
      return new IOException("unknown language profile key " + key);
    }
  }

  private static Optional<String> optional(Map<String, String> properties, String key) {
    String value = properties.getOrDefault(key, "");
    return value.isBlank() ? Optional.empty() : Optional.of(value.strip());
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
    return listOf(properties.getOrDefault(key, ""));
  }

  private static List<String> listOf(String value) {
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
