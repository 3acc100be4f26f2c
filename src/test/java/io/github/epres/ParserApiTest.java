package io.github.epres;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.epres.lang.LanguageProfile;
import io.github.epres.lang.LanguageProfiles;
import io.github.epres.model.DiagnosticCode;
import io.github.epres.model.Resolution;
import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ParserApiTest {
  private static final ResolutionParser PARSER = ResolutionParser.builder().build();

  @Test
  void stringPathAndReaderGiveTheSameModel(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("lv.txt");
    Files.writeString(file, Seeds.reference(), StandardCharsets.UTF_8);
    Resolution fromString = PARSER.parse(Seeds.reference());
    assertThat(PARSER.parse(file)).isEqualTo(fromString);
    assertThat(PARSER.parse(new StringReader(Seeds.reference()))).isEqualTo(fromString);
  }

  @Test
  void oneParserSharedBySixteenThreadsGivesTheSequentialResults() throws Exception {
    List<String> inputs =
        List.of(
            Seeds.reference(),
            Seeds.withCrlf(),
            Seeds.withBom(),
            Seeds.withBlankLines(),
            Seeds.withHyphens(),
            "not\na resolution",
            "");
    List<Resolution> sequential = inputs.stream().map(PARSER::parse).toList();
    ExecutorService pool = Executors.newFixedThreadPool(16);
    try {
      List<Future<Resolution>> futures = new ArrayList<>();
      for (int round = 0; round < 20; round++) {
        for (String input : inputs) {
          futures.add(pool.submit(() -> PARSER.parse(input)));
        }
      }
      for (int i = 0; i < futures.size(); i++) {
        assertThat(futures.get(i).get()).isEqualTo(sequential.get(i % inputs.size()));
      }
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void aUserProfileReplacesTheBuiltInOne() throws Exception {
    LanguageProfile lv = LanguageProfiles.forCode("lv").orElseThrow();
    String properties =
        new String(
                LanguageProfiles.class.getResourceAsStream("lv.properties").readAllBytes(),
                StandardCharsets.UTF_8)
            .replace("recitalOpeners = tā kā", "recitalOpeners = tā kā | ievērojot, ka");
    LanguageProfile corrected =
        LanguageProfiles.read(
            new ByteArrayInputStream(properties.getBytes(StandardCharsets.UTF_8)));
    assertThat(corrected.recitalOpeners()).containsExactly("tā kā", "ievērojot, ka");
    assertThat(lv.recitalOpeners()).containsExactly("tā kā");

    String input = Seeds.reference().replace("\nA. tā kā", "\nA. ievērojot, ka");
    assertThat(PARSER.parse(input).diagnostics())
        .extracting(d -> d.code())
        .containsExactly(DiagnosticCode.MISSING_OPENER);
    Resolution withCorrection = ResolutionParser.builder().profile(corrected).build().parse(input);
    assertThat(withCorrection.diagnostics()).isEmpty();
    assertThat(withCorrection.recitals().get(0).opener()).contains("ievērojot, ka");
  }

  @Test
  void explicitLanguageSkipsDetection() {
    Resolution r = ResolutionParser.builder().language("lv").build().parse("– ņemot vērā X,");
    assertThat(r.language()).isEqualTo("lv");
    assertThat(r.languageConfidence()).isEqualTo(1.0);
    assertThat(r.citations().get(0).opener()).contains("ņemot vērā");
  }

  @Test
  void detectionReportsConfidence() {
    String excerpt = String.join("\n", Seeds.reference().lines().skip(2).limit(3).toList());
    Resolution r = PARSER.parse(excerpt);
    assertThat(r.language()).isEqualTo("lv");
    assertThat(r.languageConfidence()).isEqualTo(0.25);
  }

  @Test
  void withoutSemanticsTheLayoutIsTheSameAndClausesAndReferencesAreEmpty() {
    Resolution full = ResolutionParser.builder().build().parse(Seeds.reference());
    Resolution layout =
        ResolutionParser.builder().semantics(false).build().parse(Seeds.reference());
    assertThat(Structure.of(layout)).isEqualTo(Structure.of(full));
    assertThat(layout.blocks())
        .allSatisfy(
            b -> {
              assertThat(b.clauses()).isEmpty();
              assertThat(b.references()).isEmpty();
            });
    assertThat(full.paragraphs().get(0).clauses()).hasSize(2);
    assertThat(layout.find("§ 5")).isPresent();
  }
}
