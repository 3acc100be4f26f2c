package io.github.epres.internal.semantics;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.epres.lang.LanguageProfile;
import io.github.epres.lang.LanguageProfiles;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * {@link StartChars#find} finds what {@link Matcher#find()} finds, for every pattern it serves and
 * for patterns that look behind or test word boundaries, on texts made of the words the patterns
 * expect (so that both a character and the one after it decide where a match can start).
 */
class StartCharsTest {
  static Stream<Arguments> patterns() {
    List<Arguments> cases = new ArrayList<>();
    for (LanguageProfile profile : LanguageProfiles.builtIn()) {
      profile
          .compiledAddresseeEnd()
          .ifPresent(p -> cases.add(Arguments.of(profile.code() + " addressee end", p)));
      profile
          .compiledResolutionReference()
          .ifPresent(p -> cases.add(Arguments.of(profile.code() + " resolution", p)));
    }
    cases.add(Arguments.of("EP document numbers", ReferenceFinder.EP_DOCUMENT));
    cases.add(Arguments.of("boundaries", Pattern.compile("\\bde\\b|\\sa\\b")));
    cases.add(Arguments.of("look-behind", Pattern.compile("(?<=\\s)de\\b")));
    cases.add(Arguments.of("non-boundary", Pattern.compile("\\Bde")));
    cases.add(Arguments.of("empty match", Pattern.compile("x*")));
    return cases.stream();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("patterns")
  void findsWhatFindFinds(String name, Pattern pattern) {
    Random random = new Random(name.hashCode());
    StartChars starts = StartChars.of(pattern);
    String[] pieces = pieces(pattern);
    for (int round = 0; round < 300; round++) {
      String s = randomText(random, pieces, 12);
      assertThat(matches(starts, s)).as("%s in %s", pattern, s).isEqualTo(plainMatches(pattern, s));
    }
  }

  static Stream<Arguments> addresseeEnds() {
    return patterns().filter(a -> ((String) a.get()[0]).endsWith("addressee end"));
  }

  /**
   * {@link StartChars#findWithin} on a part of a text finds what {@link Matcher#find()} finds on
   * that part cut out, for every addressee end (what it serves: looked for within a clause).
   */
  @ParameterizedTest(name = "{0}")
  @MethodSource("addresseeEnds")
  void findsWithinAPartWhatFindFindsInItCutOut(String name, Pattern pattern) {
    Random random = new Random(name.hashCode() + 1);
    StartChars starts = StartChars.of(pattern);
    String[] pieces = pieces(pattern);
    for (int round = 0; round < 300; round++) {
      String s = randomText(random, pieces, 14);
      int from = random.nextInt(s.length() + 1);
      int limit = from + random.nextInt(s.length() - from + 1);
      Matcher within = pattern.matcher(s);
      boolean found = starts.findWithin(within, s, from, limit);
      Matcher cut = pattern.matcher(s.substring(from, limit));
      boolean plain = cut.find();
      assertThat(found).as("%s in [%s]", pattern, s.substring(from, limit)).isEqualTo(plain);
      if (found) {
        assertThat(within.start() - from).isEqualTo(cut.start());
        assertThat(within.end() - from).isEqualTo(cut.end());
      }
    }
  }

  /** One to {@code bound} pieces, drawn at random. */
  private static String randomText(Random random, String[] pieces, int bound) {
    StringBuilder text = new StringBuilder();
    for (int i = random.nextInt(bound); i >= 0; i--) {
      text.append(pieces[random.nextInt(pieces.length)]);
    }
    return text.toString();
  }

  /** Words of the pattern itself, dates, digits, spaces and punctuation. */
  private static String[] pieces(Pattern pattern) {
    List<String> pieces = new ArrayList<>(List.of(" ", ", ", ". ", "; ", "1", "21", "2021", "x"));
    pieces.addAll(List.of("-", "\u2011", "/", "_", "(", ")", "0056", "9", "a", "de "));
    pieces.addAll(List.of("11 February 2021", "2021. gada 11. februāra", "11. Februar 2021", "de"));
    for (String word : pattern.pattern().split("[^\\p{L}']+")) {
      if (!word.isEmpty()) {
        pieces.add(word);
        pieces.add(" " + word + " ");
      }
    }
    return pieces.toArray(new String[0]);
  }

  private static List<String> matches(StartChars starts, String text) {
    List<String> found = new ArrayList<>();
    Matcher m = starts.matcher(text);
    for (int from = 0; from <= text.length() && starts.find(m, text, from); ) {
      found.add(m.start() + ":" + m.group());
      from = Math.max(m.end(), m.start() + 1);
    }
    return found;
  }

  private static List<String> plainMatches(Pattern pattern, String text) {
    List<String> found = new ArrayList<>();
    Matcher m = pattern.matcher(text);
    while (m.find()) {
      found.add(m.start() + ":" + m.group());
      if (m.end() == m.start() && m.end() >= text.length()) {
        break;
      }
    }
    return found;
  }
}
