package io.github.epres.internal.layout.eurlex;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.epres.lang.LanguageProfile;
import io.github.epres.lang.LanguageProfiles;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Which head lines of real EUR-Lex copies are page furniture: a table of lines (from the pages of
 * ../shared/corpus/real/eurlex, as printed, indentation and cell bars kept), the document's
 * language, and whether the line is furniture.
 */
class EurLexFurnitureTest {
  @ParameterizedTest(name = "{0} ({1})")
  @CsvSource(
      delimiter = '→',
      value = {
        // The site's lines, in the interface's language (English on every page seen).
        "Choose the experimental features you want to try → lv → true",
        "This document is an excerpt from the EUR-Lex website → cs → true",
        "EUR-Lex Access to European Union law → pt → true",
        "Back to EUR-Lex homepage → es → true",
        "'    European flag' → en → true",
        "Document 52009IP0091(01) → cs → true",
        "'    52004IP0004' → de → true",
        "51997AP0406 → da → true",
        // The reference line, the languages on their own line, the ELI.
        "JO C 285E de 26.11.2009, p. 11–23 (BG, ES, CS, DA, DE, ET, EL, EN, FR, IT, LV, LT, HU, MT, NL,"
            + " PL, PT, RO, SK, SL, FI, SV) → pt → true",
        "OJ L 333, 27.12.2019, p. 134–134 → en → true",
        "(BG, ES, CS, DA, DE, ET, EL, EN, FR, HR, IT, LV, LT, HU, MT, NL, PL, PT, RO, SK, SL, FI, SV) →"
            + " en → true",
        "'    ELI: http://data.europa.eu/eli/res/2019/1429/oj' → hu → true",
        // The page header's cells, plain and in the table view.
        "'26.11.2009   ' → pt → true",
        "PT → pt → true",
        "Jornal Oficial da União Europeia → pt → true",
        "CE 285/11 → pt → true",
        "11.12.2020 | → ro → true",
        "RO | → ro → true",
        "Jurnalul Oficial al Uniunii Europene | → ro → true",
        "L 417/115 | → ro → true",
        "'    Gazzetta ufficiale dell’Unione europea' → it → true",
        "Journal officiel de l'Union européenne → fr → true",
        // Since 2023: the name in two lines, the series, the act's own number.
        "'    Official Journal' → en → true",
        "'    of the European Union' → en → true",
        "Amtsblatt → de → true",
        "der Europäischen Union → de → true",
        "'    Series C' → en → true",
        "Reihe L → de → true",
        "'    C/2023/467' → en → true",
        "2024/2277 → de → true",
        // The act's number, the older notice and numbers, an older notice's date.
        "'    (2016/C 055/30)' → mt → true",
        "2009/C 285 E/03 → pt → true",
        "'    (C/2023/467)' → en → true",
        "'    Oficiālais Vēstnesis 317 E , 23/12/2006 Lpp. 0480 - 0485' → lv → true",
        "'    20061223' → lv → true",
        "'    P6_TA(2006)0568' → lv → true",
        "A4-0406/97 → da → true",
        "B4-0356, 0357, 0364 and 0367/99 → en → true",
        // Not furniture: titles, short titles, the sitting line, author lines, blocks.
        "Entschließung des Europäischen Parlaments vom 9. März 2010 zu SOLVIT (2009/2138(INI)) → de →"
            + " false",
        "Dienstag, 9. März 2010 → de → false",
        "SOLVIT → de → false",
        "'    Muuntogeeninen maissi MON 87427 × MON 89034 × NK603' → fi → false",
        "DECISION (EU) 2019/2224 OF THE EUROPEAN PARLIAMENT → en → false",
        "of 23 October 2019 → en → false",
        "din 14 mai 2020 → ro → false",
        "'    (Konsultazzjoni)' → mt → false",
        "(Besonderes Gesetzgebungsverfahren — Konsultation) → de → false",
        "THE EUROPEAN PARLIAMENT, → en → false",
        "Europaparlamentet utfärdar denna resolution → sv → false",
        "— | → en → false",
        "A. | → ro → false",
        "'    1.   ' → hu → false",
        "[1] Not yet published in OJ. → en → false",
        "Forslaget godkendt med foelgende aendringer: → da → false",
      })
  void tellsFurnitureFromTheDocument(String line, String language, boolean furniture) {
    LanguageProfile profile = LanguageProfiles.forCode(language).orElseThrow();
    assertThat(EurLexFurniture.isFurniture(line, profile)).isEqualTo(furniture);
  }

  /** The site's lines and the page header are read without a language too (an unknown one). */
  @ParameterizedTest
  @CsvSource(
      delimiter = '→',
      value = {
        "This document is an excerpt from the EUR-Lex website → true",
        "Official Journal of the European Union | → true",
        "Az Európai Unió Hivatalos Lapja → true",
        "HU → true",
        "XX → false",
        "AZ EURÓPAI PARLAMENT, → false",
      })
  void readsWithoutALanguage(String line, boolean furniture) {
    assertThat(EurLexFurniture.isFurniture(line, null)).isEqualTo(furniture);
  }
}
