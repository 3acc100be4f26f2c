package io.github.epres.internal.semantics;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.epres.ResolutionParser;
import io.github.epres.lang.LanguageProfile;
import io.github.epres.lang.LanguageProfiles;
import io.github.epres.model.Paragraph;
import io.github.epres.model.Resolution;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * {@link AddresseeEnd#find} finds where the profile's pattern first matches in a part of a text cut
 * out, whether it looks by hand or by the pattern: on random texts of the pattern's own words and
 * of characters that {@code \s}, {@code \p{L}} and {@code \b} decide about, and on every paragraph
 * of the fixtures and the real pages, from each word on.
 */
class AddresseeEndTest {
  private static final int MAX_ADDRESSEE = 250;

  /** Spaces \s is not, a combining accent, a letter outside the BMP, a lone surrogate. */
  private static final List<String> TRICKY =
      List.of("\t", "\u000B", "\r\n", "\u00A0", "\u2009", "\u0301", "\uD835\uDC00", "\uD835", "_");

  private static final List<String> PIECES =
      List.of(" ", ", ", ". ", "; ", ": ", "·", "1", "2021", "x", "a", "t", "ti", "ties", "maan");

  private static final List<String> HARD =
      List.of(
          " auf\u0301 x",
          " auf_ x",
          " auf1 x",
          " aufé x",
          " auf\u00A0x",
          " dazu\uD835\uDC00",
          " ab\uD835\uDC00t x",
          " a\uD835\uDC00 t,",
          " \uD835\uDC00t.",
          " abt\uD835\uDC00 ",
          " ab\uD835t ",
          " nodrošināt, ",
          " atbrīvoties;",
          " t ti ties",
          " at\tab\u000Bmaan.",
          " ab mään\r",
          " eti:",
          " d'x à d’",
          "\tto\u000Bthat",
          " in order to be",
          " not to",
          " да·να",
          " op aan ");

  private static final List<String> PARAGRAPHS = new ArrayList<>();

  @BeforeAll
  static void readParagraphs() throws IOException {
    ResolutionParser parser = ResolutionParser.builder().build();
    List<Resolution> read = new ArrayList<>();
    for (String dir : List.of("src/test/resources/languages", "src/test/resources/realworld")) {
      try (Stream<Path> files = Files.list(Path.of(dir))) {
        for (Path file : files.filter(f -> f.toString().endsWith(".txt")).sorted().toList()) {
          read.add(parser.parse(file));
        }
      }
    }
    read.add(parser.parse(Path.of("seeds/TA-9-2021-0056_LV.txt")));
    // The real pages when ../shared is there; the fixtures suffice without them.
    for (String page : List.of("B-9-2020-0220_EN.html", "RC-10-2025-0249_EN.html")) {
      Path file = Path.of("../shared/corpus/en", page);
      if (Files.exists(file)) {
        read.add(parser.parseHtml(Files.readString(file)));
      }
    }
    for (Resolution resolution : read) {
      for (Paragraph paragraph : resolution.paragraphs()) {
        PARAGRAPHS.add(paragraph.text());
      }
    }
  }

  static Stream<Arguments> profiles() {
    return LanguageProfiles.builtIn().stream()
        .filter(p -> p.compiledAddresseeEnd().isPresent())
        .map(p -> Arguments.of(p.code(), p.compiledAddresseeEnd().get()));
  }

  @Test
  void looksByHandForEveryPatternButThoseOfOtherShapes() {
    List<String> byPattern = new ArrayList<>();
    for (LanguageProfile profile : LanguageProfiles.builtIn()) {
      if (profile.compiledAddresseeEnd().isPresent()
          && !AddresseeEnd.of(profile.compiledAddresseeEnd().get()).byHand()) {
        byPattern.add(profile.code());
      }
    }
    // Maltese has a word of any letters after "j", Polish a look-ahead after "do".
    assertThat(byPattern).containsExactly("mt", "pl");
  }

  @Test
  void readsEachShapeOfTheLatvianPattern() {
    List<AddresseeEnd.Shape> shapes =
        AddresseeEndShapes.read(
            "\\s\\p{L}+?t(?:ies)?(?=[\\s,;.])|\\s(?:jēgpilni|arī)\\s|\\s(?:à|d')\\s?"
                + "|\\s(?:auf)\\b|[,;:.]");
    assertThat(shapes).hasSize(5);
    AddresseeEnd.Ending ending = (AddresseeEnd.Ending) shapes.get(0);
    assertThat(ending.endings()).containsExactly("ties", "t");
    assertThat(ending.after().chars()).isEqualTo(",;.");
    assertThat(ending.after().space()).isTrue();
    assertThat(shapes.get(1))
        .isEqualTo(new AddresseeEnd.Words(List.of("jēgpilni", "arī"), AddresseeEnd.After.SPACE));
    assertThat(((AddresseeEnd.Words) shapes.get(2)).after())
        .isEqualTo(AddresseeEnd.After.OPTIONAL_SPACE);
    assertThat(((AddresseeEnd.Words) shapes.get(3)).after()).isEqualTo(AddresseeEnd.After.BOUNDARY);
    assertThat(((AddresseeEnd.Chars) shapes.get(4)).chars()).isEqualTo(",;:.");
  }

  @Test
  void leavesToThePatternWhatItCannotReadForSure() {
    for (String pattern :
        List.of(
            "(?i)\\s(?:to)\\s|[,;:.]",
            "\\s(?:to)\\s+|[,;:.]",
            "\\s(?:j\\p{L}+)\\s|[,;:.]",
            "\\sdo\\s(?=\\p{L}+nia)|[,;:.]",
            "[^,;:.]",
            "[a-z]",
            "\\s\\p{L}+t(?=[\\s,;.])",
            "\\s\\p{L}+?t(?=[\\s,a])",
            "\\s\\p{L}+?t\\.(?=[\\s,;])",
            "\\s(?:d')\\b",
            "\\s(?:to)(?=\\s)")) {
      assertThat(AddresseeEndShapes.read(pattern)).as(pattern).isEmpty();
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("profiles")
  void findsWhatThePatternFindsInRandomTexts(String code, Pattern pattern) {
    Random random = new Random(code.hashCode());
    AddresseeEnd end = AddresseeEnd.of(pattern);
    List<String> pieces = pieces(pattern);
    for (int round = 0; round < 3000; round++) {
      StringBuilder text = new StringBuilder();
      for (int i = random.nextInt(16); i >= 0; i--) {
        text.append(pieces.get(random.nextInt(pieces.size())));
      }
      String s = text.toString();
      int from = random.nextInt(s.length() + 1);
      int limit = from + random.nextInt(s.length() - from + 1);
      assertThat(end.find(s, from, limit))
          .as("%s in [%s]", pattern, s.substring(from, limit))
          .isEqualTo(plain(pattern, s, from, limit));
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("profiles")
  void findsWhatThePatternFindsInRealParagraphs(String code, Pattern pattern) {
    // The fixtures alone hold 134 paragraphs, the real pages about 60 more.
    assertThat(PARAGRAPHS).hasSizeGreaterThan(120);
    AddresseeEnd end = AddresseeEnd.of(pattern);
    int found = 0;
    for (String text : PARAGRAPHS) {
      // From the start, and from each space and the word after it: an addressee is looked for
      // after a verb, with or without the space between.
      List<Integer> starts = new ArrayList<>(List.of(0));
      for (int space = text.indexOf(' '); space >= 0; space = text.indexOf(' ', space + 1)) {
        starts.add(space);
        starts.add(space + 1);
      }
      for (int from : starts) {
        int limit = Math.min(text.length(), from + MAX_ADDRESSEE);
        int expected = plain(pattern, text, from, limit);
        assertThat(end.find(text, from, limit)).as("%s in [%s]", pattern, text).isEqualTo(expected);
        found += expected < limit ? 1 : 0;
      }
    }
    assertThat(found).isGreaterThan(1000);
  }

  /**
   * Texts where a combining accent, a letter of two chars, a space that is not {@code \s} or a
   * word's character decides, each from and to every place in it.
   */
  @ParameterizedTest(name = "{0}")
  @MethodSource("profiles")
  void decidesTheHardCharactersAsThePatternDoes(String code, Pattern pattern) {
    AddresseeEnd end = AddresseeEnd.of(pattern);
    for (String text : HARD) {
      for (int from = 0; from <= text.length(); from++) {
        for (int limit = from; limit <= text.length(); limit++) {
          assertThat(end.find(text, from, limit))
              .as("%s in [%s] from %d to %d", pattern, text, from, limit)
              .isEqualTo(plain(pattern, text, from, limit));
        }
      }
    }
  }

  /** What {@link Matcher#find()} finds in the part cut out: where it starts, or the limit. */
  private static int plain(Pattern pattern, String text, int from, int limit) {
    Matcher m = pattern.matcher(text.substring(from, limit));
    return m.find() ? from + m.start() : limit;
  }

  /** The pattern's words, with a space before and after, and the tricky characters. */
  private static List<String> pieces(Pattern pattern) {
    List<String> pieces = new ArrayList<>(PIECES);
    pieces.addAll(TRICKY);
    TreeSet<String> words = new TreeSet<>();
    for (String word : pattern.pattern().split("[^\\p{L}'’]+")) {
      if (!word.isEmpty()) {
        words.add(word);
      }
    }
    for (String word : words) {
      pieces.add(word);
      pieces.add(" " + word + " ");
      pieces.add("ab" + word);
    }
    return pieces;
  }
}
