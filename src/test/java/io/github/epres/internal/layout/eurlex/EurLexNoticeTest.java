package io.github.epres.internal.layout.eurlex;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.epres.model.OfficialJournal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The notice of real EUR-Lex copies (the pages of ../shared/corpus/real/eurlex, named by their
 * CELEX number and view), read from their head lines as printed: every view, several languages.
 */
class EurLexNoticeTest {
  /** Plain view with the site's banner: 52015IP0198_EN-plain, lines 1–28. */
  @Test
  void readsThePlainViewWithItsBanner() {
    EurLexNotice notice =
        read(
            "EUR-Lex Access to European Union law",
            "Back to EUR-Lex homepage",
            "This document is an excerpt from the EUR-Lex website",
            "Document 52015IP0198",
            "European Parliament resolution of 19 May 2015 on green growth opportunities for SMEs"
                + " (2014/2209(INI))",
            "OJ C 353, 27.9.2016, p. 27–34 (BG, ES, CS, DA, DE, ET, EL, EN, FR, HR, IT, LV, LT, HU,"
                + " MT, NL, PL, PT, RO, SK, SL, FI, SV)",
            "27.9.2016   ",
            "EN",
            "Official Journal of the European Union",
            "C 353/27",
            "P8_TA(2015)0198",
            "Green growth opportunities for SMEs",
            "(2016/C 353/03)");
    assertThat(notice.celex()).contains("52015IP0198");
    assertJournal(notice, "C", "353", "2016-09-27", "27", "2016/C 353/03", "EN");
  }

  /** Table view: 52021IP0514_DE-oj, lines 1–15 (the reference line broken before its languages). */
  @Test
  void readsTheTableView() {
    EurLexNotice notice =
        read(
            "This document is an excerpt from the EUR-Lex website",
            "Document 52021IP0514",
            "ABl. C 251 vom 30.6.2022, p. 138–143",
            "(BG, ES, CS, DA, DE, ET, EL, EN, FR, HR, IT, LV, LT, HU, MT, NL, PL, PT, RO, SK, SL, FI,"
                + " SV)",
            "30.6.2022 |",
            "DE |",
            "Amtsblatt der Europäischen Union |",
            "C 251/138 |",
            "P9_TA(2021)0514",
            "(2022/C 251/16)");
    assertThat(notice.celex()).contains("52021IP0514");
    assertJournal(notice, "C", "251", "2022-06-30", "138", "2022/C 251/16", "DE");
  }

  /**
   * An E issue of the C series without the site's lines: 52009IP0074_BG-plain, lines 1–17 (the
   * act's number without brackets; no CELEX number anywhere on the page).
   */
  @Test
  void readsAnEIssueWithoutTheSitesLines() {
    EurLexNotice notice =
        read(
            "25.3.2010   ",
            "BG",
            "Официален вестник на Европейския съюз",
            "CE 76/54",
            "Четвъртък, 19 февруари 2009 г.",
            "P6_TA(2009)0074",
            "2010/C 76 E/12");
    assertThat(notice.celex()).isEmpty();
    assertJournal(notice, "C", "76E", "2010-03-25", "54", "2010/C 76 E/12", "BG");
  }

  /** Since 2023, one act an issue: 52023BP0119_EN-oj, lines 5–33. */
  @Test
  void readsTheJournalOfOneActAnIssue() {
    EurLexNotice notice =
        read(
            "Document 52023BP0119",
            "OJ C, C/2023/467, 1.12.2023, ELI: http://data.europa.eu/eli/C/2023/467/oj (BG, ES, CS,"
                + " DA, DE, ET, EL, EN, FR, GA, HR, IT, LV, LT, HU, MT, NL, PL, PT, RO, SK, SL, FI,"
                + " SV)",
            "ELI: http://data.europa.eu/eli/C/2023/467/oj",
            "European flag",
            "Official Journal",
            "of the European Union",
            "EN",
            "Series C",
            "C/2023/467",
            "1.12.2023",
            "P9_TA(2023)0119",
            "(C/2023/467)");
    assertThat(notice.celex()).contains("52023BP0119");
    assertJournal(notice, "C", "C/2023/467", "2023-12-01", null, "C/2023/467", "EN");
  }

  /** The L series of one act an issue: 52024BP2277_DE-plain, lines 5–25. */
  @Test
  void readsTheLSeriesOfOneActAnIssue() {
    EurLexNotice notice =
        read(
            "Document 52024BP2277",
            "ABl. L, 2024/2277, 10.10.2024, ELI: http://data.europa.eu/eli/res/2024/2277/oj (BG, ES,"
                + " CS, DA, DE, ET, EL, EN, FR, GA, HR, IT, LV, LT, HU, MT, NL, PL, PT, RO, SK, SL, FI,"
                + " SV)",
            "Amtsblatt",
            "der Europäischen Union",
            "DE",
            "Reihe L",
            "2024/2277",
            "10.10.2024");
    assertThat(notice.celex()).contains("52024BP2277");
    assertJournal(notice, "L", "2024/2277", "2024-10-10", null, null, "DE");
  }

  /** The older notice lines, with the series letter or without: the first page of each. */
  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = ';',
      value = {
        // 51997AP0406_DA-plain, line 5
        "EF-Tidende nr. C 034 af 02/02/1998 s. 0075;C;34;1998-02-02;75",
        // 51999IP0356_EN-plain, line 15
        "Official Journal C 219 , 30/07/1999 P. 0190;C;219;1999-07-30;190",
        // 52004IP0004_DE-plain, line 15: no series letter, an E issue
        "Amtsblatt Nr. 247 E vom 06/10/2005 S. 0088 - 0093;C;247E;2005-10-06;88",
        // 52005AP0256_EN-plain, line 6
        "Official Journal 133 E , 08/06/2006 P. 0116 - 0131;C;133E;2006-06-08;116",
        // 52006IP0568_LV-plain, line 15
        "Oficiālais Vēstnesis 317 E , 23/12/2006 Lpp. 0480 - 0485;C;317E;2006-12-23;480",
      })
  void readsTheOlderNoticeLine(String line, String series, String issue, String date, String page) {
    EurLexNotice notice = read(line);
    assertJournal(notice, series, issue, date, page, null, null);
  }

  /** The reference line in the interface's language, whatever the document's. */
  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = ';',
      value = {
        // 51999IP0356_EN-plain, line 9: an English text on the Romanian interface
        "JO C 219, 30.7.1999, p. 190 (ES, DA, DE, EL, EN, FR, IT, NL, PT, FI, SV);C;219;1999-07-30;190",
        // 52005AP0256_EN-plain, line 3: an English text on the Croatian interface
        "SL C 133E, 8.6.2006, p. 116–131 (ES, CS, DA, DE, ET, EL, EN, FR, IT, LV, LT, HU, MT, NL, PL,"
            + " PT, SK, SL, FI, SV);C;133E;2006-06-08;116",
        // 52009IP0091(01)_CS-plain, line 11
        "Úř. věst. C 285E, 21.10.2010, p. 35–41 (BG, ES, CS, DA, DE, ET, EL, EN, FR, IT, LV, LT, HU,"
            + " MT, NL, PL, PT, RO, SK, SL, FI, SV);C;285E;2010-10-21;35",
        // 52019BP1429_HU-oj, line 9: the year first
        "HL L 249., 2019.9.27, p. 123–126 (BG, ES, CS, DA, DE, ET, EL, EN, FR, HR, IT, LV, LT, HU,"
            + " MT, NL, PL, PT, RO, SK, SL, FI, SV);L;249;2019-09-27;123",
        // 52017IP0378_IT-all, line 9
        "GU C 346 del 27.9.2018, p. 60–65 (BG, ES, CS, DA, DE, ET, EL, EN, FR, HR, IT, LV, LT, HU,"
            + " MT, NL, PL, PT, RO, SK, SL, FI, SV);C;346;2018-09-27;60",
      })
  void readsTheInterfacesReferenceLine(
      String line, String series, String issue, String date, String page) {
    assertJournal(read(line), series, issue, date, page, null, null);
  }

  /** The old numbers as the notice prints them, kept whole; 51999IP0356_EN-plain, line 18. */
  @Test
  void keepsTheOlderDocumentNumbersAsPrinted() {
    assertThat(read("A4-0406/97", "B4-0356, 0357, 0364 and 0367/99").numbers())
        .containsExactly("A4-0406/97", "B4-0356, 0357, 0364 and 0367/99");
  }

  /** A footnote's reference, alone, is no notice; nor is a date alone (older motion pages). */
  @Test
  void aReferenceAloneIsNoNotice() {
    assertThat(read("OJ C 23, 21.1.2021, p. 23.").journal()).isEmpty();
    assertThat(read("OJ C 224, 27.6.2018, p. 36–44", "28.9.2016").journal()).isEmpty();
    EurLexNotice footnote = new EurLexNotice();
    assertThat(footnote.read("(1) OJ C 23, 21.1.2021, p. 23.")).isFalse();
  }

  /**
   * Head lines that are not the notice's: titles, a short title, a sitting line, an author line.
   */
  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "Entschließung des Europäischen Parlaments vom 9. März 2010 zu SOLVIT (2009/2138(INI))",
        "Dienstag, 9. März 2010",
        "SOLVIT",
        "Geneetiliselt muundatud raps MON 88302 × Ms8 × Rf3",
        "(Konsultazzjoni)",
        "AZ EURÓPAI PARLAMENT (EU) 2019/1429 ÁLLÁSFOGLALÁSA",
        "(2019. március 26.)",
        "Europaparlamentet utfärdar denna resolution",
      })
  void readsNothingFromOtherHeadLines(String line) {
    EurLexNotice notice = new EurLexNotice();
    assertThat(notice.read(line)).isFalse();
    assertThat(notice.journal()).isEmpty();
    assertThat(notice.celex()).isEmpty();
  }

  private static EurLexNotice read(String... lines) {
    EurLexNotice notice = new EurLexNotice();
    for (String line : List.of(lines)) {
      notice.read(line.replace('\u00A0', ' ').strip());
    }
    return notice;
  }

  private static void assertJournal(
      EurLexNotice notice,
      String series,
      String issue,
      String date,
      String page,
      String number,
      String language) {
    OfficialJournal journal = notice.journal().orElseThrow();
    assertThat(journal.series()).isEqualTo(series);
    assertThat(journal.issue()).contains(issue);
    assertThat(journal.date()).contains(LocalDate.parse(date));
    assertThat(journal.page().orElse(null)).isEqualTo(page);
    assertThat(journal.number().orElse(null)).isEqualTo(number);
    assertThat(journal.language().orElse(null)).isEqualTo(language);
  }
}
