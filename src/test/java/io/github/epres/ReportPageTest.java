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
    List<String> fixture = LanguageFixtures.lines(language);
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

  /**
   * A report page in eight languages of three scripts: the report's header in the page's language,
   * the motion for a resolution under its section heading in capitals, and the parts after it
   * (explanatory statement, the committee's vote), whose numbered lines are no paragraphs. The
   * section headings outside English are unverified (✘ in the profiles).
   */
  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          de | BERICHT über den Schutz der Bienen | Berichterstatterin: | ENTSCHLIESSUNGSANTRAG DES EUROPÄISCHEN PARLAMENTS | zum Schutz der Bienen | BEGRÜNDUNG | ANGABEN ZUR ANNAHME IM FEDERFÜHRENDEN AUSSCHUSS
          fr | RAPPORT sur la protection des abeilles | Rapporteure : | PROPOSITION DE RÉSOLUTION DU PARLEMENT EUROPÉEN | sur la protection des abeilles | EXPOSÉ DES MOTIFS | INFORMATIONS SUR L’ADOPTION PAR LA COMMISSION COMPÉTENTE AU FOND
          es | INFORME sobre la protección de las abejas | Ponente: | PROPUESTA DE RESOLUCIÓN DEL PARLAMENTO EUROPEO | sobre la protección de las abejas | EXPOSICIÓN DE MOTIVOS | INFORMACIÓN SOBRE LA APROBACIÓN EN LA COMISIÓN COMPETENTE PARA EL FONDO
          pl | SPRAWOZDANIE w sprawie ochrony pszczół | Sprawozdawczyni: | PROJEKT REZOLUCJI PARLAMENTU EUROPEJSKIEGO | w sprawie ochrony pszczół | UZASADNIENIE | INFORMACJE O PRZYJĘCIU PRZEZ KOMISJĘ PRZEDMIOTOWO WŁAŚCIWĄ
          el | ΕΚΘΕΣΗ σχετικά με την προστασία των μελισσών | Εισηγήτρια: | ΠΡΟΤΑΣΗ ΨΗΦΙΣΜΑΤΟΣ ΤΟΥ ΕΥΡΩΠΑΪΚΟΥ ΚΟΙΝΟΒΟΥΛΙΟΥ | σχετικά με την προστασία των μελισσών | ΑΙΤΙΟΛΟΓΙΚΗ ΕΚΘΕΣΗ | ΠΛΗΡΟΦΟΡΙΕΣ ΣΧΕΤΙΚΑ ΜΕ ΤΗΝ ΕΓΚΡΙΣΗ ΣΤΗΝ ΕΠΙΤΡΟΠΗ ΠΟΥ ΕΧΕΙ ΤΗΝ ΕΥΘΥΝΗ
          bg | ДОКЛАД относно защитата на пчелите | Докладчик: | ПРЕДЛОЖЕНИЕ ЗА РЕЗОЛЮЦИЯ НА ЕВРОПЕЙСКИЯ ПАРЛАМЕНТ | относно защитата на пчелите | ИЗЛОЖЕНИЕ НА МОТИВИТЕ | ИНФОРМАЦИЯ ОТНОСНО ПРИЕМАНЕТО В ВОДЕЩАТА КОМИСИЯ
          lv | ZIŅOJUMS par bišu aizsardzību | Referente: | EIROPAS PARLAMENTA REZOLŪCIJAS PRIEKŠLIKUMS | par bišu aizsardzību | PASKAIDROJUMS | INFORMĀCIJA PAR PIEŅEMŠANU ATBILDĪGAJĀ KOMITEJĀ
          hu | JELENTÉS a méhek védelméről | Előadó: | AZ EURÓPAI PARLAMENT ÁLLÁSFOGLALÁSÁRA IRÁNYULÓ INDÍTVÁNY | a méhek védelméről | INDOKOLÁS | ELFOGADÁSRÓL SZÓLÓ INFORMÁCIÓK AZ ILLETÉKES BIZOTTSÁGBAN
          """)
  void aReportPageInItsLanguage(
      String language,
      String heading,
      String rapporteur,
      String motion,
      String subject,
      String statement,
      String adoption)
      throws IOException {
    List<String> fixture = LanguageFixtures.lines(language);
    Resolution original = PARSER.parse(String.join("\n", fixture) + "\n");
    List<String> lines = new ArrayList<>();
    lines.addAll(
        List.of(
            heading,
            "12.3.2021 - (2020/2201(INI))",
            "AGRI",
            rapporteur + " Jane Doe",
            "A9-0123/2021",
            motion,
            subject + " (2020/2201(INI))"));
    lines.addAll(fixture.subList(1, fixture.size()));
    lines.addAll(List.of(statement, "1. 2021", "2. 2022", adoption, "11.3.2021"));
    String page = String.join("\n", lines) + "\n";
    Resolution r = PARSER.parse(page);

    assertThat(r.language()).isEqualTo(language);
    assertThat(TextRenderer.render(r)).isEqualTo(page);
    assertThat(r.diagnostics()).extracting(Diagnostic::severity).doesNotContain(Severity.ERROR);
    assertThat(r.diagnostics())
        .extracting(d -> d.code().name())
        .doesNotContain("TITLE_NOT_UNDERSTOOD");
    assertThat(r.title().orElseThrow().subject()).contains(subject);
    assertThat(r.title().orElseThrow().procedure().orElseThrow().reference())
        .isEqualTo("2020/2201(INI)");
    Report report = r.header().orElseThrow().report().orElseThrow();
    assertThat(report.rapporteurs()).containsExactly("Jane Doe");
    assertThat(report.committee()).contains("AGRI");
    assertThat(r.paragraphs()).hasSameSizeAs(original.paragraphs());
    assertThat(r.otherLines())
        .filteredOn(l -> l.kind() == OtherLine.Kind.REPORT)
        .extracting(OtherLine::text)
        .containsExactly(statement, "1. 2021", "2. 2022", adoption, "11.3.2021");
  }

  /** A report whose document is a proposal for a decision: its heading, kind and procedure. */
  @Test
  void aProposalForADecisionIsTheDocument() {
    String page =
        String.join(
                "\n",
                "REPORT on the proposal for a decision on setting up a special committee",
                "12.3.2021 - (2021/2001(RSO))",
                "Conference of Presidents",
                "Rapporteur: Jane Doe",
                "A9-0124/2021",
                "PROPOSAL FOR A EUROPEAN PARLIAMENT DECISION",
                "on setting up a special committee on artificial intelligence (2021/2001(RSO))",
                "The European Parliament,",
                "– having regard to Rule 207 of its Rules of Procedure,",
                "1. Decides to set up a special committee;",
                "2. Instructs its President to forward this decision to the Council and the"
                    + " Commission.",
                "EXPLANATORY STATEMENT",
                "The committee is needed.")
            + "\n";
    Resolution r = PARSER.parse(page);
    assertThat(r.diagnostics()).isEmpty();
    assertThat(r.title().orElseThrow().kind())
        .contains(io.github.epres.model.DocumentKind.DECISION);
    assertThat(r.title().orElseThrow().subject())
        .contains("on setting up a special committee on artificial intelligence");
    assertThat(r.title().orElseThrow().procedure().orElseThrow().reference())
        .isEqualTo("2021/2001(RSO)");
    assertThat(r.paragraphs()).hasSize(2);
    assertThat(r.otherLines())
        .filteredOn(l -> l.kind() == OtherLine.Kind.REPORT)
        .extracting(OtherLine::text)
        .containsExactly("EXPLANATORY STATEMENT", "The committee is needed.");
  }
}
