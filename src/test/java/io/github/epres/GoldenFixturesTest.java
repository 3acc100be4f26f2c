package io.github.epres;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.epres.json.ResolutionJson;
import io.github.epres.model.Resolution;
import io.github.epres.text.TextRenderer;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every {@code name.txt} under {@code src/test/resources/golden} and {@code …/languages} (and the
 * bundled reference document) parses, leniently, to the JSON in {@code name.json} beside it, and
 * renders back to itself. After a deliberate change of output, regenerate the JSON with {@code mvn
 * test -Dtest=GoldenFixturesTest -Depres.updateGolden=true} and review the diff.
 */
class GoldenFixturesTest {
  private static final Path GOLDEN = Path.of("src", "test", "resources", "golden");
  private static final boolean UPDATE = Boolean.getBoolean("epres.updateGolden");
  private static final ResolutionParser PARSER = ResolutionParser.builder().build();

  private static final Path LANGUAGES = LanguageFixtures.DIR;

  static Stream<Path> fixtures() throws IOException {
    return Stream.of(texts(GOLDEN), texts(LANGUAGES), List.of(Seeds.REFERENCE))
        .flatMap(List::stream);
  }

  private static List<Path> texts(Path dir) throws IOException {
    try (Stream<Path> files = Files.list(dir)) {
      return files.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("fixtures")
  void parsesToTheGoldenJson(Path txt) throws IOException {
    String input = Files.readString(txt, StandardCharsets.UTF_8);
    Resolution resolution = PARSER.parse(input);
    String json = ResolutionJson.write(resolution) + "\n";
    Path dir = txt.startsWith(LANGUAGES) ? LANGUAGES : GOLDEN;
    Path golden = dir.resolve(txt.getFileName().toString().replaceAll("\\.txt$", ".json"));
    if (UPDATE) {
      Files.writeString(golden, json, StandardCharsets.UTF_8);
    }
    assertThat(golden).as("golden file; create it with -Depres.updateGolden=true").exists();
    assertThat(json).isEqualTo(Files.readString(golden, StandardCharsets.UTF_8));
    assertThat(TextRenderer.render(resolution)).isEqualTo(input);
    assertThat(ResolutionJson.read(json)).isEqualTo(resolution);
  }
}
