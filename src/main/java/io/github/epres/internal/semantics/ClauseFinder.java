package io.github.epres.internal.semantics;

import io.github.epres.lang.LanguageProfile;
import io.github.epres.lang.PhraseIndex;
import io.github.epres.model.Action;
import io.github.epres.model.Addressee;
import io.github.epres.model.Clause;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Splits a paragraph into operative clauses and a recital into its "whereas" clauses. A paragraph's
 * clause starts at the beginning of the text and wherever one of the profile's verb phrases follows
 * a semicolon or a joining word ("; calls on", ", and urges", "un mudina"); its action is the
 * phrase's, or {@link Action#UNKNOWN} for a first phrase the profile does not know. Only the first
 * clause may be UNKNOWN: elsewhere an unknown word after "and" is just text.
 */
public final class ClauseFinder {
  /**
   * Verbs that name whom they address right after them: "calls on the Commission to …". Not
   * INSTRUCTS: it always addresses the President, and what follows it is the forwarding.
   */
  private static final Set<Action> ADDRESSING =
      EnumSet.of(Action.CALLS_ON, Action.URGES, Action.ENCOURAGES, Action.RECOMMENDS);

  private static final int MAX_ADDRESSEE = 250;

  private final LanguageProfile profile;

  /** The joining words with a space on each side: " un ", " and ". */
  private final String[] joiners;

  /** Where an addressee ends, or null. */
  private final AddresseeEnd addresseeEnd;

  /** The profile's addressee words, in its order, and the kind each names. */
  private final String[] addresseeWords;

  private final Addressee.Kind[] addresseeKinds;

  private final PhraseIndex verbs;

  // The clause starts of the block being read, and where one may start, reused from block to block.
  private int[] candidates = new int[8];
  private int[] starts = new int[8];
  private String[] phrases = new String[8];
  private Action[] actions = new Action[8];

  public ClauseFinder(LanguageProfile profile) {
    this.profile = profile;
    this.addresseeEnd =
        profile.compiledAddresseeEnd().isPresent()
            ? AddresseeEnd.of(profile.compiledAddresseeEnd().get())
            : null;
    // Plain loops here and below: each lambda costs a class bootstrap on the first parse.
    this.joiners = new String[profile.clauseJoiners().size()];
    for (int i = 0; i < joiners.length; i++) {
      joiners[i] = " " + profile.clauseJoiners().get(i) + " ";
    }
    List<String> words = new ArrayList<>();
    List<Addressee.Kind> kinds = new ArrayList<>();
    for (Map.Entry<Addressee.Kind, List<String>> entry : profile.addresseeWords().entrySet()) {
      for (String word : entry.getValue()) {
        words.add(word);
        kinds.add(entry.getKey());
      }
    }
    this.addresseeWords = words.toArray(new String[0]);
    this.addresseeKinds = kinds.toArray(new Addressee.Kind[0]);
    this.verbs = profile.verbPhraseIndex();
  }

  public List<Clause> paragraph(String text) {
    int first = skipSpaces(text, 0);
    Map.Entry<String, Action> verb = verbAt(text, first);
    int count =
        verb == null
            ? addStart(0, first, firstWord(text, first), Action.UNKNOWN)
            : addStart(0, first, phrase(text, first, verb), verb.getValue());
    int after = first + 1;
    int possible = possibleStarts(text, after);
    for (int p = 0; p < possible; p++) {
      int start = candidates[p];
      Map.Entry<String, Action> next = start >= after ? verbAt(text, start) : null;
      if (next != null) {
        count = addStart(count, start, phrase(text, start, next), next.getValue());
        after = start + next.getKey().length();
      }
    }
    List<Clause> clauses = new ArrayList<>(count);
    for (int c = 0; c < count; c++) {
      int start = starts[c];
      int end = c + 1 < count ? starts[c + 1] : text.length();
      clauses.add(clause(actions[c], phrases[c], start, trimEnd(text, start, end), text));
    }
    return clauses;
  }

  /** Records the clause start at index {@code count}; returns the new count. */
  private int addStart(int count, int start, String phrase, Action action) {
    if (count == starts.length) {
      starts = java.util.Arrays.copyOf(starts, starts.length * 2);
      phrases = java.util.Arrays.copyOf(phrases, phrases.length * 2);
      actions = java.util.Arrays.copyOf(actions, actions.length * 2);
    }
    starts[count] = start;
    phrases[count] = phrase;
    actions[count] = action;
    return count + 1;
  }

  /** The verb phrase as written, without a copy where the profile has it so (see PhraseIndex). */
  private String phrase(String text, int start, Map.Entry<String, Action> verb) {
    return verbs.asWritten(text, start, verb.getKey());
  }

  /** A recital's clauses: one per opener at the start or after a semicolon. */
  public List<Clause> recital(String text, String opener) {
    int first = skipSpaces(text, 0);
    int count =
        opener != null
            ? addStart(0, first, opener, Action.WHEREAS)
            : addStart(0, first, firstWord(text, first), Action.UNKNOWN);
    for (int i = text.indexOf(';'); i >= 0; i = text.indexOf(';', i + 1)) {
      int start = skipSpaces(text, i + 1);
      Optional<String> next = profile.recitalOpener(text, start);
      if (next.isPresent()) {
        count = addStart(count, start, next.get(), Action.WHEREAS);
      }
    }
    List<Clause> clauses = new ArrayList<>(count);
    for (int c = 0; c < count; c++) {
      int start = starts[c];
      int end = c + 1 < count ? starts[c + 1] : text.length();
      clauses.add(
          Clause.builder()
              .action(actions[c])
              .phrase(phrases[c])
              .offset(start)
              .length(trimEnd(text, start, end) - start)
              .build());
    }
    return clauses;
  }

  private Clause clause(Action action, String phrase, int start, int end, String text) {
    Clause.Builder clause =
        Clause.builder().action(action).phrase(phrase).offset(start).length(end - start);
    if (ADDRESSING.contains(action)) {
      // An addressee is a few words: no need to look further than this for where it ends.
      int from = start + phrase.length();
      clause.addressee(addressee(text, from, Math.min(end, from + MAX_ADDRESSEE)));
    }
    return clause.build();
  }

  /**
   * The noun phrase right after an addressing verb, up to where the profile says it ends ("to" in
   * English, an infinitive in Latvian); only when it names a known kind or starts with a capital,
   * so that "calls for the release" has no addressee.
   */
  private Optional<Addressee> addressee(String text, int from, int limit) {
    if (addresseeEnd == null) {
      return Optional.empty();
    }
    int to = addresseeEnd.find(text, from, limit);
    // Stripped before it is cut out: one copy, not two.
    int start = skipSpaces(text, from);
    to = trimEnd(text, start, to);
    if (start >= to) {
      return Optional.empty();
    }
    String phrase = text.substring(start, to);
    // The kind named first wins; of words found at one place, the longest ("Komisijas
    // priekšsēdētājas vietnieku" is the VP/HR, not the Commission).
    Addressee.Kind kind = null;
    int at = Integer.MAX_VALUE;
    int length = 0;
    for (int w = 0; w < addresseeWords.length; w++) {
      String word = addresseeWords[w];
      int index = phrase.indexOf(word);
      if (index >= 0 && (index < at || (index == at && word.length() > length))) {
        at = index;
        length = word.length();
        kind = addresseeKinds[w];
      }
    }
    if (kind == null && !namesSomeone(phrase)) {
      return Optional.empty();
    }
    return Optional.of(Addressee.of(phrase, kind == null ? Addressee.Kind.OTHER : kind));
  }

  /**
   * Whether a noun phrase starts with a capital, after a short article ("the EU", "Russia"): a name
   * rather than "the release of …".
   */
  private static boolean namesSomeone(String phrase) {
    int space = phrase.indexOf(' ');
    String first = phrase;
    if (space > 0 && space <= 3 && Character.isLowerCase(phrase.charAt(0))) {
      first = phrase.substring(space + 1);
    }
    return !first.isEmpty() && Character.isUpperCase(first.codePointAt(0));
  }

  /**
   * Where a clause may start, in order, into {@link #candidates}; returns how many: after a
   * semicolon, and after a joining word with a space on each side. Found with {@code indexOf},
   * which is far quicker than looking at every character.
   */
  private int possibleStarts(String text, int from) {
    int n = 0;
    for (int i = text.indexOf(';', from); i >= 0; i = text.indexOf(';', i + 1)) {
      n = addCandidate(n, skipSpaces(text, i + 1));
    }
    for (String joiner : joiners) {
      for (int i = text.indexOf(joiner, from); i >= 0; i = text.indexOf(joiner, i + 1)) {
        n = addCandidate(n, skipSpaces(text, i + joiner.length()));
      }
    }
    java.util.Arrays.sort(candidates, 0, n);
    return n;
  }

  private int addCandidate(int index, int start) {
    if (index == candidates.length) {
      candidates = java.util.Arrays.copyOf(candidates, index * 2);
    }
    candidates[index] = start;
    return index + 1;
  }

  /** The longest verb phrase at {@code at} that ends at a word boundary; case is ignored. */
  private Map.Entry<String, Action> verbAt(String text, int at) {
    if (at + 1 >= text.length()) {
      return null;
    }
    List<Map.Entry<String, Action>> candidates = verbs.at(text, at);
    for (int c = 0; c < candidates.size(); c++) {
      Map.Entry<String, Action> phrase = candidates.get(c);
      String p = phrase.getKey();
      int end = at + p.length();
      if (end <= text.length()
          && text.regionMatches(true, at, p, 0, p.length())
          && (end == text.length() || !Character.isLetterOrDigit(text.charAt(end)))) {
        return phrase;
      }
    }
    return null;
  }

  private static String firstWord(String text, int from) {
    int end = from;
    while (end < text.length() && !Character.isWhitespace(text.charAt(end))) {
      end++;
    }
    return text.substring(from, end);
  }

  private static int skipSpaces(String text, int from) {
    int i = from;
    while (i < text.length() && Character.isWhitespace(text.charAt(i))) {
      i++;
    }
    return i;
  }

  /** A clause ends before the white space that separates it from the next. */
  private static int trimEnd(String text, int start, int end) {
    int e = end;
    while (e > start && Character.isWhitespace(text.charAt(e - 1))) {
      e--;
    }
    return e;
  }
}
