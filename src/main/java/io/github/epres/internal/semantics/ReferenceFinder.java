package io.github.epres.internal.semantics;

import io.github.epres.internal.util.Digits;
import io.github.epres.lang.LanguageProfile;
import io.github.epres.model.ProcedureReference;
import io.github.epres.model.Reference;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds typed references in a block's text. Procedure references and EP and Commission document
 * numbers are written the same way in every language; the Official Journal's abbreviation, the
 * wording of Rules of Procedure and of earlier resolutions come from the language profile.
 */
public final class ReferenceFinder {
  /** A hyphen, a non-breaking one, or the en dash some pages print instead ("B7–0000/2010"). */
  private static final String HYPHEN = "[-\u2011\u2013]";

  public static final Pattern PROCEDURE = Pattern.compile("(?<![\\d/])" + ProcedureReference.REGEX);

  /**
   * EP document numbers: {@code P9_TA(2021)0056}, {@code P9_TA-PROV(2021)0056}, {@code
   * TA-9-2021-0056}, {@code RC-B9-0144/2021}, {@code B9-0144/2021}, {@code A9-0163/2024}. No word
   * boundary before them: web pages run them together ("P9_TA(2021)0056RC-B9-0144/2021"). A year
   * printed with a digit too many is read as printed ("B8-1091/20115"), not cut to another number.
   */
  public static final Pattern EP_DOCUMENT =
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
              + "(?<sn>\\d{4})/(?<sy>\\d{4}\\d?)");

  private static final Comparator<Reference> BY_OFFSET =
      new Comparator<>() {
        @Override
        public int compare(Reference a, Reference b) {
          return Integer.compare(a.offset(), b.offset());
        }
      };

  private static final List<String> COMMISSION_KINDS = List.of("COM", "JOIN", "SWD", "SEC");

  public static final Pattern COMMISSION =
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
  private final List<String> abbreviations;

  /**
   * The start of the language's word for a resolution, and capitalised ("Entschließung",
   * "Rezoluciju"): no match can be where neither is.
   */
  private final String resolutionStem;

  private final String capitalStem;

  /** The words a Rules reference starts with ("Rule", "Reglamenta "), likewise. */
  private final String rulesPrefix;

  private final Pattern rulePattern;

  /** The last text's scan, reused from block to block. */
  private final BlockScan scan = new BlockScan();

  /**
   * The characters a reference can start at or hinge on ({@link BlockScan#ANCHOR}), and the digits
   * ({@link BlockScan#DIGIT}), as a table; shared, never written.
   */
  private final byte[] anchors;

  // One matcher per pattern for the whole parse, reset to each text where an anchor is found.
  private final Matcher procedure = PROCEDURE.matcher("").useTransparentBounds(true);
  private final Matcher document = EP_DOCUMENT.matcher("");
  private final Matcher commission = COMMISSION.matcher("").useTransparentBounds(true);
  private final Matcher officialJournal;
  private final Matcher rules;

  public ReferenceFinder(LanguageProfile profile) {
    this.profile = profile;
    List<String> abbreviations = new ArrayList<>(List.of("OJ"));
    if (profile != null) {
      String abbreviation = profile.officialJournal().orElse("OJ");
      if (!abbreviation.equals("OJ")) {
        abbreviations.add(abbreviation);
      }
    }
    this.abbreviations = List.copyOf(abbreviations);
    String word = profile == null ? "" : profile.resolutionWords().get(0);
    this.resolutionStem = word.substring(0, Math.min(word.length(), 6)).toLowerCase(Locale.ROOT);
    this.capitalStem =
        resolutionStem.isEmpty()
            ? ""
            : resolutionStem.substring(0, 1).toUpperCase(Locale.ROOT) + resolutionStem.substring(1);
    Pattern journal = OFFICIAL_JOURNALS.get(this.abbreviations);
    if (journal == null) {
      journal = officialJournal(this.abbreviations);
      OFFICIAL_JOURNALS.putIfAbsent(this.abbreviations, journal);
    }
    this.officialJournal = journal.matcher("").useTransparentBounds(true);
    boolean withRules =
        profile != null
            && profile.compiledRulesPattern().isPresent()
            && profile.compiledRulePattern().isPresent();
    this.rulesPrefix = withRules ? literalPrefix(profile.rulesPattern().get()) : "";
    this.rules =
        withRules && !rulesPrefix.isEmpty()
            ? profile.compiledRulesPattern().get().matcher("")
            : null;
    this.rulePattern = withRules ? profile.compiledRulePattern().get() : null;
    List<String> words = new ArrayList<>(COMMISSION_KINDS);
    words.addAll(this.abbreviations);
    if (rules != null) {
      words.add(rulesPrefix);
    }
    byte[] table = ANCHORS.get(words);
    if (table == null) {
      table = anchors(words);
      ANCHORS.putIfAbsent(words, table);
    }
    this.anchors = table;
  }

  /** The anchor table of each list of words, built once: a parse need not fill 12 KB again. */
  private static final Map<List<String>, byte[]> ANCHORS = new ConcurrentHashMap<>();

  private static byte[] anchors(List<String> words) {
    byte[] table = new byte[0x3000];
    for (char c : new char[] {'/', '-', '\u2011', '_'}) {
      table[c] = BlockScan.ANCHOR;
    }
    for (String w : words) {
      if (w.charAt(0) < table.length) {
        table[w.charAt(0)] = BlockScan.ANCHOR;
      }
    }
    for (char c = '0'; c <= '9'; c++) {
      table[c] = BlockScan.DIGIT;
    }
    return table;
  }

  /** The Official Journal pattern of each list of abbreviations, compiled once. */
  private static final Map<List<String>, Pattern> OFFICIAL_JOURNALS = new ConcurrentHashMap<>();

  private static Pattern officialJournal(List<String> abbreviations) {
    StringBuilder names = new StringBuilder();
    for (String abbreviation : abbreviations) {
      names.append(names.length() == 0 ? "" : "|").append(Pattern.quote(abbreviation));
    }
    return Pattern.compile(
        "(?<!\\p{L})(?:"
            + names
            + ")\\s(?<series>[CL])\\s(?<issue>\\d+\\s?[A-Z]?)\\.?,?\\s"
            + "(?:vom |del |du |de |af |z |της |van )?"
            + OJ_DATE
            + OJ_PAGE);
  }

  /**
   * One pass over {@code text} for the characters a reference can start at (or hinge on: the '/' of
   * a procedure, the hyphen of a document number) and for the digit runs that dates start with;
   * valid until the next call.
   */
  public BlockScan scan(String text) {
    scan.scan(text, anchors);
    return scan;
  }

  /**
   * The Rules of Procedure references in {@code text}, in order: none without the words they start
   * with, so that a header's lines need no full search.
   */
  public List<Reference> rules(String text) {
    if (rules == null || !text.contains(rulesPrefix)) {
      return List.of();
    }
    List<Reference> ofRules = new ArrayList<>();
    for (Reference reference : find(text)) {
      if (reference.kind() == Reference.Kind.RULES) {
        ofRules.add(reference);
      }
    }
    return ofRules;
  }

  /** Every reference in {@code text}, in order of position. */
  public List<Reference> find(String text) {
    return find(text, scan(text));
  }

  /**
   * Every reference in {@code text}, which {@code scan} holds the {@link #scan} of: the patterns
   * are tried at the anchors alone, since a regular expression run over the whole text would cost
   * more than the rest of the parse.
   */
  public List<Reference> find(String text, BlockScan scan) {
    List<Reference> found = this.found;
    found.clear();
    int documentEnd = 0;
    literalEnd = 0;
    int[] at = scan.anchors();
    for (int a = 0, count = scan.anchorCount(); a < count; a++) {
      int i = at[a];
      char c = scan.charAt(i);
      if (c == '/') {
        procedureAt(text, i, found);
      } else if (c == '-' || c == '\u2011' || c == '_') {
        if (i >= documentEnd && isDocumentAnchor(text, i)) {
          documentEnd = documentAt(text, i, found, documentEnd);
        }
      } else {
        literalAt(text, i, c, found);
      }
    }
    if (profile != null
        && !resolutionStem.isEmpty()
        && (text.contains(resolutionStem) || text.contains(capitalStem))) {
      resolutions(text, found);
    }
    if (found.isEmpty()) {
      return List.of();
    }
    if (found.size() > 1) {
      found.sort(BY_OFFSET);
    }
    return new ArrayList<>(found);
  }

  /** The references of the block being read, reused: most blocks have none. */
  private final List<Reference> found = new ArrayList<>();

  /**
   * Where the last reference found by a word ended: "article 132" inside "article 144 … et
   * l'article 132" is not a second one.
   */
  private int literalEnd;

  /** References that start with a word: Commission documents, the OJ, Rules of Procedure. */
  private void literalAt(String text, int i, char c, List<Reference> found) {
    if (i < literalEnd) {
      return;
    }
    for (String kind : COMMISSION_KINDS) {
      if (kind.charAt(0) == c && text.startsWith(kind, i) && lookingAt(commission, text, i)) {
        ReferenceValues.commission(commission, found);
      }
    }
    for (String abbreviation : abbreviations) {
      if (abbreviation.charAt(0) == c
          && text.startsWith(abbreviation, i)
          && lookingAt(officialJournal, text, i)) {
        ReferenceValues.officialJournal(officialJournal, found);
      }
    }
    if (rules != null
        && rulesPrefix.charAt(0) == c
        && text.startsWith(rulesPrefix, i)
        && lookingAt(rules, text, i)) {
      rules(rules, found);
      literalEnd = rules.end();
    }
  }

  private static boolean lookingAt(Matcher m, String text, int at) {
    return m.reset(text).region(at, text.length()).lookingAt();
  }

  /** The EP document numbers in a line, normalised, in order. */
  public static List<String> documentNumbers(String text) {
    List<String> numbers = new ArrayList<>();
    // No try at all on a line without a digit (every number has some), and elsewhere tries only
    // where a number can start: find() would try every position.
    if (!Digits.any(text)) {
      return numbers;
    }
    StartChars starts = StartChars.of(EP_DOCUMENT);
    Matcher m = starts.matcher(text);
    for (int from = 0; starts.find(m, text, from); from = m.end()) {
      numbers.add(normalise(m.group()));
    }
    return numbers;
  }

  private void procedureAt(String text, int i, List<Reference> found) {
    if (i >= 4 && Character.isDigit(text.charAt(i - 1)) && lookingAt(procedure, text, i - 4)) {
      Matcher m = procedure;
      found.add(
          ReferenceValues.reference(
              Reference.Kind.PROCEDURE,
              m,
              m.group(),
              null,
              ReferenceValues.fields(
                  "year", m.group(1), "number", m.group(2), "type", m.group(3))));
    }
  }

  /** "_TA", or a hyphen between a digit or capital and a digit. */
  private static boolean isDocumentAnchor(String text, int i) {
    if (text.charAt(i) == '_') {
      return text.startsWith("_TA", i);
    }
    return i > 0
        && i + 1 < text.length()
        && Character.isDigit(text.charAt(i + 1))
        && isDigitOrCapital(text.charAt(i - 1));
  }

  /**
   * The document number around an anchor, looked for from the capital it starts with; returns where
   * the number ends (or {@code end} when there is none).
   */
  private int documentAt(String text, int i, List<Reference> found, int end) {
    for (int start = Math.max(end, i - 6); start < i; start++) {
      if (Character.isUpperCase(text.charAt(start))
          && lookingAt(document, text, start)
          && document.end() > i) {
        ReferenceValues.document(document, found);
        return document.end();
      }
    }
    return end;
  }

  private static boolean isDigitOrCapital(char c) {
    return (c >= '0' && c <= '9') || (c >= 'A' && c <= 'Z');
  }

  private void rules(Matcher m, List<Reference> found) {
    List<String> numbers = new ArrayList<>();
    Matcher rule = rulePattern.matcher(m.group("rules"));
    while (rule.find()) {
      String paragraph = rule.group("paragraph");
      numbers.add(rule.group("rule") + (paragraph == null ? "" : "(" + paragraph + ")"));
    }
    String value = String.join(", ", numbers);
    found.add(
        ReferenceValues.reference(
            Reference.Kind.RULES, m, value, null, ReferenceValues.fields("rules", value)));
  }

  private void resolutions(String text, List<Reference> found) {
    Optional<Pattern> pattern = profile.compiledResolutionReference();
    if (pattern.isEmpty()) {
      return;
    }
    boolean withTopic = pattern.get().pattern().contains("(?<topic>");
    StartChars starts = StartChars.of(pattern.get());
    Matcher m = starts.matcher(text);
    for (int from = 0; starts.find(m, text, from); from = Math.max(m.end(), m.start() + 1)) {
      Optional<LocalDate> date = profile.readDate(m.group("date"));
      if (date.isEmpty()) {
        continue;
      }
      String topic = withTopic ? m.group("topic") : null;
      Map<String, String> fields =
          topic == null ? ReferenceValues.fields() : ReferenceValues.fields("topic", topic.strip());
      found.add(
          ReferenceValues.reference(
              Reference.Kind.RESOLUTION, m, date.get().toString(), date.get(), fields));
    }
  }

  /** The plain letters and spaces a regular expression starts with, up to its first operator. */
  public static String literalPrefix(String regex) {
    int i = 0;
    while (i < regex.length()
        && (Character.isLetter(regex.charAt(i)) || regex.charAt(i) == ' ')
        && (i + 1 >= regex.length() || "?*+{".indexOf(regex.charAt(i + 1)) < 0)) {
      i++;
    }
    return regex.substring(0, i);
  }

  /** Non-breaking hyphens (U+2011) and en dashes as hyphens. */
  public static String normalise(String number) {
    return number.replace('\u2011', '-').replace('\u2013', '-');
  }
}
