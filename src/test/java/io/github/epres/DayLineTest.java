package io.github.epres;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.epres.model.Header;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The day line of a text adopted gives the sitting's date and place, and the edition label that
 * follows the place on the same line, after a space or glued to it (real day lines, languages.md
 * §11 and ../shared/corpus/real/ta).
 */
class DayLineTest {
  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '¦',
      textBlock =
          """
          en ¦ Thursday, 24 February 2005 - Strasbourg Final edition ¦ 2005-02-24 ¦ Strasbourg ¦ Final edition
          sl ¦ Četrtek, 18. julij 2019 - StrasbourgKončna izdaja ¦ 2019-07-18 ¦ Strasbourg ¦ Končna izdaja
          de ¦ Mittwoch, 4. Oktober 2017 - Straßburg Endgültige Ausgabe ¦ 2017-10-04 ¦ Straßburg ¦ Endgültige Ausgabe
          el ¦ Τετάρτη 17 Απριλίου 2019 - Στρασβούργο Προσωρινή έκδοση ¦ 2019-04-17 ¦ Στρασβούργο ¦ Προσωρινή έκδοση
          lv ¦ Ceturtdiena, 2021. gada 11. februāris - Brisele ¦ 2021-02-11 ¦ Brisele ¦
          """)
  void readsTheDatePlaceAndEdition(
      String language, String dayLine, String date, String place, String edition) {
    // The day line over the language's fixture, as a text adopted's page prints it.
    String text = dayLine + "\n" + String.join("\n", LanguageFixtures.lines(language)) + "\n";
    Header header = ResolutionParser.builder().build().parse(text).header().orElseThrow();

    assertThat(header.date()).hasValueSatisfying(d -> assertThat(d).hasToString(date));
    assertThat(header.place()).contains(place);
    assertThat(header.edition().orElse(null)).isEqualTo(edition);
  }
}
