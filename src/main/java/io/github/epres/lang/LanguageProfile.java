package io.github.epres.lang;

import io.github.epres.internal.EpresStyle;
import io.github.epres.internal.util.Brackets;
import io.github.epres.internal.util.LooseText;
import io.github.epres.model.Action;
import io.github.epres.model.Addressee;
import io.github.epres.model.DateRef;
import io.github.epres.model.DocumentKind;
import io.github.epres.model.LegislativeOutcome;
import java.text.Normalizer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.immutables.value.Value;

/**
 * What the parser knows about one language: the words of the house style (author line, openers,
 * document kinds, months, the final formula) and the patterns of titles and dates. Profiles are
 * data, read from {@code io/github/epres/lang/<code>.properties}; {@link LanguageProfiles} lists
 * the built-in ones and reads others.
 */
@Value.Immutable
@EpresStyle
public interface LanguageProfile {
  /** ISO 639-1 code, e.g. {@code lv}. */
  String code();

  /** English name of the language. */
  String name();

  /** The author line(s) before the citations, e.g. {@code Eiropas Parlaments,}. */
  List<String> authorLines();

  /** Formulas that open a citation, e.g. {@code ņemot vērā}. */
  List<String> citationOpeners();

  /** Formulas that open a recital, e.g. {@code tā kā}; empty where the language has none. */
  List<String> recitalOpeners();

  /** How the last paragraph begins: "Instructs its President to forward …". */
  List<String> finalFormulas();

  /** The title's words for a resolution, a legislative resolution and a decision. */
  List<String> resolutionWords();

  List<String> legislativeResolutionWords();

  List<String> decisionWords();

  /**
   * A regular expression for the whole title line with a {@code subject} group and the placeholders
   * {@code {kind}} (any of the kind words), {@code {date}} (any date pattern) and {@code
   * {procedure}} (the bracketed procedure reference).
   */
  String titlePattern();

  /**
   * Regular expressions for a date, each starting with the day or year digits and with the named
   * groups {@code day}, {@code month} (a month name) and {@code year}.
   */
  List<String> datePatterns();

  /** Twelve lists, January to December, of every form a month name takes in dates. */
  List<List<String>> months();

  /** Headings that open an annex after the last paragraph: {@code ANNEX}, {@code PIELIKUMS}. */
  List<String> annexHeadings();

  /** The heading of a joint motion: {@code JOINT MOTION FOR A RESOLUTION}. */
  List<String> jointMotionHeadings();

  /** The heading of a motion by one group: {@code MOTION FOR A RESOLUTION}. */
  List<String> motionHeadings();

  /**
   * A regular expression for a motion's "on behalf of the PPE Group" line, with a {@code group}
   * group.
   */
  Optional<String> onBehalfOf();

  /**
   * The Rules of Procedure as a motion's Rule line names them ({@code Rules of Procedure}, {@code
   * Geschäftsordnung}, {@code eljárási szabályzat}), compared without case: the first line of a
   * motion's header that names them beside a number is its Rule line.
   */
  List<String> rulesOfProcedure();

  /**
   * A web page's footer, "Last updated: 8 October 2019Legal notice - Privacy policy": the label
   * before the date ({@code Last updated:}), glued to the legal notice.
   */
  List<String> footerLastUpdated();

  /** A web page footer's legal notice: {@code Legal notice}, {@code Rechtlicher Hinweis}. */
  List<String> footerLegalNotice();

  /** What may follow a footer's legal notice after " - ": {@code Privacy policy}. */
  List<String> footerPrivacyPolicy();

  /**
   * Word starts for article, rule and paragraph ({@code Article}, {@code Rule}, Hungarian {@code
   * cikk}, Romanian {@code alineat}): a bracketed number after them, or after them and a list of
   * numbers, is a paragraph ({@code Article 3(5)}), not a footnote marker.
   */
  List<String> referenceWords();

  /** The heading of a committee report page: {@code REPORT}, {@code JELENTÉS}. */
  List<String> reportHeadings();

  /** The label before a report's rapporteurs: {@code Rapporteur:}, {@code Előadó:}. */
  List<String> rapporteurLabels();

  /**
   * Headings of the parts of a report page after its motion for a resolution, which are not part of
   * it: {@code EXPLANATORY STATEMENT}, {@code OPINION OF THE}, {@code INFORMATION ON ADOPTION}.
   */
  List<String> reportSections();

  /**
   * The word before an amendment's number in its heading: {@code Amendment} ("Amendment 1"), {@code
   * Grozījums} ("Grozījums Nr. 1").
   */
  List<String> amendmentHeadings();

  /** The heading of an amendment's justification: {@code Justification}, {@code Begründung}. */
  List<String> amendmentJustifications();

  /**
   * The words of a voting list's subjects in this language, by what they say: {@code after}
   * ("After", "Après le"), {@code before}, {@code recital}, {@code citation}, {@code point}, and
   * {@code whole} (the document as a whole: "Motion for a resolution (as a whole)"), {@code
   * article} (a legislative text's article or annex) and {@code procedural} (votes on no part of
   * the text: "Provisional agreement", "Rejection", "Request for …").
   */
  Map<String, List<String>> voteSubjects();

  /** The keys of {@link #voteSubjects()}. */
  List<String> VOTE_SUBJECT_KINDS =
      List.of("after", "before", "recital", "citation", "point", "whole", "article", "procedural");

  /** Edition labels of web pages: {@code Provisional edition}. */
  List<String> editionLabels();

  /** Verb phrases that start an operative clause, by the action they express. */
  Map<Action, List<String>> actionPhrases();

  /** Words after which a new clause may start: {@code and}, {@code un}. */
  List<String> clauseJoiners();

  /** Words that tell what an addressee is: {@code Commission}, {@code valdīb}. */
  Map<Addressee.Kind, List<String>> addresseeWords();

  /**
   * How paragraph 1 of a legislative resolution begins, by what it decides: {@code
   * outcome.ADOPTS_POSITION = Adopts its position at first reading}. Compared with the paragraph's
   * start whatever the case and spacing; the longest that fits wins.
   */
  Map<LegislativeOutcome, List<String>> outcomePhrases();

  /**
   * A regular expression for where an addressee's noun phrase ends: " to " in English, an
   * infinitive in Latvian. It is tried within the clause alone, so it may not look behind its start
   * or anchor at a line's start ({@code ^}).
   */
  Optional<String> addresseeEnd();

  /**
   * Voting-list labels with {@code {n}} for the number or letter: keys {@code citation}, {@code
   * recital}, {@code paragraph} and {@code point} (where {@code {parent}} is the block's label).
   */
  Map<String, String> voteLabels();

  /** A regular expression for "Rules 144(5) and 132(4)" with a {@code rules} group. */
  Optional<String> rulesPattern();

  /**
   * A regular expression for one rule in the {@code rules} group: {@code rule}, {@code paragraph}.
   */
  Optional<String> rulePattern();

  /**
   * A regular expression for an earlier resolution cited by date, with {@code {date}} for the date
   * and an optional {@code topic} group.
   */
  Optional<String> resolutionReference();

  /** The Official Journal's abbreviation: {@code OJ}, {@code ABl.}, {@code OV}. */
  Optional<String> officialJournal();

  /**
   * The Official Journal's name as its page header prints it: {@code Official Journal of the
   * European Union}.
   */
  List<String> officialJournalNames();

  /**
   * The Journal's series line since 2023, {@code {series}} for the letter: {@code Series {series}}.
   */
  List<String> officialJournalSeries();

  /**
   * EUR-Lex's own lines in this interface language that do not name the site: {@code Choose the
   * experimental features you want to try}, {@code European flag}.
   */
  List<String> eurLexLines();

  @Value.Check
  default void check() {
    if (months().size() != 12) {
      throw new IllegalArgumentException(code() + ": months must list 12 months");
    }
    if (authorLines().isEmpty() || citationOpeners().isEmpty() || datePatterns().isEmpty()) {
      throw new IllegalArgumentException(
          code() + ": a profile needs author lines, citation openers and date patterns");
    }
    for (String heading : amendmentHeadings()) {
      // The heading test skips every line that does not start with a capital.
      if (heading.isEmpty() || !Character.isUpperCase(heading.charAt(0))) {
        throw new IllegalArgumentException(
            code() + ": an amendment heading must start with a capital: " + heading);
      }
    }
    String end = addresseeEnd().orElse("");
    if (end.contains("(?<=") || end.contains("(?<!") || end.contains("^")) {
      throw new IllegalArgumentException(
          code() + ": addresseeEnd may not look behind or anchor at a line start: " + end);
    }
  }

  /**
   * Whether a line is this language's author line, read as people read it: case, runs of spaces, a
   * space before the comma, and a comma after a form that ends with a word make no difference
   * ({@link LooseText}).
   */
  default boolean isAuthorLine(String line) {
    // Author lines are short; a long line is not one, and need not be compared to tell. Nor is
    // one whose first letter is none of theirs: most lines are told apart without a key.
    if (line.length() > 200) {
      return false;
    }
    int i = 0;
    while (i < line.length() && Character.isWhitespace(line.charAt(i))
        || i < line.length() && Character.isSpaceChar(line.charAt(i))) {
      i++;
    }
    return i < line.length()
        && line.length() - i <= 2 * authorLineLongest()
        && authorLineStarts().indexOf(Character.toLowerCase(line.charAt(i))) >= 0
        && authorLineKeys().contains(LooseText.key(line));
  }

  /** The longest author line's key: a line twice as long is none, whatever its spaces. */
  @Value.Lazy
  default int authorLineLongest() {
    int longest = 0;
    for (String key : authorLineKeys()) {
      longest = Math.max(longest, key.length());
    }
    return longest;
  }

  /** The first characters of the author lines' keys. */
  @Value.Lazy
  default String authorLineStarts() {
    StringBuilder starts = new StringBuilder();
    for (String key : authorLineKeys()) {
      if (!key.isEmpty() && starts.indexOf(key.substring(0, 1)) < 0) {
        starts.append(key.charAt(0));
      }
    }
    return starts.toString();
  }

  /** The keys of the author lines ({@link LooseText#keys}). */
  @Value.Lazy
  default Set<String> authorLineKeys() {
    Set<String> keys = new HashSet<>();
    for (String form : authorLines()) {
      keys.addAll(List.of(LooseText.keys(form)));
    }
    return Set.copyOf(keys);
  }

  /** The citation opener that starts {@code text}, as written there. */
  default Optional<String> citationOpener(String text) {
    return Openers.find(citationOpeners(), text);
  }

  /** The citation opener that starts {@code text} at {@code from}, as written there. */
  default Optional<String> citationOpener(String text, int from) {
    return Openers.find(citationOpeners(), text, from);
  }

  /** The recital opener that starts {@code text}, as written there. */
  default Optional<String> recitalOpener(String text) {
    return Openers.find(recitalOpeners(), text);
  }

  /** The recital opener that starts {@code text} at {@code from}, as written there. */
  default Optional<String> recitalOpener(String text, int from) {
    return Openers.find(recitalOpeners(), text, from);
  }

  /** Whether a paragraph's text begins with the final "instructs its President" formula. */
  default boolean isFinalFormula(String text) {
    return Openers.find(finalFormulas(), text).isPresent();
  }

  /** Reads a title line; empty when it does not have this language's title pattern. */
  default Optional<TitleParts> readTitle(String line) {
    if (!mentionsKind(line)) {
      return Optional.empty();
    }
    Matcher m = compiledTitlePattern().matcher(line.strip());
    if (!m.matches()) {
      return Optional.empty();
    }
    String dateText = m.group("date");
    return Optional.of(
        new TitleParts(
            kindOf(m.group("kind")),
            dateText,
            readDate(dateText),
            m.group("subject"),
            m.group("procedure")));
  }

  /**
   * Reads a title that lacks the full title pattern — a motion's "European Parliament resolution on
   * … (2025/2691(RSP))" without a date, or a legislative resolution whose procedure line holds COM
   * and council numbers too: the first kind word, the first date, the last procedure reference, and
   * as subject what follows the kind word (and the date) up to the bracket of the procedure. Empty
   * when the line names no kind.
   */
  default Optional<TitleParts> readLooseTitle(String line) {
    String text = line.strip();
    String upper = null;
    String kind = null;
    int kindEnd = -1;
    List<String> words = kindWords();
    for (int w = 0; w < words.size(); w++) {
      String word = words.get(w);
      int at = text.indexOf(word);
      if (at < 0 && Character.isUpperCase(word.charAt(0))) {
        // Inside a motion's title the word is not the first: "Proposition de résolution du …".
        at = text.indexOf(Character.toLowerCase(word.charAt(0)) + word.substring(1));
      }
      int length = word.length();
      if (at < 0) {
        // A report's section heading: "MOTION FOR A EUROPEAN PARLIAMENT RESOLUTION"; Greek
        // capitals drop the accent ("ΨΗΦΙΣΜΑΤΟΣ" for "ψηφίσματος"), so accents are compared away;
        // "ß" is written so in capitals ("ENTSCHLIEßUNG") or as "SS" ("ENTSCHLIESSUNG").
        upper = upper == null ? withoutAccents(capitals(text)) : upper;
        String capitals = kindWordsInCapitals().get(w);
        at = upper.length() == text.length() ? capitalsAt(text, upper, capitals, word) : -1;
        if (at < 0 && capitals.indexOf('ß') >= 0 && upper.length() == text.length()) {
          capitals = capitals.replace("ß", "SS");
          at = capitalsAt(text, upper, capitals, word);
          length = capitals.length();
        }
      }
      if (at >= 0) {
        kind = word;
        kindEnd = at + length;
        break;
      }
    }
    if (kind == null) {
      return Optional.empty();
    }
    List<DateRef> dates = findDates(text);
    int subjectStart = kindEnd;
    if (!dates.isEmpty() && dates.get(0).offset() >= kindEnd - kind.length()) {
      subjectStart = Math.max(kindEnd, dates.get(0).offset() + dates.get(0).text().length());
    }
    String procedure = null;
    int subjectEnd = text.length();
    Matcher m = Openers.PROCEDURE.matcher(text);
    while (m.find()) {
      procedure = m.group();
      int bracket = Brackets.opening(text, m.start());
      subjectEnd = bracket >= subjectStart ? bracket : subjectEnd;
    }
    String subject = text.substring(Math.min(subjectStart, subjectEnd), subjectEnd).strip();
    subject = Openers.EDGE_COMMAS.matcher(subject).replaceAll("");
    return Optional.of(
        new TitleParts(
            kindOf(kind),
            dates.isEmpty() ? null : dates.get(0).text(),
            dates.isEmpty() ? Optional.empty() : Optional.of(dates.get(0).date()),
            subject,
            procedure));
  }

  /**
   * Where kind word {@code w} stands in {@code text} whatever its case, found in {@code upper} (the
   * text in capitals without accents), or -1. Accents may differ only where the word is written in
   * capitals, as in a heading: "decyzją" in a line of lower case is not "DECYZJA".
   */
  private static int capitalsAt(String text, String upper, String capitals, String word) {
    for (int at = upper.indexOf(capitals); at >= 0; at = upper.indexOf(capitals, at + 1)) {
      if (text.regionMatches(true, at, word, 0, word.length())
          || noLowerCase(text, at, at + capitals.length())) {
        return at;
      }
    }
    return -1;
  }

  private static boolean noLowerCase(String text, int from, int to) {
    for (int i = from; i < to; i++) {
      if (Character.isLowerCase(text.charAt(i))) {
        return false;
      }
    }
    return true;
  }

  /** The text with its accents and other combining marks removed: "RÉSOLUTION" as "RESOLUTION". */
  /**
   * {@code text} in capitals letter for letter, so that its length stays: "ß" has no capital of its
   * own and stays, as "ENTSCHLIEßUNG" prints it.
   */
  private static String capitals(String text) {
    char[] chars = text.toCharArray();
    for (int i = 0; i < chars.length; i++) {
      chars[i] = Character.toUpperCase(chars[i]);
    }
    return new String(chars);
  }

  private static String withoutAccents(String text) {
    String decomposed = Normalizer.normalize(text, Normalizer.Form.NFD);
    StringBuilder plain = new StringBuilder(text.length());
    for (int i = 0; i < decomposed.length(); i++) {
      char c = decomposed.charAt(i);
      if (Character.getType(c) != Character.NON_SPACING_MARK) {
        plain.append(c);
      }
    }
    return plain.toString();
  }

  /** Reads the first date in {@code text}; empty when there is none or it is not a real date. */
  default Optional<LocalDate> readDate(String text) {
    List<DateRef> dates = findDates(text);
    return dates.isEmpty() ? Optional.empty() : Optional.of(dates.get(0).date());
  }

  /**
   * Every date written in {@code text}. For many texts, use one {@link #dateFinder()}: it keeps its
   * matchers from one text to the next.
   */
  default List<DateRef> findDates(String text) {
    return dateFinder().find(text);
  }

  /** A finder of this language's dates; not thread-safe, so one per parse. */
  default DateFinder dateFinder() {
    return new DateFinder(compiledDatePatterns(), monthNumbers());
  }

  /**
   * Whether a line holds one of the kind words: a cheap test that spares most lines, and most
   * profiles during detection, the title pattern (and its compilation).
   */
  default boolean mentionsKind(String line) {
    for (String word : kindWords()) {
      if (line.contains(word)) {
        return true;
      }
    }
    return false;
  }

  private DocumentKind kindOf(String word) {
    if (word == null) {
      return null;
    }
    if (legislativeResolutionWords().contains(word)) {
      return DocumentKind.LEGISLATIVE_RESOLUTION;
    }
    return decisionWords().contains(word) ? DocumentKind.DECISION : DocumentKind.RESOLUTION;
  }

  /** Every kind word, longest first. */
  @Value.Lazy
  default List<String> kindWords() {
    List<String> kinds = new ArrayList<>(resolutionWords());
    kinds.addAll(legislativeResolutionWords());
    kinds.addAll(decisionWords());
    // Longest first, by insertion sort: no comparator lambda on the first parse's path.
    for (int i = 1; i < kinds.size(); i++) {
      String kind = kinds.get(i);
      int j = i - 1;
      while (j >= 0 && kinds.get(j).length() < kind.length()) {
        kinds.set(j + 1, kinds.get(j));
        j--;
      }
      kinds.set(j + 1, kind);
    }
    return List.copyOf(kinds);
  }

  /** {@link #kindWords()} in capitals without accents, as section headings write them. */
  @Value.Lazy
  default List<String> kindWordsInCapitals() {
    List<String> capitals = new ArrayList<>();
    for (String word : kindWords()) {
      capitals.add(withoutAccents(capitals(word)));
    }
    return List.copyOf(capitals);
  }

  /** The title pattern with its placeholders filled in. */
  @Value.Lazy
  default Pattern compiledTitlePattern() {
    List<String> quoted = new ArrayList<>();
    for (String kind : kindWords()) {
      quoted.add(Pattern.quote(kind));
    }
    List<String> dates = new ArrayList<>();
    for (String date : datePatterns()) {
      dates.add("(?:" + Openers.unnamedGroups(date) + ")");
    }
    return Pattern.compile(
        titlePattern()
            .replace("{kind}", "(?<kind>" + String.join("|", quoted) + ")")
            .replace("{date}", "(?<date>" + String.join("|", dates) + ")")
            .replace("{procedure}", Openers.TITLE_PROCEDURE));
  }

  @Value.Lazy
  default List<Pattern> compiledDatePatterns() {
    List<Pattern> patterns = new ArrayList<>();
    for (String date : datePatterns()) {
      patterns.add(Pattern.compile(date));
    }
    return patterns;
  }

  /** Month names, as listed and in lower case, to month numbers. */
  @Value.Lazy
  default Map<String, Integer> monthNumbers() {
    Map<String, Integer> numbers = new HashMap<>();
    for (int i = 0; i < 12; i++) {
      for (String form : months().get(i)) {
        numbers.put(form, i + 1);
        numbers.put(form.toLowerCase(Locale.ROOT), i + 1);
      }
    }
    return Map.copyOf(numbers);
  }

  /** The date patterns as one alternation without named groups, to embed in other patterns. */
  @Value.Lazy
  default String anyDate() {
    List<String> dates = new ArrayList<>();
    for (String date : datePatterns()) {
      dates.add("(?:" + Openers.unnamedGroups(date) + ")");
    }
    return String.join("|", dates);
  }

  /** The verb phrases of {@link #actionPhrases()}, longest first, with their actions. */
  @Value.Lazy
  default List<Map.Entry<String, Action>> verbPhrases() {
    List<Map.Entry<String, Action>> phrases = new ArrayList<>();
    for (Map.Entry<Action, List<String>> entry : actionPhrases().entrySet()) {
      for (String phrase : entry.getValue()) {
        phrases.add(Map.entry(phrase, entry.getKey()));
      }
    }
    return longestFirst(phrases);
  }

  /**
   * What a legislative resolution's paragraph 1 decides, by the outcome phrase its {@code text}
   * starts with (whatever the case and spacing); empty when it starts with none.
   */
  default Optional<LegislativeOutcome> outcomeOf(String text) {
    List<Map.Entry<String, LegislativeOutcome>> starts = outcomeStarts();
    if (starts.isEmpty()) {
      return Optional.empty();
    }
    String folded = foldForOutcome(text, starts.get(0).getKey().length());
    for (Map.Entry<String, LegislativeOutcome> start : starts) {
      if (folded.startsWith(start.getKey())) {
        return Optional.of(start.getValue());
      }
    }
    return Optional.empty();
  }

  /** {@link #outcomePhrases()} folded as {@link #outcomeOf} compares them, longest first. */
  @Value.Lazy
  default List<Map.Entry<String, LegislativeOutcome>> outcomeStarts() {
    List<Map.Entry<String, LegislativeOutcome>> starts = new ArrayList<>();
    for (Map.Entry<LegislativeOutcome, List<String>> entry : outcomePhrases().entrySet()) {
      for (String phrase : entry.getValue()) {
        starts.add(Map.entry(foldForOutcome(phrase, Integer.MAX_VALUE), entry.getKey()));
      }
    }
    return longestFirst(starts);
  }

  /**
   * {@code entries}, longest key first, by insertion sort: no comparator lambda on the first
   * parse's path.
   */
  private static <T> List<Map.Entry<String, T>> longestFirst(List<Map.Entry<String, T>> entries) {
    for (int i = 1; i < entries.size(); i++) {
      Map.Entry<String, T> entry = entries.get(i);
      int j = i - 1;
      while (j >= 0 && entries.get(j).getKey().length() < entry.getKey().length()) {
        entries.set(j + 1, entries.get(j));
        j--;
      }
      entries.set(j + 1, entry);
    }
    return List.copyOf(entries);
  }

  /**
   * At most the first {@code max} characters of {@code text} as outcome phrases are compared:
   * leading white space dropped, every run of it one space, letters in lower case, the typographic
   * apostrophe as ', Romanian s and t with cedilla as with comma below (older texts use either).
   */
  private static String foldForOutcome(String text, int max) {
    StringBuilder folded = new StringBuilder(Math.min(text.length(), max));
    boolean space = false;
    for (int i = 0; i < text.length() && folded.length() < max; i++) {
      char c = text.charAt(i);
      if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
        space = folded.length() > 0;
        continue;
      }
      if (space) {
        folded.append(' ');
        space = false;
      }
      c = Character.toLowerCase(c);
      folded.append(
          switch (c) {
            case '\u2019' -> '\'';
            case '\u015F' -> '\u0219';
            case '\u0163' -> '\u021B';
            default -> c;
          });
    }
    return folded.toString();
  }

  /** {@link #verbPhrases()} by their first two letters, built once per profile. */
  @Value.Lazy
  default PhraseIndex verbPhraseIndex() {
    return new PhraseIndex(verbPhrases());
  }

  @Value.Lazy
  default Optional<Pattern> compiledOnBehalfOf() {
    return onBehalfOf().isPresent()
        ? Optional.of(Pattern.compile(onBehalfOf().get()))
        : Optional.empty();
  }

  @Value.Lazy
  default Optional<Pattern> compiledAddresseeEnd() {
    return addresseeEnd().isPresent()
        ? Optional.of(Pattern.compile(addresseeEnd().get()))
        : Optional.empty();
  }

  @Value.Lazy
  default Optional<Pattern> compiledRulesPattern() {
    return rulesPattern().isPresent()
        ? Optional.of(Pattern.compile(rulesPattern().get()))
        : Optional.empty();
  }

  @Value.Lazy
  default Optional<Pattern> compiledRulePattern() {
    return rulePattern().isPresent()
        ? Optional.of(Pattern.compile(rulePattern().get()))
        : Optional.empty();
  }

  @Value.Lazy
  default Optional<Pattern> compiledResolutionReference() {
    if (resolutionReference().isEmpty()) {
      return Optional.empty();
    }
    String date = "(?<date>" + anyDate() + ")";
    return Optional.of(Pattern.compile(resolutionReference().get().replace("{date}", date)));
  }

  /** The voting-list label of a block kind, {@code {n}} filled in; English where none is given. */
  default String voteLabel(String kind, String n) {
    String pattern = voteLabels().get(kind);
    return (pattern != null ? pattern : ENGLISH_VOTE_LABELS.get(kind)).replace("{n}", n);
  }

  /** The English voting-list labels. */
  Map<String, String> ENGLISH_VOTE_LABELS =
      Map.of(
          "citation", "Citation {n}",
          "recital", "Recital {n}",
          "paragraph", "§ {n}",
          "point", "{parent}, point {n}");

  static Builder builder() {
    return new Builder();
  }

  final class Builder extends ImmutableLanguageProfile.Builder {}

  /** The parts of a title line as written, with the kind and date read from them. */
  record TitleParts(
      DocumentKind kind,
      String dateText,
      Optional<LocalDate> date,
      String subject,
      String procedure) {}
}
