package io.github.epres.lang;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.epres.ResolutionParser;
import io.github.epres.model.Block;
import io.github.epres.model.Citation;
import io.github.epres.model.DateRef;
import io.github.epres.model.DiagnosticCode;
import io.github.epres.model.DocumentKind;
import io.github.epres.model.FootnoteRef;
import io.github.epres.model.Recital;
import io.github.epres.model.Resolution;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The same resolution in all 24 official languages ({@code src/test/resources/languages/xx.txt},
 * written from languages.md; {@code xx.facts.md} says which facts are seen and which unverified).
 */
class LanguageFixturesTest {
  static final Path DIR = io.github.epres.LanguageFixtures.DIR;
  static final List<String> CODES =
      List.of(
          "bg", "cs", "da", "de", "el", "en", "es", "et", "fi", "fr", "ga", "hr", "hu", "it", "lt",
          "lv", "mt", "nl", "pl", "pt", "ro", "sk", "sl", "sv");
  private static final ResolutionParser STRICT = ResolutionParser.builder().strict(true).build();
  private static final List<String> IDS =
      List.of(
          "cit_1", "cit_2", "cit_3", "rec_A", "rec_B", "rec_C", "para_1", "para_2", "para_3",
          "para_4");

  static String fixture(String code) {
    try {
      return Files.readString(DIR.resolve(code + ".txt"), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static Stream<String> codes() {
    return CODES.stream();
  }

  @Test
  void everyBuiltInLanguageHasAFixture() {
    assertThat(LanguageProfiles.builtIn())
        .extracting(LanguageProfile::code)
        .containsExactlyElementsOf(CODES);
  }

  @ParameterizedTest
  @MethodSource("codes")
  void parsesWithTheRightLanguageTitleAndBlocks(String code) {
    Resolution r = STRICT.parse(fixture(code));
    LanguageProfile profile = LanguageProfiles.forCode(code).orElseThrow();

    assertThat(r.language()).isEqualTo(code);
    assertThat(r.languageConfidence()).isGreaterThanOrEqualTo(0.9);
    var title = r.title().orElseThrow();
    assertThat(title.kind()).contains(DocumentKind.RESOLUTION);
    assertThat(title.date()).contains(LocalDate.of(2021, 2, 11));
    assertThat(title.procedure().orElseThrow().reference()).isEqualTo("2021/2544(RSP)");
    assertThat(title.subject().orElseThrow()).isNotBlank();
    assertThat(r.authorLine().orElseThrow().text()).isEqualTo(profile.authorLines().get(0));
    assertThat(blocks(r)).extracting(Block::id).containsExactlyElementsOf(IDS);

    for (Citation c : r.citations()) {
      boolean czechTypo = code.equals("cs") && c.number() == 2;
      assertThat(c.opener().isPresent()).as(c.id()).isEqualTo(!czechTypo);
    }
    for (Recital rec : r.recitals()) {
      assertThat(rec.opener().isPresent()).as(rec.id()).isEqualTo(!code.equals("sv"));
    }
    assertThat(profile.isFinalFormula(r.paragraphs().get(3).text())).isTrue();
    assertThat(r.paragraphs().subList(0, 3)).noneMatch(p -> profile.isFinalFormula(p.text()));
    assertThat(r.diagnostics())
        .extracting(d -> d.code())
        .containsExactlyElementsOf(
            code.equals("cs") ? List.of(DiagnosticCode.MISSING_OPENER) : List.of());
  }

  @Test
  void recitalLabelsKeepTheirScriptAndGetLatinIds() {
    assertThat(STRICT.parse(fixture("bg")).recitals())
        .extracting(r -> r.label().orElseThrow() + "=" + r.id())
        .containsExactly("А=rec_A", "Б=rec_B", "В=rec_C");
    assertThat(STRICT.parse(fixture("el")).recitals())
        .extracting(r -> r.label().orElseThrow() + "=" + r.id())
        .containsExactly("Α=rec_A", "Β=rec_B", "Γ=rec_C");
  }

  @Test
  void languageQuirksAreRead() {
    assertThat(STRICT.parse(fixture("de")).citations())
        .extracting(c -> c.opener().orElseThrow())
        .containsExactly("unter Hinweis auf", "in Kenntnis der", "gestützt auf");
    assertThat(STRICT.parse(fixture("es")).citations())
        .extracting(c -> c.opener().orElseThrow())
        .containsExactly("Vista", "Vistas", "Vistos");
    assertThat(STRICT.parse(fixture("ga")).citations())
        .extracting(c -> c.opener().orElseThrow())
        .containsExactly("ag féachaint dá", "ag féachaint do", "ag féachaint d'");
    assertThat(STRICT.parse(fixture("fi")).recitals().get(0).opener())
        .contains("ottaa huomioon, että");
    assertThat(STRICT.parse(fixture("da")).recitals().get(0).opener())
        .contains("der henviser til, at");
    Resolution sv = STRICT.parse(fixture("sv"));
    assertThat(sv.authorLine().orElseThrow().text()).doesNotEndWith(",");
    assertThat(sv.citations().get(2).text()).endsWith(", och av följande skäl:");
    assertThat(sv.recitals()).allSatisfy(r -> assertThat(r.text()).endsWith("."));
    assertThat(STRICT.parse(fixture("el")).recitals().get(0).text()).endsWith("·");
    assertThat(STRICT.parse(fixture("cs")).citations().get(1).text())
        .startsWith("s ohledem závěry");
  }

  /** All 24 give the same structure: only the words differ. */
  @Test
  void everyLanguageGivesTheSameStructure() {
    List<String> english = structure(STRICT.parse(fixture("en")));
    assertThat(english).hasSize(12);
    for (String code : CODES) {
      assertThat(structure(STRICT.parse(fixture(code)))).as(code).isEqualTo(english);
    }
  }

  @ParameterizedTest
  @MethodSource("codes")
  void aThreeLineExcerptIsStillDetected(String code) {
    List<String> lines = fixture(code).lines().toList();
    ResolutionParser parser = ResolutionParser.builder().build();
    assertThat(parser.parse(String.join("\n", lines.subList(0, 3))).language()).isEqualTo(code);
    assertThat(parser.parse(String.join("\n", lines.subList(9, 12))).language()).isEqualTo(code);
  }

  @Test
  void anEnglishTextQuotingLatvianIsEnglish() {
    String english = fixture("en");
    String quoted =
        english.replace(
            "– having regard to Rules",
            "– ņemot vērā Padomes 2019. gada 17. jūnija secinājumus,\n"
                + "– ņemot vērā Reglamenta 144. panta 5. punktu,\n– having regard to Rules");
    Resolution r = ResolutionParser.builder().build().parse(quoted);
    assertThat(r.language()).isEqualTo("en");
    assertThat(r.citations()).hasSize(5);
  }

  /** Ids, counts, footnote numbers, dates, procedure and kind: what must not depend on language. */
  private static List<String> structure(Resolution r) {
    List<String> facts = new ArrayList<>();
    var title = r.title().orElseThrow();
    facts.add(title.kind() + " " + title.date() + " " + title.procedure().orElseThrow());
    facts.add(r.citations().size() + "/" + r.recitals().size() + "/" + r.paragraphs().size());
    for (Block b : blocks(r)) {
      facts.add(
          b.id()
              + " "
              + b.footnoteRefs().stream().map(FootnoteRef::number).toList()
              + " "
              + b.dates().stream().map(DateRef::date).toList());
    }
    return facts;
  }

  private static List<Block> blocks(Resolution r) {
    List<Block> blocks = new ArrayList<>(r.citations());
    blocks.addAll(r.recitals());
    blocks.addAll(r.paragraphs());
    return blocks;
  }
}
