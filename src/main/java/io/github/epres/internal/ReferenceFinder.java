package io.github.epres.internal;

import io.github.epres.lang.LanguageProfile;
import io.github.epres.model.Reference;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds typed references in a block's text. Procedure references and EP and Commission document
 * numbers are written the same way in every language; the Official Journal's abbreviation, the
 * wording of Rules of Procedure and of earlier resolutions come from the language profile.
 */
final class ReferenceFinder {
  private static final String HYPHEN = "[-\u2011]";

  static final Pattern PROCEDURE = Pattern.compile("(?<![\\d/])(\\d{4})/(\\d{4})\\(([A-Z]{3})\\)");

  /**
   * EP document numbers: {@code P9_TA(2021)0056}, {@code P9_TA-PROV(2021)0056}, {@code
   * TA-9-2021-0056}, {@code RC-B9-0144/2021}, {@code B9-0144/2021}, {@code A9-0163/2024}. No word
   * boundary before them: web pages run them together ("P9_TA(2021)0056RC-B9-0144/2021").
   */
  static final Pattern EP_DOCUMENT =
      Pattern.compile(
          "P(?<pt>\\d{1,2})_TA(?<prov>-PROV)?\\((?<py>\\d{4})\\)(?<pn>\\d{4})"
              + "|(?<dk>TA|RC|A|B)"
              + HYPHEN
              + "(?<dt>\\d{1,2})"
              + HYPHEN
              + "(?<dy>\\d{4})"
              + HYPHEN
              + "(?<dn>\\d{4})"
              + "|(?<rc>RC"
              + HYPHEN
              + ")?(?<sk>[AB])(?<st>\\d{1,2})"
              + HYPHEN
              + "(?<sn>\\d{4})/(?<sy>\\d{4})");

  static final Pattern COMMISSION =
      Pattern.compile(
          "\\b(?<kind>COM|JOIN|SWD|SEC)\\s?\\((?<year>\\d{4})\\)\\s?(?<number>\\d{1,4})"
              + "(?:\\s(?<final>final))?");

  /** The date of an OJ issue: 21.1.2021 (most), 2021.1.21 (hu), 2021 1 21 (lt). */
  private static final String OJ_DATE =
      "(?:(?<d>\\d{1,2})\\.\\s?(?<m>\\d{1,2})\\.\\s?(?<y>\\d{4})\\.?(?:\\sг\\.)?"
          + "|(?<hy>\\d{4})\\.\\s?(?<hm>\\d{1,2})\\.\\s?(?<hd>\\d{1,2})\\.?"
          + "|(?<ly>\\d{4}) (?<lm>\\d{1,2}) (?<ld>\\d{1,2}))";

  private static final String OJ_PAGE =
      "(?:,?\\s(?:(?<pa>\\d+)\\.\\s?(?:lpp|o)\\."
          + "|(?:p|S|pag|str|s|σ|blz|lk|lch|стр)\\.?\\s?(?<pb>\\d+)))?";

  private final LanguageProfile profile;
  private final Pattern officialJournal;

  ReferenceFinder(LanguageProfile profile) {
    this.profile = profile;
    List<String> abbreviations = new ArrayList<>(List.of("OJ"));
    if (profile != null) {
      profile.officialJournal().ifPresent(abbreviations::add);
    }
    StringBuilder names = new StringBuilder();
    for (String abbreviation : abbreviations) {
      names.append(names.length() == 0 ? "" : "|").append(Pattern.quote(abbreviation));
    }
    this.officialJournal =
        Pattern.compile(
            "(?<!\\p{L})(?:"
                + names
                + ")\\s(?<series>[CL])\\s(?<issue>\\d+\\s?[A-Z]?)\\.?,?\\s"
                + "(?:vom |del |du |de |af |z |της |van )?"
                + OJ_DATE
                + OJ_PAGE);
  }

  /** Every reference in {@code text}, in order of position. */
  List<Reference> find(String text) {
    List<Reference> found = new ArrayList<>();
    procedures(text, found);
    documents(text, found);
    commission(text, found);
    officialJournal(text, found);
    if (profile != null) {
      rules(text, found);
      resolutions(text, found);
    }
    found.sort(Comparator.comparingInt(Reference::offset));
    return found;
  }

  /** The EP document numbers in a line, normalised, in order. */
  static List<String> documentNumbers(String text) {
    List<String> numbers = new ArrayList<>();
    Matcher m = EP_DOCUMENT.matcher(text);
    while (m.find()) {
      numbers.add(normalise(m.group()));
    }
    return numbers;
  }

  private static void procedures(String text, List<Reference> found) {
    Matcher m = PROCEDURE.matcher(text);
    while (m.find()) {
      found.add(
          reference(
              Reference.Kind.PROCEDURE,
              m,
              m.group(),
              null,
              fields("year", m.group(1), "number", m.group(2), "type", m.group(3))));
    }
  }

  private static void documents(String text, List<Reference> found) {
    Matcher m = EP_DOCUMENT.matcher(text);
    while (m.find()) {
      Map<String, String> fields = new LinkedHashMap<>();
      if (m.group("pt") != null) {
        fields.put("type", m.group("prov") == null ? "TA" : "TA-PROV");
        fields.put("term", m.group("pt"));
        fields.put("year", m.group("py"));
        fields.put("number", m.group("pn"));
      } else if (m.group("dk") != null) {
        fields.put("type", m.group("dk"));
        fields.put("term", m.group("dt"));
        fields.put("year", m.group("dy"));
        fields.put("number", m.group("dn"));
      } else {
        fields.put("type", (m.group("rc") == null ? "" : "RC-") + m.group("sk"));
        fields.put("term", m.group("st"));
        fields.put("year", m.group("sy"));
        fields.put("number", m.group("sn"));
      }
      found.add(reference(Reference.Kind.EP_DOCUMENT, m, normalise(m.group()), null, fields));
    }
  }

  private static void commission(String text, List<Reference> found) {
    Matcher m = COMMISSION.matcher(text);
    while (m.find()) {
      // COM(2020) 123 final and COM(2020)0123 are one document.
      String value =
          m.group("kind")
              + "("
              + m.group("year")
              + ")"
              + "0000".substring(m.group("number").length())
              + m.group("number");
      found.add(
          reference(
              Reference.Kind.COMMISSION_DOCUMENT,
              m,
              value,
              null,
              fields(
                  "type", m.group("kind"), "year", m.group("year"), "number", m.group("number"))));
    }
  }

  private void officialJournal(String text, List<Reference> found) {
    Matcher m = officialJournal.matcher(text);
    while (m.find()) {
      LocalDate date =
          m.group("d") != null
              ? date(m.group("y"), m.group("m"), m.group("d"))
              : m.group("hy") != null
                  ? date(m.group("hy"), m.group("hm"), m.group("hd"))
                  : date(m.group("ly"), m.group("lm"), m.group("ld"));
      String page = m.group("pa") != null ? m.group("pa") : m.group("pb");
      String issue = m.group("issue").replace(" ", "");
      Map<String, String> fields = new LinkedHashMap<>();
      fields.put("series", m.group("series"));
      fields.put("issue", issue);
      if (page != null) {
        fields.put("page", page);
      }
      String value =
          "OJ "
              + m.group("series")
              + " "
              + issue
              + (date == null ? "" : " " + date)
              + (page == null ? "" : " p. " + page);
      found.add(reference(Reference.Kind.OFFICIAL_JOURNAL, m, value, date, fields));
    }
  }

  private void rules(String text, List<Reference> found) {
    Optional<Pattern> rulesPattern = profile.compiledRulesPattern();
    Optional<Pattern> rulePattern = profile.compiledRulePattern();
    if (rulesPattern.isEmpty() || rulePattern.isEmpty()) {
      return;
    }
    Matcher m = rulesPattern.get().matcher(text);
    while (m.find()) {
      List<String> rules = new ArrayList<>();
      Matcher rule = rulePattern.get().matcher(m.group("rules"));
      while (rule.find()) {
        String paragraph = rule.group("paragraph");
        rules.add(rule.group("rule") + (paragraph == null ? "" : "(" + paragraph + ")"));
      }
      String value = String.join(", ", rules);
      found.add(reference(Reference.Kind.RULES, m, value, null, fields("rules", value)));
    }
  }

  private void resolutions(String text, List<Reference> found) {
    Optional<Pattern> pattern = profile.compiledResolutionReference();
    if (pattern.isEmpty()) {
      return;
    }
    Matcher m = pattern.get().matcher(text);
    while (m.find()) {
      Optional<LocalDate> date = profile.readDate(m.group("date"));
      if (date.isEmpty()) {
        continue;
      }
      String topic = m.group("topic");
      Map<String, String> fields = topic == null ? fields() : fields("topic", topic.strip());
      found.add(reference(Reference.Kind.RESOLUTION, m, date.get().toString(), date.get(), fields));
    }
  }

  private static Reference reference(
      Reference.Kind kind, Matcher m, String value, LocalDate date, Map<String, String> fields) {
    String text = m.group().stripTrailing();
    return Reference.builder()
        .kind(kind)
        .text(text)
        .offset(m.start())
        .value(value)
        .date(Optional.ofNullable(date))
        .fields(fields)
        .build();
  }

  /** Named parts in the order given, so that JSON output is the same from run to run. */
  private static Map<String, String> fields(String... namesAndValues) {
    Map<String, String> fields = new LinkedHashMap<>();
    for (int i = 0; i < namesAndValues.length; i += 2) {
      fields.put(namesAndValues[i], namesAndValues[i + 1]);
    }
    return fields;
  }

  /** Non-breaking hyphens (U+2011) as hyphens. */
  static String normalise(String number) {
    return number.replace('\u2011', '-');
  }

  private static LocalDate date(String year, String month, String day) {
    try {
      return LocalDate.of(Integer.parseInt(year), Integer.parseInt(month), Integer.parseInt(day));
    } catch (DateTimeException | NumberFormatException e) {
      return null;
    }
  }
}
