package io.github.epres;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.epres.json.ResolutionJson;
import io.github.epres.model.Amendment;
import io.github.epres.model.AmendmentRow;
import io.github.epres.model.Diagnostic;
import io.github.epres.model.DiagnosticCode;
import io.github.epres.model.DocumentKind;
import io.github.epres.model.OtherLine;
import io.github.epres.model.Resolution;
import io.github.epres.model.Severity;
import io.github.epres.text.TextRenderer;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Amendments, typed and kept out of the paragraphs: after a report's draft legislative resolution,
 * and as the whole of an "amendments adopted" text, in twelve languages of three scripts. The texts
 * are constructed to mirror the EP's amendment layout (heading, what is amended, the two columns
 * row by row as a browser copies them, with a tab between the cells, the justification).
 */
class AmendmentTest {
  private static final ResolutionParser PARSER = ResolutionParser.builder().build();
  private static final Path REPORT =
      Path.of("src/test/resources/amendments/legislative-report-en.txt");

  @Test
  void aReportsAmendmentsFollowItsLegislativeResolution() throws IOException {
    String text = Files.readString(REPORT);
    Resolution r = PARSER.parse(text);

    assertThat(TextRenderer.render(r)).isEqualTo(text);
    assertThat(r.diagnostics()).isEmpty();
    assertThat(r.citations()).hasSize(3);
    assertThat(r.paragraphs())
        .extracting(p -> p.id())
        .containsExactly("para_1", "para_2", "para_3");
    assertThat(r.amendments())
        .extracting(Amendment::id)
        .containsExactly("am_1", "am_2", "am_3", "am_4");

    Amendment first = r.amendments().get(0);
    assertThat(first.number()).isEqualTo("1");
    assertThat(first.target()).containsExactly("Proposal for a regulation", "Recital 1");
    assertThat(first.columns()).containsExactly("Text proposed by the Commission", "Amendment");
    assertThat(first.rows())
        .containsExactly(
            AmendmentRow.of("(1) Toys must be safe.", "(1) Toys must be safe for every child."));
    assertThat(first.justification()).contains("Children of every age play with toys.");
    assertThat(first.span().line()).isEqualTo(16);

    Amendment inserted = r.amendments().get(1);
    assertThat(inserted.target()).containsExactly("Proposal for a regulation", "Recital 3 a (new)");
    assertThat(inserted.original()).isEmpty();
    assertThat(inserted.amended())
        .isEqualTo("(3a) Connected toys must protect the data of children.");
    assertThat(inserted.justification()).isEmpty();

    assertThat(r.amendments().get(2).rows())
        .containsExactly(AmendmentRow.of("(a) toys placed on the market;", "deleted"));
    Amendment article = r.amendments().get(3);
    assertThat(article.rows()).hasSize(2);
    assertThat(article.original())
        .isEqualTo(
            "1. Manufacturers shall ensure that toys are safe.\n2. Importers shall keep records.");
    assertThat(article.amended()).endsWith("2. Importers shall keep records for ten years.");

    // The report's other parts follow the amendments and are not the resolution's.
    assertThat(r.otherLines())
        .filteredOn(l -> l.kind() == OtherLine.Kind.REPORT)
        .extracting(OtherLine::text)
        .startsWith("EXPLANATORY STATEMENT", "The rapporteur welcomes the proposal.");
  }

  @Test
  void amendmentsRoundTripThroughJson() throws IOException {
    String text = Files.readString(REPORT);
    Resolution r = PARSER.parse(text);
    String json = ResolutionJson.write(r);
    assertThat(json).contains("\"amendments\"", "\"original\" : \"(1) Toys must be safe.\"");
    assertThat(ResolutionJson.read(json).amendments()).isEqualTo(r.amendments());
  }

  /**
   * A report page as doceo marks it up (constructed): the contents table, the draft legislative
   * resolution, amendments as two-column tables with paragraphs in their cells, an empty spacer row
   * and an empty cell, the justification, the explanatory statement, the footnote table.
   */
  @Test
  void aReportPageInHtml() throws IOException {
    String html = Files.readString(Path.of("src/test/resources/amendments/report-page-de.html"));
    Resolution r = PARSER.parseHtml(html);

    assertThat(r.language()).isEqualTo("de");
    assertThat(r.diagnostics()).isEmpty();
    assertThat(r.header().orElseThrow().documentNumber()).contains("A9-0123/2021");
    assertThat(r.header().orElseThrow().report().orElseThrow().rapporteurs())
        .containsExactly("Erika Mustermann");
    assertThat(r.title().orElseThrow().kind()).contains(DocumentKind.LEGISLATIVE_RESOLUTION);
    assertThat(r.title().orElseThrow().procedure().orElseThrow().reference())
        .isEqualTo("2020/0066(COD)");
    assertThat(r.title().orElseThrow().subject())
        .contains(
            "zu dem Vorschlag für eine Verordnung des Europäischen Parlaments und des Rates über"
                + " die Sicherheit von Spielzeug");
    assertThat(r.citations()).hasSize(3);
    assertThat(r.paragraphs()).hasSize(2);
    assertThat(r.amendments()).hasSize(2);
    Amendment first = r.amendments().get(0);
    assertThat(first.number()).isEqualTo("1");
    assertThat(first.target()).containsExactly("Vorschlag für eine Verordnung", "Erwägung 1");
    assertThat(first.columns()).containsExactly("Vorschlag der Kommission", "Geänderter Text");
    assertThat(first.rows())
        .containsExactly(
            AmendmentRow.of(
                "(1) Spielzeug muss sicher sein.",
                "(1) Spielzeug muss für jedes Kind sicher sein."));
    assertThat(first.justification()).contains("Kinder jeden Alters spielen mit Spielzeug.");
    Amendment second = r.amendments().get(1);
    assertThat(second.original()).isEmpty();
    assertThat(second.amended())
        .isEqualTo(
            "(3a) Vernetztes Spielzeug muss die Daten der Kinder schützen. Das gilt auch für"
                + " Spielzeug, das online verkauft wird.");
    assertThat(r.otherLines())
        .filteredOn(l -> l.kind() == OtherLine.Kind.REPORT)
        .extracting(OtherLine::text)
        .startsWith("BEGRÜNDUNG")
        .contains("[1] ABl. C 202 vom 7.6.2016, S. 47.");
  }

  /** code, title, heading word, target lines, column headings, two rows' texts. */
  static Stream<Arguments> adoptedTexts() {
    return Stream.of(
        Arguments.of(
            "en",
            "Amendments adopted by the European Parliament on 10 March 2021 on the proposal for a"
                + " regulation on the safety of toys",
            "Amendment 1",
            "Amendment 2",
            "Proposal for a regulation|Recital 1",
            "Text proposed by the Commission|Amendment",
            "(1) Toys must be safe.|(1) Toys must be safe for every child."),
        Arguments.of(
            "de",
            "Abänderungen des Europäischen Parlaments vom 10. März 2021 zu dem Vorschlag für eine"
                + " Verordnung über die Sicherheit von Spielzeug",
            "Änderungsantrag 1",
            "Änderungsantrag 2",
            "Vorschlag für eine Verordnung|Erwägung 1",
            "Vorschlag der Kommission|Geänderter Text",
            "(1) Spielzeug muss sicher sein.|(1) Spielzeug muss für jedes Kind sicher sein."),
        Arguments.of(
            "fr",
            "Amendements adoptés par le Parlement européen le 10 mars 2021 sur la proposition de"
                + " règlement relatif à la sécurité des jouets",
            "Amendement 1",
            "Amendement 2",
            "Proposition de règlement|Considérant 1",
            "Texte proposé par la Commission|Amendement",
            "(1) Les jouets doivent être sûrs.|(1) Les jouets doivent être sûrs pour tout enfant."),
        Arguments.of(
            "nl",
            "Amendementen aangenomen door het Europees Parlement op 10 maart 2021 over het voorstel"
                + " voor een verordening betreffende de veiligheid van speelgoed",
            "Amendement 1",
            "Amendement 2",
            "Voorstel voor een verordening|Overweging 1",
            "Door de Commissie voorgestelde tekst|Amendement",
            "(1) Speelgoed moet veilig zijn.|(1) Speelgoed moet voor elk kind veilig zijn."),
        Arguments.of(
            "pl",
            "Poprawki przyjęte przez Parlament Europejski w dniu 10 marca 2021 r. w sprawie wniosku"
                + " dotyczącego rozporządzenia w sprawie bezpieczeństwa zabawek",
            "Poprawka 1",
            "Poprawka 2",
            "Wniosek dotyczący rozporządzenia|Motyw 1",
            "Tekst proponowany przez Komisję|Poprawka",
            "(1) Zabawki muszą być bezpieczne.|(1) Zabawki muszą być bezpieczne dla każdego"
                + " dziecka."),
        Arguments.of(
            "el",
            "Τροπολογίες του Ευρωπαϊκού Κοινοβουλίου της 10ης Μαρτίου 2021 σχετικά με την πρόταση"
                + " κανονισμού για την ασφάλεια των παιχνιδιών",
            "Τροπολογία 1",
            "Τροπολογία 2",
            "Πρόταση κανονισμού|Αιτιολογική σκέψη 1",
            "Κείμενο που προτείνει η Επιτροπή|Τροπολογία",
            "(1) Τα παιχνίδια πρέπει να είναι ασφαλή.|(1) Τα παιχνίδια πρέπει να είναι ασφαλή για"
                + " κάθε παιδί."),
        Arguments.of(
            "bg",
            "Изменения, приети от Европейския парламент на 10 март 2021 г. относно предложението за"
                + " регламент относно безопасността на играчките",
            "Изменение 1",
            "Изменение 2",
            "Предложение за регламент|Съображение 1",
            "Текст, предложен от Комисията|Изменение",
            "(1) Играчките трябва да са безопасни.|(1) Играчките трябва да са безопасни за всяко"
                + " дете."),
        Arguments.of(
            "lv",
            "Eiropas Parlamenta 2021. gada 10. marta grozījumi priekšlikumam regulai par rotaļlietu"
                + " drošumu",
            "Grozījums Nr. 1",
            "Grozījums Nr. 2",
            "Regulas priekšlikums|1. apsvērums",
            "Komisijas ierosinātais teksts|Grozījums",
            "(1) Rotaļlietām jābūt drošām.|(1) Rotaļlietām jābūt drošām ikvienam bērnam."),
        Arguments.of(
            "hu",
            "Az Európai Parlament 2021. március 10-i módosításai a játékok biztonságáról szóló"
                + " rendeletre irányuló javaslathoz",
            "Módosítás 1",
            "Módosítás 2",
            "Rendeletre irányuló javaslat|1 preambulumbekezdés",
            "A Bizottság által javasolt szöveg|Módosítás",
            "(1) A játékoknak biztonságosnak kell lenniük.|(1) A játékoknak minden gyermek"
                + " számára biztonságosnak kell lenniük."),
        Arguments.of(
            "mt",
            "Emendi adottati mill-Parlament Ewropew fl-10 ta' Marzu 2021 dwar il-proposta għal"
                + " regolament dwar is-sikurezza tal-ġugarelli",
            "Emenda 1",
            "Emenda 2",
            "Proposta għal regolament|Premessa 1",
            "Test propost mill-Kummissjoni|Emenda",
            "(1) Il-ġugarelli għandhom ikunu sikuri.|(1) Il-ġugarelli għandhom ikunu sikuri għal"
                + " kull tifel."),
        Arguments.of(
            "fi",
            "Euroopan parlamentin 10. maaliskuuta 2021 hyväksymät tarkistukset ehdotukseen"
                + " asetukseksi lelujen turvallisuudesta",
            "Tarkistus 1",
            "Tarkistus 2",
            "Ehdotus asetukseksi|Johdanto-osan 1 kappale",
            "Komission teksti|Tarkistus",
            "(1) Lelujen on oltava turvallisia.|(1) Lelujen on oltava turvallisia jokaiselle"
                + " lapselle."),
        Arguments.of(
            "ro",
            "Amendamentele adoptate de Parlamentul European la 10 martie 2021 referitoare la"
                + " propunerea de regulament privind siguranța jucăriilor",
            "Amendamentul 1",
            "Amendamentul 2",
            "Propunere de regulament|Considerentul 1",
            "Textul propus de Comisie|Amendamentul",
            "(1) Jucăriile trebuie să fie sigure.|(1) Jucăriile trebuie să fie sigure pentru"
                + " fiecare copil."));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("adoptedTexts")
  void anAmendmentsAdoptedTextIsItsAmendments(
      String code,
      String title,
      String heading1,
      String heading2,
      String target,
      String columns,
      String row) {
    String procedure = " (COM(2020)0123 – C9-0100/2020 – 2020/0066(COD))";
    List<String> lines =
        List.of(
            title + procedure,
            heading1,
            target.replace('|', '\n'),
            columns.replace('|', '\t'),
            row.replace('|', '\t'),
            heading2,
            target.replace('|', '\n').replace("1", "3a"),
            columns.replace('|', '\t'),
            "\u00A0\t" + row.substring(row.indexOf('|') + 1).replace("(1)", "(3a)"));
    String text = String.join("\n", lines) + "\n";
    Resolution r = PARSER.parse(text);

    assertThat(r.language()).isEqualTo(code);
    assertThat(TextRenderer.render(r)).isEqualTo(text);
    assertThat(r.diagnostics()).extracting(Diagnostic::severity).doesNotContain(Severity.ERROR);
    assertThat(r.citations()).isEmpty();
    assertThat(r.paragraphs()).isEmpty();
    assertThat(r.footnotes()).isEmpty();
    assertThat(r.amendments()).extracting(Amendment::number).containsExactly("1", "2");
    String[] cells = row.split("\\|");
    Amendment first = r.amendments().get(0);
    assertThat(first.target()).containsExactly(target.split("\\|"));
    assertThat(first.columns()).containsExactly(columns.split("\\|"));
    assertThat(first.rows()).containsExactly(AmendmentRow.of(cells[0], cells[1]));
    Amendment second = r.amendments().get(1);
    assertThat(second.original()).isEmpty();
    assertThat(second.amended()).isEqualTo(cells[1].replace("(1)", "(3a)"));
    assertThat(second.span().line()).isEqualTo(first.span().line() + 5);
  }

  @Test
  void eurLexPrintsTheColumnsAsCellsWithBars() {
    String text =
        String.join(
            "\n",
            "Amendments adopted by the European Parliament on 10 March 2021 on the proposal for a"
                + " regulation on the safety of toys (COM(2020)0123 – C9-0100/2020 –"
                + " 2020/0066(COD)) (1)",
            "Amendment 1",
            "Proposal for a regulation",
            "Recital 1",
            "Text proposed by the Commission | Amendment |",
            "(1) Toys must be safe. | (1) Toys must be safe for every child. |",
            "Amendment 2",
            "Proposal for a regulation",
            "Recital 3 a (new)",
            "Text proposed by the Commission | Amendment |",
            "| (3a) Connected toys must protect the data of children. |",
            "(1) The matter was referred back to the committee responsible (A9-0123/2021).",
            "");
    Resolution r = PARSER.parse(text);
    assertThat(TextRenderer.render(r)).isEqualTo(text);
    assertThat(r.amendments()).hasSize(2);
    assertThat(r.amendments().get(0).rows())
        .containsExactly(
            AmendmentRow.of("(1) Toys must be safe.", "(1) Toys must be safe for every child."));
    assertThat(r.amendments().get(1).rows())
        .containsExactly(
            AmendmentRow.of("", "(3a) Connected toys must protect the data of children."));
    assertThat(r.footnotes()).extracting(f -> f.number()).containsExactly(1);
  }

  @Test
  void columnsThatCannotBeToldApartAreOneWarningAndTheTextIsKept() {
    String text =
        String.join(
            "\n",
            "Amendments adopted by the European Parliament on 10 March 2021 on the proposal for a"
                + " regulation on the safety of toys (COM(2020)0123 – C9-0100/2020 –"
                + " 2020/0066(COD))",
            "Amendment 1",
            "Proposal for a regulation",
            "Recital 1",
            "Text proposed by the Commission Amendment",
            "(1) Toys must be safe. (1) Toys must be safe for every child.",
            "");
    Resolution r = PARSER.parse(text);
    assertThat(TextRenderer.render(r)).isEqualTo(text);
    Amendment amendment = r.amendments().get(0);
    assertThat(amendment.rows()).isEmpty();
    assertThat(amendment.text()).contains("(1) Toys must be safe. (1) Toys must be safe for");
    assertThat(r.diagnostics())
        .extracting(d -> d.code(), d -> d.span().line())
        .contains(org.assertj.core.groups.Tuple.tuple(DiagnosticCode.AMENDMENT_NOT_UNDERSTOOD, 2));
  }

  @Test
  void aLineThatIsOnlyAnAmendmentWordInAResolutionIsNoHeadingWithoutANumber() {
    String text =
        String.join(
            "\n",
            "European Parliament resolution of 10 March 2021 on toys (2021/2000(INI))",
            "The European Parliament,",
            "– having regard to Rule 54 of its Rules of Procedure,",
            "1. Calls for an Amendment;",
            "Amendment",
            "2. Instructs its President to forward this resolution to the Council.",
            "");
    Resolution r = PARSER.parse(text);
    assertThat(r.amendments()).isEmpty();
    assertThat(r.paragraphs()).hasSize(2);
  }

  /**
   * An amendment tabled for the plenary to a report's motion: its authors and the report stand
   * before the columns, and are read with what it amends; blank lines and a spacer row of empty
   * cells do not count.
   */
  @Test
  void aPlenaryAmendmentToAReportsMotion() {
    String text =
        String.join(
            "\n",
            "European Parliament resolution of 10 March 2021 on toys (2021/2000(INI))",
            "The European Parliament,",
            "– having regard to Rule 54 of its Rules of Procedure,",
            "1. Calls on the Commission to act;",
            "2. Instructs its President to forward this resolution to the Council.",
            "Amendment  12",
            "Jane Doe",
            "on behalf of the Verts/ALE Group",
            "",
            "Report A9-0123/2021",
            "Motion for a resolution",
            "Paragraph 1",
            "\u00A0\t\u00A0",
            "Motion for a resolution\tAmendment",
            "1. Calls on the Commission to act;\t1. Calls on the Commission to act without delay;",
            "");
    Resolution r = PARSER.parse(text);
    assertThat(TextRenderer.render(r)).isEqualTo(text);
    assertThat(r.diagnostics()).isEmpty();
    assertThat(r.paragraphs()).hasSize(2);
    Amendment amendment = r.amendments().get(0);
    assertThat(amendment.number()).isEqualTo("12");
    assertThat(amendment.target())
        .containsExactly(
            "Jane Doe",
            "on behalf of the Verts/ALE Group",
            "Report A9-0123/2021",
            "Motion for a resolution",
            "Paragraph 1");
    assertThat(amendment.columns()).containsExactly("Motion for a resolution", "Amendment");
    assertThat(amendment.amended()).isEqualTo("1. Calls on the Commission to act without delay;");
  }
}
