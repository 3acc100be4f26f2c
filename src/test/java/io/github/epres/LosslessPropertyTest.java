package io.github.epres;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import io.github.epres.json.ResolutionJson;
import io.github.epres.model.Node;
import io.github.epres.model.Resolution;
import io.github.epres.text.TextRenderer;
import java.time.Duration;
import java.util.Random;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Properties over generated documents (a seeded generator, so failures repeat): lenient parsing
 * never throws; strict parsing throws nothing but {@link ResolutionParseException}; spans tile the
 * input; rendering gives the input back; JSON round-trips; parsing is idempotent.
 */
class LosslessPropertyTest {
  private static final int CASES = 1500;
  private static final ResolutionParser LENIENT = ResolutionParser.builder().build();
  private static final ResolutionParser STRICT = ResolutionParser.builder().strict(true).build();

  static Stream<Long> seeds() {
    return IntStream.range(0, CASES).mapToObj(i -> 0x5EED_0000L + i);
  }

  @ParameterizedTest
  @MethodSource("seeds")
  void lenientParsingIsLosslessAndIdempotent(long seed) {
    String input = GeneratedDocuments.generate(new Random(seed));
    Resolution resolution =
        org.junit.jupiter.api.Assertions.assertTimeoutPreemptively(
            Duration.ofSeconds(5), () -> LENIENT.parse(input));

    assertSpansTile(resolution, input);
    assertThat(TextRenderer.render(resolution)).isEqualTo(input);
    assertThat(ResolutionJson.read(ResolutionJson.write(resolution))).isEqualTo(resolution);
    assertThat(LENIENT.parse(TextRenderer.render(resolution))).isEqualTo(resolution);
  }

  @ParameterizedTest
  @MethodSource("seeds")
  void strictParsingThrowsOnlyTheDocumentedException(long seed) {
    String input = GeneratedDocuments.generate(new Random(seed));
    assertThatCode(
            () -> {
              try {
                STRICT.parse(input);
              } catch (ResolutionParseException expected) {
                assertThat(expected.getMessage()).matches("line \\d+:\\d+: .+");
              }
            })
        .doesNotThrowAnyException();
  }

  private static void assertSpansTile(Resolution resolution, String input) {
    int bom = resolution.byteOrderMark() ? 1 : 0;
    int offset = 0;
    for (Node node : resolution.nodes()) {
      assertThat(node.span().offset()).as("node starts where the previous ended").isEqualTo(offset);
      assertThat(input.substring(bom + offset, bom + node.span().end())).isEqualTo(node.source());
      offset = node.span().end();
    }
    assertThat(bom + offset).as("nodes cover the whole input").isEqualTo(input.length());
  }
}
