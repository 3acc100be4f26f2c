package io.github.epres;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.epres.model.Diagnostic;
import io.github.epres.model.DiagnosticCode;
import io.github.epres.model.DocumentKind;
import io.github.epres.model.Header;
import io.github.epres.model.Motion;
import io.github.epres.model.OtherLine;
import io.github.epres.model.Resolution;
import io.github.epres.model.Severity;
import io.github.epres.text.TextRenderer;
import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * An individual motion as older doceo pages (2014–2019) show it, copied as text, in six languages:
 * the heading in capitals, the download line, the tabling date, the PE number, a line holding one
 * space, the number, the Rule line, the subject, the authors on one line with no group line, the
 * number again, the title "Motion for a European Parliament resolution on …" in the page's
 * language, the text, and the page's closing footer.
 */
class OlderMotionPageTest {
  private static final ResolutionParser PARSER = ResolutionParser.builder().build();

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          en | MOTION FOR A RESOLUTION | pursuant to Rule 133 of the Rules of Procedure | on the protection of bees | Motion for a European Parliament resolution on the protection of bees
          de | ENTSCHLIESSUNGSANTRAG | eingereicht gemäß Artikel 133 der Geschäftsordnung | zum Schutz der Bienen | Entwurf einer Entschließung des Europäischen Parlaments zum Schutz der Bienen
          fr | PROPOSITION DE RÉSOLUTION | déposée conformément à l'article 133 du règlement intérieur | sur la protection des abeilles | Proposition de résolution du Parlement européen sur la protection des abeilles
          cs | NÁVRH USNESENÍ | předložený v souladu s článkem 133 jednacího řádu | o ochraně včel | Návrh usnesení Evropského parlamentu o ochraně včel
          lv | REZOLŪCIJAS PRIEKŠLIKUMS | iesniegts saskaņā ar Reglamenta 133. pantu | par bišu aizsardzību | Eiropas Parlamenta rezolūcijas priekšlikums par bišu aizsardzību
          el | ΠΡΟΤΑΣΗ ΨΗΦΙΣΜΑΤΟΣ | σύμφωνα με το άρθρο 133 του Κανονισμού | σχετικά με την προστασία των μελισσών | Πρόταση ψηφίσματος του Ευρωπαϊκού Κοινοβουλίου σχετικά με την προστασία των μελισσών
          pl | PROJEKT REZOLUCJI | złożony zgodnie z art. 133 Regulaminu | w sprawie ochrony pszczół | Projekt rezolucji Parlamentu Europejskiego w sprawie ochrony pszczół
          sk | NÁVRH UZNESENIA | predložený v súlade s článkom 133 rokovacieho poriadku | o ochrane včiel | Návrh uznesenia Európskeho parlamentu o ochrane včiel
          lt | PASIŪLYMAS DĖL REZOLIUCIJOS | pateiktas pagal Darbo tvarkos taisyklių 133 straipsnį | dėl bičių apsaugos | Europos Parlamento rezoliucijos projektas dėl bičių apsaugos
          sl | PREDLOG RESOLUCIJE | vložen v skladu s členom 133 Poslovnika | o zaščiti čebel | Predlog resolucije Evropskega parlamenta o zaščiti čebel
          hr | PRIJEDLOG REZOLUCIJE | podnesen u skladu s člankom 133. Poslovnika | o zaštiti pčela | Prijedlog rezolucije Europskog parlamenta o zaštiti pčela
          """)
  void readsTheHeaderOfAnIndividualMotion(
      String language, String heading, String rule, String subject, String title)
      throws IOException {
    List<String> fixture = LanguageFixtures.lines(language);
    List<String> lines = new ArrayList<>();
    lines.addAll(
        List.of(
            heading,
            "PDF 112kWORD 45k",
            "12.3.2018",
            "PE618.321v01-00",
            " ",
            "B8-0123/2018",
            rule,
            subject,
            "Jan Novák, Anna Schmidt",
            "B8-0123/2018",
            title));
    lines.addAll(fixture.subList(1, fixture.size()));
    lines.add("Legal notice - Privacy policy");
    String page = String.join("\n", lines) + "\n";

    Resolution r = PARSER.parse(page);
    assertThat(r.language()).isEqualTo(language);
    assertThat(TextRenderer.render(r)).isEqualTo(page);
    assertThat(r.diagnostics()).extracting(Diagnostic::severity).doesNotContain(Severity.ERROR);
    Header header = r.header().orElseThrow();
    assertThat(header.documentNumber()).contains("B8-0123/2018");
    Motion motion = header.motion().orElseThrow();
    assertThat(motion.kind()).isEqualTo(Motion.Kind.MOTION);
    assertThat(motion.heading()).isEqualTo(heading);
    assertThat(motion.date()).contains(LocalDate.of(2018, 3, 12));
    assertThat(motion.subject()).contains(subject);
    assertThat(motion.authorGroups()).hasSize(1);
    assertThat(motion.authorGroups().get(0).group()).isEmpty();
    assertThat(motion.authorGroups().get(0).authors()).containsExactly("Jan Novák", "Anna Schmidt");
    assertThat(r.title().orElseThrow().text()).isEqualTo(title);
    // The title is read, not assumed: its kind word, in the genitive in el, pl, lt, sk, sl, hr.
    assertThat(r.title().orElseThrow().kind()).contains(DocumentKind.RESOLUTION);
    assertThat(r.diagnostics())
        .extracting(Diagnostic::code)
        .doesNotContain(DiagnosticCode.TITLE_NOT_UNDERSTOOD);
    assertThat(r.citations()).isNotEmpty();
    assertThat(r.paragraphs()).isNotEmpty();
    assertThat(r.otherLines())
        .filteredOn(l -> l.kind() == OtherLine.Kind.FOOTER)
        .extracting(OtherLine::text)
        .containsExactly("Legal notice - Privacy policy");
  }

  /** An 8th-term joint motion lists the motions it replaces group first: "PPE (B8‑1051/2016)". */
  @org.junit.jupiter.api.Test
  void readsTheReplacedMotionsOfAnOlderJointMotion() {
    String page =
        String.join(
                "\n",
                "JOINT MOTION FOR A RESOLUTION",
                "PDF 175kWORD 105k",
                "4.10.2016",
                "PE589.647v01-00} RC1",
                "B8-1058/2016} RC1",
                "pursuant to Rule 123(2) and (4) of the Rules of Procedure",
                "replacing the motions by the following groups:",
                "PPE (B8\u20111051/2016)",
                "S&D (B8\u20111053/2016)",
                "on the situation in Syria",
                "Anne Sander on behalf of the PPE Group",
                "European Parliament resolution on the situation in Syria (2016/2891(RSP))",
                "The European Parliament,",
                "– having regard to its previous resolutions on Syria,",
                "1. Instructs its President to forward this resolution to the Council.")
            + "\n";
    Resolution r = PARSER.parse(page);
    Motion motion = r.header().orElseThrow().motion().orElseThrow();
    assertThat(motion.kind()).isEqualTo(Motion.Kind.JOINT_MOTION);
    assertThat(motion.date()).contains(LocalDate.of(2016, 10, 4));
    assertThat(motion.replacedMotions())
        .extracting(m -> m.number() + " " + m.group().orElse("-"))
        .containsExactly("B8-1051/2016 PPE", "B8-1053/2016 S&D");
    assertThat(motion.subject()).contains("on the situation in Syria");
    assertThat(motion.authorGroups()).hasSize(1);
    assertThat(motion.authorGroups().get(0).group()).contains("PPE");
    assertThat(motion.authorGroups().get(0).authors()).containsExactly("Anne Sander");
    assertThat(r.diagnostics()).extracting(Diagnostic::severity).doesNotContain(Severity.ERROR);
  }
}
