package io.github.epres.internal.semantics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.epres.ResolutionParser;
import io.github.epres.lang.LanguageProfile;
import io.github.epres.lang.LanguageProfiles;
import io.github.epres.model.DocumentKind;
import io.github.epres.model.LegislativeOutcome;
import io.github.epres.model.Resolution;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * What paragraph 1 of a legislative resolution decides, read with the profiles' outcome phrases:
 * paragraph 1 of real documents in each language they were seen in, the English forms of 1996–2022
 * that the corpus's facts give, and whole real pages parsed.
 */
class LegislativeOutcomesTest {
  private static final Path REAL =
      Path.of(System.getProperty("epres.shared", "../shared"), "corpus", "real");
  private static final ResolutionParser PARSER = ResolutionParser.builder().build();

  /**
   * Language, the title's kind ("-" for none read), paragraph 1 as the document prints it after its
   * number, and the outcome ("-" for none). Each row names the document in ../shared/corpus/real it
   * was copied from; the last rows test the rules, not a language's words.
   */
  @ParameterizedTest(name = "{0}: {2}")
  @CsvSource(
      delimiter = '→',
      quoteCharacter = '"',
      textBlock =
          """
          # reports/report_A-6-2006-0145_EN.txt, line 15 (consultation, 2006)
          en → LEGISLATIVE_RESOLUTION → Approves the Commission proposal; → APPROVES_PROPOSAL
          # reports-amendmerge/report_A-4-1996-0146_EN.html (expect.json para1_start)
          en → LEGISLATIVE_RESOLUTION → Approves the Commission proposal, subject to Parliament's amendments; → APPROVES_PROPOSAL
          # eurlex/eurlex_52005AP0256_EN-plain.txt, line 21 (its title is not read: no kind)
          en → - → Approves the Commission proposal as amended; → APPROVES_AS_AMENDED
          # reports-amendmerge/report_A-7-2010-0035_EN.html and report_A-7-2011-0041_EN.html
          en → LEGISLATIVE_RESOLUTION → Adopts the position at first reading hereinafter set out; → ADOPTS_POSITION
          en → LEGISLATIVE_RESOLUTION → Adopts its position at first reading, taking over the Commission proposal; → ADOPTS_POSITION
          # reports/report_A-9-2020-0175_DE.txt, line 15
          de → LEGISLATIVE_RESOLUTION → legt den folgenden Standpunkt in erster Lesung fest; → ADOPTS_POSITION
          # eurlex/eurlex_52013AP0557_DE-plain.txt (consultation, 2013)
          de → LEGISLATIVE_RESOLUTION → billigt den Vorschlag der Kommission; → APPROVES_PROPOSAL
          # reports/report_A-7-2013-0344_FR.txt, line 57
          fr → LEGISLATIVE_RESOLUTION → arrête la position en première lecture figurant ci-après; → ADOPTS_POSITION
          # reports/report_A-7-2010-0243_IT.txt; ta/ta_TA-6-2006-0555_IT.txt (a Council draft)
          it → LEGISLATIVE_RESOLUTION → adotta la posizione in prima lettura figurante in appresso; → ADOPTS_POSITION
          it → LEGISLATIVE_RESOLUTION → approva il progetto di decisione del Consiglio; → APPROVES_PROPOSAL
          # reports/report_A-7-2011-0051_SV.txt, line 15: Swedish paragraphs start with the subject
          sv → LEGISLATIVE_RESOLUTION → Europaparlamentet antar sin ståndpunkt vid första behandlingen och tar över kommissionens förslag. → ADOPTS_POSITION
          # reports/report_A-8-2019-0060_CS.txt
          cs → LEGISLATIVE_RESOLUTION → přijímá níže uvedený postoj v prvním čtení; → ADOPTS_POSITION
          # reports/report_A-8-2018-0193_HR.txt: the excerpt is cut inside the paragraph's last word
          hr → LEGISLATIVE_RESOLUTION → usvaja sljedeće stajalište u prvom čitanj → ADOPTS_POSITION
          # ta/ta_TA-9-2020-0051_SK.txt, ta/ta_TA-9-2020-0188_LT.txt, ta/ta_TA-9-2022-0337_DA.txt
          sk → LEGISLATIVE_RESOLUTION → prijíma nasledujúcu pozíciu v prvom čítaní; → ADOPTS_POSITION
          lt → LEGISLATIVE_RESOLUTION → priima per pirmąjį svarstymą toliau pateiktą poziciją(1); → ADOPTS_POSITION
          da → LEGISLATIVE_RESOLUTION → vedtager nedenstående holdning ved førstebehandling; → ADOPTS_POSITION
          # ta/ta_TA-8-2018-0107_SL.txt; eurlex/eurlex_52013AP0194_MT-plain.txt (Council drafts)
          sl → LEGISLATIVE_RESOLUTION → odobri osnutek Sveta; → APPROVES_PROPOSAL
          mt → LEGISLATIVE_RESOLUTION → Japprova l-abbozz tal-Kunsill; → APPROVES_PROPOSAL
          # A legislative resolution that starts with none of the phrases: consent.
          en → LEGISLATIVE_RESOLUTION → Gives its consent to the conclusion of the agreement; → OTHER
          # Not a legislative resolution (seeds/TA-9-2021-0056_LV.txt, paragraph 1): none.
          lv → RESOLUTION → aicina Kazahstānas varas iestādes ievērot cilvēktiesības; → -
          en → - → Calls on the Commission to act; → -
          # Case, runs of white space and no-break spaces do not matter; a cedilla is a comma below.
          en → LEGISLATIVE_RESOLUTION → ADOPTS  its position\u00A0at first reading; → ADOPTS_POSITION
          ro → LEGISLATIVE_RESOLUTION → adoptă poziţia în primă lectură; → ADOPTS_POSITION
          # The longest phrase that fits wins, whatever the order of the profile's lists.
          en → LEGISLATIVE_RESOLUTION → Approves the Council draft as amended; → APPROVES_AS_AMENDED
          """)
  void paragraphOneDecides(String language, String kind, String paragraph, String outcome) {
    assertThat(
            LegislativeOutcomes.of(
                profile(language),
                kind.equals("-") ? Optional.empty() : Optional.of(DocumentKind.valueOf(kind)),
                Optional.of(paragraph)))
        .isEqualTo(
            outcome.equals("-")
                ? Optional.empty()
                : Optional.of(LegislativeOutcome.valueOf(outcome)));
  }

  /** Without a paragraph 1 or a language there is nothing to read. */
  @ParameterizedTest(name = "{0}")
  @CsvSource({"en", "lv"})
  void noParagraphOneNoOutcome(String language) {
    Optional<DocumentKind> legislative = Optional.of(DocumentKind.LEGISLATIVE_RESOLUTION);
    assertThat(LegislativeOutcomes.of(profile(language), legislative, Optional.empty())).isEmpty();
    assertThat(LegislativeOutcomes.of(null, legislative, Optional.of("Approves"))).isEmpty();
  }

  /**
   * Every real document whose facts give an outcome: its paragraph 1 as the facts quote it ({@code
   * para1_start}), read with its language's profile; and where the parser reads the document's
   * paragraphs, the outcome it gives.
   */
  @ParameterizedTest(name = "{0}")
  @MethodSource("documentsWithAnOutcome")
  void theCorpusFacts(Path file, JsonNode facts) throws IOException {
    assumeTrue(Files.exists(file), "../shared/corpus/real is absent: " + REAL);
    LegislativeOutcome want = LegislativeOutcome.valueOf(facts.get("outcome").asText());
    Optional<DocumentKind> kind =
        Optional.ofNullable(facts.get("kind")).map(k -> DocumentKind.valueOf(k.asText()));
    String language = facts.get("lang").asText().toLowerCase(java.util.Locale.ROOT);
    assertThat(
            LegislativeOutcomes.of(
                profile(language), kind, Optional.of(facts.get("para1_start").asText())))
        .contains(want);
    boolean html = file.getFileName().toString().endsWith(".html");
    Resolution r = html ? PARSER.parseHtml(file) : PARSER.parse(file);
    if (!r.paragraphs().isEmpty()) {
      assertThat(r.legislativeOutcome()).contains(want);
    }
  }

  static Stream<Arguments> documentsWithAnOutcome() throws IOException {
    List<Arguments> documents = new ArrayList<>();
    if (Files.isDirectory(REAL)) {
      try (Stream<Path> folders = Files.list(REAL)) {
        for (Path folder : folders.sorted().toList()) {
          Path expect = folder.resolve("expect.json");
          if (!Files.exists(expect)) {
            continue;
          }
          Iterator<Map.Entry<String, JsonNode>> entries =
              new ObjectMapper().readTree(expect.toFile()).fields();
          while (entries.hasNext()) {
            Map.Entry<String, JsonNode> entry = entries.next();
            if (entry.getValue().has("outcome") && entry.getValue().has("para1_start")) {
              Path file = folder.resolve(entry.getKey());
              documents.add(
                  Arguments.of(Named.of(REAL.relativize(file).toString(), file), entry.getValue()));
            }
          }
        }
      }
    }
    if (documents.isEmpty()) {
      documents.add(Arguments.of(Named.of("no corpus", REAL.resolve("absent")), null));
    }
    return documents.stream();
  }

  /**
   * Real pages whose paragraph 1 the parser reads today, parsed whole: the outcome reaches the
   * model through the parse (see the table above for each paragraph).
   */
  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '→',
      textBlock =
          """
          reports/report_A-6-2006-0145_EN.txt → APPROVES_PROPOSAL
          reports/report_A-9-2020-0175_DE.txt → ADOPTS_POSITION
          reports/report_A-7-2011-0051_SV.txt → ADOPTS_POSITION
          reports/report_A-8-2019-0060_CS.txt → ADOPTS_POSITION
          ta/ta_TA-6-2006-0555_IT.txt → APPROVES_PROPOSAL
          ta/ta_TA-9-2020-0188_LT.txt → ADOPTS_POSITION
          eurlex/eurlex_52005AP0256_EN-plain.txt → APPROVES_AS_AMENDED
          reports/report_A-6-2008-0108_ES.txt → -
          reports/report_A-8-2015-0177_PT.txt → -
          """)
  void realPagesParsed(String name, String outcome) throws IOException {
    Path file = REAL.resolve(name);
    assumeTrue(Files.exists(file), "../shared/corpus/real is absent: " + REAL);
    assertThat(PARSER.parse(file).legislativeOutcome().map(Enum::name).orElse("-"))
        .isEqualTo(outcome);
  }

  private static LanguageProfile profile(String code) {
    return LanguageProfiles.forCode(code).orElseThrow();
  }
}
