package io.github.epres;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.github.epres.model.Amendment;
import io.github.epres.model.AmendmentRow;
import io.github.epres.model.Diagnostic;
import io.github.epres.model.DocumentKind;
import io.github.epres.model.OtherLine;
import io.github.epres.model.Resolution;
import io.github.epres.model.Severity;
import io.github.epres.text.TextRenderer;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Committee report pages as doceo serves them, one layout of the amendments per generation: the
 * report's draft legislative resolution is the document parsed, its amendments are typed, and the
 * parts after it are the report's. The fixtures under {@code amendments/} are built on the markup
 * of the real pages of ../shared/corpus/real/reports-amendmerge (shortened, texts cut); the real
 * pages themselves are checked below where ../shared is present.
 */
class ReportAmendmentsTest {
  private static final ResolutionParser PARSER = ResolutionParser.builder().build();
  private static final Path FIXTURES = Path.of("src/test/resources/amendments");
  private static final Path REAL =
      Path.of(System.getProperty("epres.shared", "../shared"), "corpus/real/reports-amendmerge");

  /**
   * 1996–2002: the amendments stand before the draft legislative resolution, under "(Amendment 1)"
   * headings, with the table's column headings once above the first; the resolution after them is
   * the document; "B EXPLANATORY STATEMENT" opens the report's parts.
   */
  @Test
  void amendmentsBeforeTheResolution() throws IOException {
    Resolution r = parse("report-1996-en.html");

    assertThat(r.header().orElseThrow().documentNumbers()).contains("A4-0146/1996");
    assertThat(r.title().orElseThrow().kind()).contains(DocumentKind.LEGISLATIVE_RESOLUTION);
    assertThat(r.title().orElseThrow().text()).startsWith("Legislative resolution embodying");
    assertThat(r.citations()).hasSize(2);
    assertThat(r.paragraphs())
        .extracting(p -> p.text())
        .containsExactly(
            "Approves the Commission proposal, subject to Parliament's amendments;",
            "Instructs its President to forward this opinion to the Council and Commission.");
    assertThat(r.amendments()).extracting(Amendment::number).containsExactly("1", "2", "3");
    Amendment first = r.amendments().get(0);
    assertThat(first.columns()).containsExactly("Commission text[1]", "Amendments");
    assertThat(first.target()).containsExactly("Recital 3");
    assertThat(first.rows())
        .containsExactly(
            AmendmentRow.of(
                "3. Whereas some migrant lawyers may become integrated at the end of a period of"
                    + " practice;",
                "3. Whereas some migrant lawyers may become integrated after a certain period of"
                    + " practice;"));
    assertThat(r.amendments().get(1).rows())
        .containsExactly(
            AmendmentRow.of(
                "",
                "3a. The competent authority shall exempt lawyers from the social security"
                    + " scheme."));
    Amendment third = r.amendments().get(2);
    assertThat(third.columns()).containsExactly("Commission text[1]", "Amendments");
    assertThat(third.rows()).extracting(AmendmentRow::amended).containsExactly("deleted");
    assertThat(third.justification()).contains("The lectures are offered in any case.");
    assertThat(reportLines(r)).startsWith("B\u00A0EXPLANATORY STATEMENT", "1. BACKGROUND");
  }

  /**
   * 2002–2008: the resolution, then one table: the column headings once, each amendment's heading
   * and target in a centred cell, its row (a "." cell is text, not a marker), its justification.
   */
  @Test
  void amendmentsUnderTheTablesColumnHeadings() throws IOException {
    Resolution r = parse("report-2007-en.html");

    assertThat(r.title().orElseThrow().kind()).contains(DocumentKind.LEGISLATIVE_RESOLUTION);
    assertThat(r.paragraphs()).hasSize(2);
    assertThat(r.footnotes()).hasSize(1);
    assertThat(r.amendments()).hasSize(2);
    Amendment first = r.amendments().get(0);
    assertThat(first.number()).isEqualTo("1");
    assertThat(first.columns())
        .containsExactly("Text proposed by the Commission", "Amendments by Parliament");
    assertThat(first.target()).containsExactly("Citation 1 a (new)");
    assertThat(first.rows())
        .containsExactly(AmendmentRow.of(".", "Having regard to the guidelines on forced return,"));
    Amendment second = r.amendments().get(1);
    assertThat(second.columns()).isEqualTo(first.columns());
    assertThat(second.rows())
        .containsExactly(
            AmendmentRow.of(
                "(6) Voluntary return should be preferred.",
                "(6) Voluntary return should be preferred over forced return."));
    assertThat(second.justification()).contains("The text is unclear.");
    assertThat(reportLines(r)).startsWith("EXPLANATORY STATEMENT");
  }

  /**
   * "Adopts the position at first reading hereinafter set out": the position's text after the
   * resolution is kept whole as its annex, and its numbered lines are no paragraphs.
   */
  @Test
  void theConsolidatedPositionIsNoParagraphs() throws IOException {
    Resolution r = parse("report-2010-position-en.html");

    assertThat(r.paragraphs()).extracting(p -> p.id()).containsExactly("para_1", "para_2");
    assertThat(r.annex().orElseThrow().heading())
        .isEqualTo("POSITION OF THE EUROPEAN PARLIAMENTAT FIRST");
    assertThat(r.annex().orElseThrow().text())
        .contains(
            "HAVE ADOPTED THIS REGULATION:", "The contribution shall be paid in instalments.");
    assertThat(reportLines(r)).startsWith("EXPLANATORY STATEMENT", "1. Background");
  }

  /**
   * The real pages (1996–2022): each report's own amendments, counted by their headings in its
   * legislative part (those of the committees' opinions after it are the opinions'), with the first
   * amendment as the page prints it; no error.
   */
  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          A-4-1996-0146 | 27  | 1 | Recital 3                  | Commission text[1]
          A-4-1998-0334 | 33  | 1 | Citation 3a (new)          | Text proposed by the Commission[1]
          A-5-2002-0077 | 160 | 1 | Title                      | Text proposed by the Commission [1]
          A-5-2002-0129 | 102 | 1 | Recital 1                  | Text proposed by the Commission[1]
          A-5-2002-0303 | 74  | 1 | Recital 5 a (new)          | Text proposed by the Commission
          A-6-2006-0401 | 1   | 1 | ARTICLE 1, POINT 2, POINT (A) | Text proposed by the Commission
          A-6-2007-0339 | 73  | 1 | Citation 1 a (new)         | Text proposed by the Commission
          A-6-2009-0091 | 20  | 1 | Proposal for a regulation – amending act | Text proposed by the Commission
          A-7-2010-0035 | 43  | 1 | Proposal for a directive   | Text proposed by the Commission
          A-7-2013-0274 | 467 | 1 | Proposal for a regulation  | Text proposed by the Commission
          A-7-2014-0016 | 161 | 1 | Proposal for a regulation  | Text proposed by the Commission
          A-8-2017-0404 | 107 | 1 | Proposal for a regulation  | Text proposed by the Commission
          A-9-2023-0099 | 84  | 1 | Proposal for a directive   | Text proposed by the Commission
          """)
  void realReportPages(String page, int count, String number, String target, String column)
      throws IOException {
    Path file = REAL.resolve("report_" + page + "_EN.html");
    assumeTrue(Files.exists(file), "../shared/corpus is absent: " + file);
    Resolution r = PARSER.parseHtml(file);

    assertThat(r.title().orElseThrow().kind()).contains(DocumentKind.LEGISLATIVE_RESOLUTION);
    assertThat(r.amendments()).hasSize(count);
    Amendment first = r.amendments().get(0);
    assertThat(first.number()).isEqualTo(number);
    assertThat(first.target()).first().isEqualTo(target);
    assertThat(first.columns()).first().isEqualTo(column);
    assertThat(first.rows()).isNotEmpty();
    assertThat(r.diagnostics()).extracting(Diagnostic::severity).doesNotContain(Severity.ERROR);
  }

  private static Resolution parse(String fixture) throws IOException {
    String html = Files.readString(FIXTURES.resolve(fixture));
    Resolution r = PARSER.parseHtml(html);
    assertThat(TextRenderer.render(r)).isEqualTo(ResolutionParser.htmlText(html));
    assertThat(r.diagnostics()).extracting(Diagnostic::severity).doesNotContain(Severity.ERROR);
    return r;
  }

  private static List<String> reportLines(Resolution r) {
    return r.otherLines().stream()
        .filter(l -> l.kind() == OtherLine.Kind.REPORT)
        .map(OtherLine::text)
        .toList();
  }
}
