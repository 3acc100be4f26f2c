package io.github.epres;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.epres.json.ResolutionJson;
import io.github.epres.model.Diagnostic;
import io.github.epres.model.OtherLine;
import io.github.epres.model.Report;
import io.github.epres.model.Resolution;
import io.github.epres.model.Severity;
import io.github.epres.text.TextRenderer;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Committee report pages (A documents) copied as text: the report's header (heading, date and
 * procedure, committee, rapporteur, number), the table of contents, the motion for a resolution
 * (the document parsed), and in English the parts after it (explanatory statement, opinion, the
 * committee's vote), which are parts of the page, not of the resolution.
 */
class ReportPageTest {
  private static final ResolutionParser PARSER = ResolutionParser.builder().build();

  @Test
  void theMotionIsTheDocumentAndTheOtherPartsStayOut() {
    List<String> lines =
        List.of(
            "REPORT on the EU’s public health strategy post-COVID-19",
            "12.3.2021 - (2020/2201(INI))",
            "Committee on the Environment, Public Health and Food Safety",
            "Rapporteur: Jane Doe",
            "A9-0123/2021",
            "CONTENTS",
            "MOTION FOR A EUROPEAN PARLIAMENT RESOLUTION",
            "EXPLANATORY STATEMENT",
            "OPINION OF THE COMMITTEE ON BUDGETS",
            "INFORMATION ON ADOPTION IN COMMITTEE RESPONSIBLE",
            "MOTION FOR A EUROPEAN PARLIAMENT RESOLUTION",
            "on the EU’s public health strategy post-COVID-19 (2020/2201(INI))",
            "The European Parliament,",
            "– having regard to Article 168 of the Treaty on the Functioning of the European"
                + " Union[1],",
            "– having regard to Rule 54 of its Rules of Procedure,",
            "A. whereas the pandemic has shown the need for common action;",
            "1. Calls on the Commission to act;",
            "2. Instructs its President to forward this resolution to the Council and the"
                + " Commission.",
            "EXPLANATORY STATEMENT",
            "The rapporteur sets out three points.",
            "1. First, the strategy must be ambitious.",
            "2. Second, it must be funded.",
            "OPINION OF THE COMMITTEE ON BUDGETS",
            "for the Committee on the Environment, Public Health and Food Safety",
            "SUGGESTIONS",
            "1. Recalls the budgetary constraints;",
            "INFORMATION ON ADOPTION IN COMMITTEE RESPONSIBLE",
            "Date adopted 11.3.2021",
            "Result of final vote +: 50 –: 10 0: 5",
            "FINAL VOTE BY ROLL CALL IN COMMITTEE RESPONSIBLE",
            "50 +",
            "[1] OJ C 202, 7.6.2016, p. 47.");
    String page = String.join("\n", lines) + "\n";
    Resolution r = PARSER.parse(page);

    assertThat(TextRenderer.render(r)).isEqualTo(page);
    assertThat(r.language()).isEqualTo("en");
    assertThat(r.header().orElseThrow().documentNumber()).contains("A9-0123/2021");
    Report report = r.header().orElseThrow().report().orElseThrow();
    assertThat(report.heading())
        .isEqualTo("REPORT on the EU’s public health strategy post-COVID-19");
    assertThat(report.subject()).contains("on the EU’s public health strategy post-COVID-19");
    assertThat(report.date()).contains(LocalDate.of(2021, 3, 12));
    assertThat(report.procedure().orElseThrow().reference()).isEqualTo("2020/2201(INI)");
    assertThat(report.committee())
        .contains("Committee on the Environment, Public Health and Food Safety");
    assertThat(report.rapporteurs()).containsExactly("Jane Doe");
    assertThat(r.title().orElseThrow().span().line()).isEqualTo(11);
    assertThat(r.title().orElseThrow().subject())
        .contains("on the EU’s public health strategy post-COVID-19");
    assertThat(r.title().orElseThrow().procedure().orElseThrow().reference())
        .isEqualTo("2020/2201(INI)");
    assertThat(r.citations()).hasSize(2);
    assertThat(r.recitals()).hasSize(1);
    assertThat(r.paragraphs()).extracting(p -> p.id()).containsExactly("para_1", "para_2");
    assertThat(r.otherLines()).filteredOn(l -> l.kind() == OtherLine.Kind.REPORT).hasSize(14);
    assertThat(r.diagnostics()).extracting(Diagnostic::severity).doesNotContain(Severity.ERROR);
    assertThat(ResolutionJson.read(ResolutionJson.write(r))).isEqualTo(r);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          en | REPORT | Rapporteur: Jana Nováková
          hu | JELENTÉS | Előadó: Jana Nováková
          lv | ZIŅOJUMS | Referente: Jana Nováková
          pl | SPRAWOZDANIE | Sprawozdawca: Jana Nováková
          sk | SPRÁVA | Spravodajca: Jana Nováková
          sl | POROČILO | Poročevalec: Jana Nováková
          """)
  void readsTheReportHeaderInItsLanguage(String language, String heading, String rapporteur)
      throws IOException {
    List<String> fixture =
        Files.readAllLines(
            Path.of("src", "test", "resources", "languages", language + ".txt"),
            StandardCharsets.UTF_8);
    List<String> lines = new ArrayList<>();
    lines.addAll(
        List.of(
            heading + "     ***I",
            "PDF 637kWORD 68k",
            "31.3.2017 - (2016/0223(COD))",
            "PE 593.842v02-00 A8-0136/2017",
            "Committee X",
            rapporteur));
    lines.addAll(fixture);
    String page = String.join("\n", lines) + "\n";
    Resolution r = PARSER.parse(page);

    assertThat(r.language()).isEqualTo(language);
    assertThat(r.header().orElseThrow().documentNumber()).contains("A8-0136/2017");
    Report report = r.header().orElseThrow().report().orElseThrow();
    assertThat(report.date()).contains(LocalDate.of(2017, 3, 31));
    assertThat(report.procedure().orElseThrow().reference()).isEqualTo("2016/0223(COD)");
    assertThat(report.committee()).contains("Committee X");
    assertThat(report.rapporteurs()).containsExactly("Jana Nováková");
    assertThat(r.citations()).isNotEmpty();
    assertThat(r.diagnostics()).extracting(Diagnostic::severity).doesNotContain(Severity.ERROR);
  }
}
