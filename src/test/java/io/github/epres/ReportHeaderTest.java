package io.github.epres;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.epres.json.ResolutionJson;
import io.github.epres.model.DocumentKind;
import io.github.epres.model.Header;
import io.github.epres.model.LegislativeOutcome;
import io.github.epres.model.Report;
import io.github.epres.model.Resolution;
import io.github.epres.model.Title;
import io.github.epres.text.TextRenderer;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The header of a committee report page in both layouts of ../shared/corpus/real/reports: the newer
 * (subject run into the heading, "d.m.yyyy - (procedure)", committee, rapporteurs) and the older
 * (page navigation first, the heading alone, the download line, the date alone and written in the
 * page's language, the PE and A numbers, the subject, the procedure in brackets, committee,
 * rapporteurs); and the report's number where only its draft resolution's citations print it.
 */
class ReportHeaderTest {
  private static final Path REPORTS =
      Path.of(System.getProperty("epres.shared", "../shared"), "corpus", "real", "reports");
  private static final ResolutionParser PARSER = ResolutionParser.builder().build();

  /**
   * Pages whose header another stage must first reach: the language is not detected and no block
   * found (the page ends before its draft resolution's citations or has none), or the citations
   * have no dash and are not read.
   */
  private static final Map<String, String> NOT_YET =
      Map.of(
          "report_A-8-2015-0146_EL.txt", "no block and the language is not detected",
          "report_A-8-2016-0274_NL.txt", "no block and the language is not detected",
          "report_A-9-2022-0292_EN.txt", "citations without a dash are not read");

  /** Titles found on the wrong line (TitleLines): "(Codecision procedure…)", a subject line. */
  private static final List<String> TITLE_NOT_YET =
      List.of(
          "report_A-6-2008-0100_EN.txt",
          "report_A-6-2008-0107_PL.txt",
          "report_A-8-2016-0296_DE.txt");

  /** Each real report page's number, date, committee and rapporteurs, as its facts give them. */
  @ParameterizedTest(name = "{0}")
  @MethodSource("reportPages")
  void theReportHeaderOfARealPage(Path file, JsonNode facts) throws IOException {
    assumeTrue(Files.exists(file), "../shared/corpus/real/reports is absent: " + REPORTS);
    String name = file.getFileName().toString();
    assumeTrue(!NOT_YET.containsKey(name), NOT_YET.get(name));
    Resolution r = PARSER.parse(file);
    Header header = r.header().orElseThrow();
    Report report = header.report().orElseThrow();
    JsonNode want = facts.get("report");
    List<String> numbers = new ArrayList<>(header.documentNumbers());
    header.documentNumber().ifPresent(numbers::add);
    assertThat(numbers).contains(want.get("number").asText());
    assertThat(report.date()).contains(LocalDate.parse(want.get("date").asText()));
    assertThat(report.committee()).contains(want.get("committee").asText());
    List<String> rapporteurs = new ArrayList<>();
    want.get("rapporteurs").forEach(n -> rapporteurs.add(n.asText()));
    assertThat(report.rapporteurs()).isEqualTo(rapporteurs);
    if (facts.has("kind") && !TITLE_NOT_YET.contains(name)) {
      assertThat(r.title().flatMap(Title::kind))
          .contains(DocumentKind.valueOf(facts.get("kind").asText()));
    }
    assertThat(TextRenderer.render(r)).isEqualTo(Files.readString(file));
  }

  static Stream<Arguments> reportPages() throws IOException {
    Path expect = REPORTS.resolve("expect.json");
    if (!Files.exists(expect)) {
      return Stream.of(Arguments.of(Named.of("no corpus", REPORTS.resolve("absent")), null));
    }
    List<Arguments> pages = new ArrayList<>();
    Iterator<Map.Entry<String, JsonNode>> entries =
        new ObjectMapper().readTree(expect.toFile()).fields();
    while (entries.hasNext()) {
      Map.Entry<String, JsonNode> entry = entries.next();
      pages.add(
          Arguments.of(
              Named.of(entry.getKey(), REPORTS.resolve(entry.getKey())), entry.getValue()));
    }
    return pages.stream();
  }

  /**
   * The older layout, as the real pages have it (reports A-6-2008-0100_EN, A-7-2013-0256_DE,
   * A-7-2013-0344_FR, A-8-2016-0246_IT, A-6-2008-0107_PL; the Hungarian date in words is not seen
   * there): the navigation block first, the date alone, in words or in figures; a table of contents
   * that names the motion's heading after the report's. The French label has its colon after a
   * space, as French writes it.
   */
  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          en | REPORT     ***I           | 2 April 2008    | 2008-04-02 | Rapporteur:       | MOTION FOR A EUROPEAN PARLIAMENT RESOLUTION
          de | BERICHT     ***I          | 15. Juli 2013   | 2013-07-15 | Berichterstatter: | ENTSCHLIESSUNGSANTRAG DES EUROPÄISCHEN PARLAMENTS
          fr | RAPPORT     ***I          | 22 octobre 2013 | 2013-10-22 | Rapporteurs :     | PROPOSITION DE RÉSOLUTION DU PARLEMENT EUROPÉEN
          it | RELAZIONE INTERLOCUTORIA  | 20.7.2016       | 2016-07-20 | Relatori:         | PROPOSTA DI RISOLUZIONE DEL PARLAMENTO EUROPEO
          pl | SPRAWOZDANIE              | 3.4.2008        | 2008-04-03 | Sprawozdawca:     | PROJEKT REZOLUCJI PARLAMENTU EUROPEJSKIEGO
          hu | JELENTÉS     ***I         | 2013. július 15. | 2013-07-15 | Előadó:          | AZ EURÓPAI PARLAMENT ÁLLÁSFOGLALÁSÁRA IRÁNYULÓ INDÍTVÁNY
          """)
  void theOlderLayout(
      String language, String heading, String date, String iso, String label, String contents) {
    List<String> lines = new ArrayList<>();
    lines.addAll(
        List.of(
            "Procedure : 2013/0084(COD)",
            "A7-0344/2013",
            "",
            "P7_TA(2014)0392",
            "",
            heading,
            "PDF 221kWORD 199k",
            date,
            "PE 513.078v02-00 A7-0344/2013",
            "",
            "on the subject",
            "",
            "(COM(2013)0155 – C7‑0086/2013 – 2013/0084(COD))",
            "",
            "Committee X",
            "",
            label + " Jane Doe, John Roe",
            "",
            contents,
            ""));
    lines.addAll(LanguageFixtures.lines(language));
    String page = String.join("\n", lines) + "\n";
    Resolution r = PARSER.parse(page);

    assertThat(r.language()).isEqualTo(language);
    assertThat(TextRenderer.render(r)).isEqualTo(page);
    Header header = r.header().orElseThrow();
    assertThat(header.motion()).isEmpty();
    assertThat(header.documentNumber()).contains("A7-0344/2013");
    assertThat(header.documentNumbers()).containsExactly("A7-0344/2013", "P7_TA(2014)0392");
    Report report = header.report().orElseThrow();
    assertThat(report.heading()).isEqualTo(heading.strip());
    assertThat(report.subject()).contains("on the subject");
    assertThat(report.date()).contains(LocalDate.parse(iso));
    assertThat(report.procedure().orElseThrow().reference()).isEqualTo("2013/0084(COD)");
    assertThat(report.committee()).contains("Committee X");
    assertThat(report.rapporteurs()).containsExactly("Jane Doe", "John Roe");
    assertThat(r.citations()).isNotEmpty();
  }

  /** A rapporteur label on a line of its own: the names are on the next. */
  @Test
  void theNamesUnderTheLabel() {
    Resolution r =
        PARSER.parse(
            String.join(
                "\n",
                "REPORT on the subject",
                "12.3.2021 - (2020/2201(INI))",
                "Committee X",
                "Rapporteurs:",
                "Jane Doe, John Roe",
                "A9-0123/2021",
                "European Parliament resolution of 11 February 2021 on the subject (2020/2201(INI))",
                "The European Parliament,",
                "– having regard to Rule 54 of its Rules of Procedure,",
                "1. Calls on the Commission to act."));
    Report report = r.header().orElseThrow().report().orElseThrow();
    assertThat(report.committee()).contains("Committee X");
    assertThat(report.rapporteurs()).containsExactly("Jane Doe", "John Roe");
  }

  /**
   * A page copied from the report's heading on prints its number only in its draft resolution's
   * citation of the committee's report (reports A-9-2020-0175_DE, A-6-2006-0145_EN, …), here with
   * the non-breaking hyphen those pages have; a text adopted that cites a report keeps no number.
   */
  @Test
  void theReportNumberFromTheCitationOfTheReport() {
    String page =
        String.join(
            "\n",
            "REPORT on the proposal for a regulation on toys",
            "2.10.2020 - (COM(2020)0135 – C9‑0099/2020 – 2020/0051(COD)) - ***I",
            "Committee on International Trade",
            "Rapporteur: Jane Doe",
            "DRAFT EUROPEAN PARLIAMENT LEGISLATIVE RESOLUTION",
            "on the proposal for a regulation on toys",
            "(COM(2020)0135 – C9‑0099/2020 – 2020/0051(COD))",
            "(Ordinary legislative procedure: first reading)",
            "The European Parliament,",
            "– having regard to the Commission proposal (COM(2020)0135),",
            "– having regard to the report of the Committee on International Trade"
                + " (A9‑0175/2020),",
            "1. Adopts its position at first reading hereinafter set out;",
            "2. Instructs its President to forward its position to the Council.");
    Resolution r = PARSER.parse(page);
    Header header = r.header().orElseThrow();
    assertThat(header.documentNumber()).contains("A9-0175/2020");
    assertThat(header.documentNumbers()).isEmpty();
    assertThat(header.report().orElseThrow().date()).contains(LocalDate.of(2020, 10, 2));
    assertThat(r.title().flatMap(Title::kind)).contains(DocumentKind.LEGISLATIVE_RESOLUTION);
    assertThat(r.legislativeOutcome()).contains(LegislativeOutcome.ADOPTS_POSITION);
    assertThat(ResolutionJson.read(ResolutionJson.write(r))).isEqualTo(r);

    List<String> adopted = new ArrayList<>(LanguageFixtures.lines("en"));
    adopted.add(
        3, "– having regard to the report of the Committee on Foreign Affairs (A9-0001/2021),");
    Resolution text = PARSER.parse(String.join("\n", adopted));
    assertThat(text.header()).isEmpty();
    assertThat(text.legislativeOutcome()).isEmpty();
  }
}
