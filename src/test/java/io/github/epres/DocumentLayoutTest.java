package io.github.epres;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.epres.model.Diagnostic;
import io.github.epres.model.DiagnosticCode;
import io.github.epres.model.OtherLine;
import io.github.epres.model.Resolution;
import io.github.epres.model.Severity;
import io.github.epres.model.Title;
import io.github.epres.text.TextRenderer;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The layout as the grammar names it, on constructed texts: the author line anchors a resolution,
 * so page furniture that looks like an item stays front matter; a title that is not understood
 * costs one warning and no block; a title's procedure may stand on the next line; furniture after
 * the last paragraph is closing furniture, not an error.
 */
class DocumentLayoutTest {
  private static final ResolutionParser PARSER = ResolutionParser.builder().build();

  /** A doceo page of a text adopted, copied, in a language whose day line starts with the year. */
  private static final String HU_PAGE =
      """
      Elfogadott szövegek
      PDF 152kWORD 51k
      2020. november 25., Szerda - Brüsszel
      1. Index
      P9_TA(2020)0322
      Az Európai Parlament 2020. november 25-i állásfoglalása az iparpolitikáról (2020/2076(INI))
      Az Európai Parlament,
      –  tekintettel az Európai Unióról szóló szerződésre,
      –  tekintettel az Európai Unió működéséről szóló szerződésre,
      –  tekintettel a 2019. december 11-i közleményre,
      –  tekintettel a 2020. március 10-i közleményre,
      –  tekintettel korábbi állásfoglalásaira,
      –  tekintettel eljárási szabályzatának 54. cikkére,
      A.  mivel az első;
      B.  mivel a második;
      1.  felhívja a Bizottságot, hogy cselekedjen;
      2.  utasítja elnökét, hogy továbbítsa ezt az állásfoglalást a Tanácsnak és a Bizottságnak.
      """;

  @Test
  void aDayLineStartingWithAYearIsFrontMatter() {
    Resolution r = PARSER.parse(HU_PAGE);
    assertThat(r.language()).isEqualTo("hu");
    assertThat(r.citations()).hasSize(6);
    assertThat(r.recitals()).extracting(b -> b.id()).containsExactly("rec_A", "rec_B");
    assertThat(r.paragraphs()).extracting(b -> b.id()).containsExactly("para_1", "para_2");
    Title title = r.title().orElseThrow();
    assertThat(title.date()).contains(LocalDate.of(2020, 11, 25));
    assertThat(title.procedure().orElseThrow().reference()).isEqualTo("2020/2076(INI)");
    assertThat(r.header().orElseThrow().documentNumber()).contains("P9_TA(2020)0322");
    assertThat(r.otherLines())
        .filteredOn(l -> l.kind() == OtherLine.Kind.HEADER)
        .extracting(OtherLine::text)
        .containsExactly(
            "Elfogadott szövegek",
            "PDF 152kWORD 51k",
            "2020. november 25., Szerda - Brüsszel",
            "1. Index",
            "P9_TA(2020)0322");
    assertThat(r.diagnostics()).isEmpty();
    assertThat(TextRenderer.render(r)).isEqualTo(HU_PAGE);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          en | 11. February 2021 | European Parliament resolution of 11 February 2021 on the human rights situation in Kazakhstan (2021/2544(RSP)) | The European Parliament, | – having regard to its resolutions, | A. whereas one; | 1. Calls on the Commission to act;
          de | 11. Februar 2021 - Brüssel | Entschließung des Europäischen Parlaments vom 11. Februar 2021 zur Lage der Menschenrechte in Kasachstan (2021/2544(RSP)) | Das Europäische Parlament, | – unter Hinweis auf seine Entschließungen, | A. in der Erwägung, dass eins; | 1. fordert die Kommission auf;
          el | 2021. Πέμπτη | Ψήφισμα του Ευρωπαϊκού Κοινοβουλίου της 11ης Φεβρουαρίου 2021 σχετικά με την κατάσταση των ανθρωπίνων δικαιωμάτων στο Καζακστάν (2021/2544(RSP)) | Το Ευρωπαϊκό Κοινοβούλιο, | – έχοντας υπόψη τα ψηφίσματά του, | Α. εκτιμώντας ότι ένα· | 1. καλεί την Επιτροπή·
          """)
  void furnitureThatLooksLikeAParagraphStaysFrontMatter(
      String language,
      String furniture,
      String title,
      String author,
      String citation,
      String recital,
      String paragraph) {
    String text = String.join("\n", furniture, title, author, citation, recital, paragraph) + "\n";
    Resolution r = PARSER.parse(text);
    assertThat(r.language()).isEqualTo(language);
    assertThat(r.otherLines()).extracting(OtherLine::kind).containsExactly(OtherLine.Kind.HEADER);
    assertThat(r.title().orElseThrow().date()).contains(LocalDate.of(2021, 2, 11));
    assertThat(r.citations()).hasSize(1);
    assertThat(r.recitals()).extracting(b -> b.id()).containsExactly("rec_A");
    assertThat(r.paragraphs()).extracting(b -> b.id()).containsExactly("para_1");
    assertThat(r.diagnostics()).isEmpty();
    assertThat(TextRenderer.render(r)).isEqualTo(text);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          en | The European Parliament, | – having regard to its resolutions, | A. whereas one; | 1. Calls on the Commission to act;
          lv | Eiropas Parlaments, | – ņemot vērā iepriekšējās rezolūcijas, | A. tā kā pirmais; | 1. aicina Komisiju rīkoties;
          el | Το Ευρωπαϊκό Κοινοβούλιο, | – έχοντας υπόψη τα ψηφίσματά του, | Α. εκτιμώντας ότι ένα· | 1. καλεί την Επιτροπή·
          """)
  void aTitleNotUnderstoodIsOneWarningAndCostsNoBlock(
      String language, String author, String citation, String recital, String paragraph) {
    String text =
        String.join(
                "\n",
                "Texts adopted",
                "Something that has no title pattern at all",
                author,
                citation,
                recital,
                paragraph)
            + "\n";
    Resolution r = PARSER.parse(text);
    assertThat(r.language()).isEqualTo(language);
    assertThat(r.title().orElseThrow().text())
        .isEqualTo("Something that has no title pattern at all");
    assertThat(r.authorLine().orElseThrow().text()).isEqualTo(author);
    assertThat(r.citations()).hasSize(1);
    assertThat(r.recitals()).hasSize(1);
    assertThat(r.paragraphs()).hasSize(1);
    assertThat(r.diagnostics())
        .extracting(Diagnostic::code)
        .containsExactly(DiagnosticCode.TITLE_NOT_UNDERSTOOD);
    assertThat(r.diagnostics().get(0).severity()).isEqualTo(Severity.WARNING);
    assertThat(r.diagnostics().get(0).span().line()).isEqualTo(2);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          en | European Parliament resolution of 11 February 2021 on the human rights situation in Kazakhstan | The European Parliament, | – having regard to its resolutions, | on the human rights situation in Kazakhstan
          lv | Eiropas Parlamenta 2021. gada 11. februāra rezolūcija par cilvēktiesību stāvokli Kazahstānā | Eiropas Parlaments, | – ņemot vērā iepriekšējās rezolūcijas, | par cilvēktiesību stāvokli Kazahstānā
          de | Entschließung des Europäischen Parlaments vom 11. Februar 2021 zur Lage der Menschenrechte in Kasachstan | Das Europäische Parlament, | – unter Hinweis auf seine Entschließungen, | zur Lage der Menschenrechte in Kasachstan
          """)
  void aTitleWhoseProcedureStandsOnTheNextLine(
      String language, String titleLine, String author, String citation, String subject) {
    String text =
        String.join("\n", titleLine, "(2021/2544(RSP))", author, citation, "1. Something to do.")
            + "\n";
    Resolution r = PARSER.parse(text);
    assertThat(r.language()).isEqualTo(language);
    Title title = r.title().orElseThrow();
    assertThat(title.text()).isEqualTo(titleLine + "\n(2021/2544(RSP))");
    assertThat(title.span().line()).isEqualTo(1);
    assertThat(title.date()).contains(LocalDate.of(2021, 2, 11));
    assertThat(title.subject()).contains(subject);
    assertThat(title.procedure().orElseThrow().reference()).isEqualTo("2021/2544(RSP)");
    assertThat(r.otherLines()).isEmpty();
    assertThat(r.diagnostics()).extracting(Diagnostic::severity).doesNotContain(Severity.ERROR);
  }

  @Test
  void furnitureAfterTheFinalParagraphAndTheFootnotesIsClosingFurniture() {
    String text =
        String.join(
                "\n",
                "European Parliament resolution of 11 February 2021 on the human rights situation"
                    + " in Kazakhstan (2021/2544(RSP))",
                "The European Parliament,",
                "– having regard to its resolutions(1),",
                "1. Instructs its President to forward this resolution to the Council.",
                "",
                "(1) OJ C 23, 21.1.2021, p. 23.",
                "Last updated: 12 February 2021Legal notice - Privacy policy")
            + "\n";
    Resolution r = PARSER.parse(text);
    assertThat(r.footnotes()).hasSize(1);
    assertThat(r.citations().get(0).footnoteRefs()).hasSize(1);
    assertThat(r.otherLines())
        .extracting(OtherLine::kind)
        .containsExactly(OtherLine.Kind.BLANK, OtherLine.Kind.FOOTER);
    assertThat(r.diagnostics()).isEmpty();
  }

  @Test
  void strayTextBeforeTheLastParagraphIsStillAnError() {
    String text =
        String.join(
                "\n",
                "The European Parliament,",
                "– having regard to its resolutions,",
                "1. Instructs its President to forward this resolution to the Council.",
                "",
                "Some stray text.",
                "2. Calls on the Commission to act.")
            + "\n";
    Resolution r = ResolutionParser.builder().language("en").build().parse(text);
    assertThat(r.paragraphs()).hasSize(2);
    assertThat(r.diagnostics())
        .extracting(Diagnostic::code)
        .contains(DiagnosticCode.UNRECOGNIZED_LINE);
    assertThat(r.otherLines())
        .extracting(OtherLine::kind)
        .doesNotContain(OtherLine.Kind.FOOTER)
        .isEqualTo(List.of(OtherLine.Kind.BLANK, OtherLine.Kind.TEXT));
  }
}
