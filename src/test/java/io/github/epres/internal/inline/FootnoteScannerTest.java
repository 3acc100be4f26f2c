package io.github.epres.internal.inline;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.epres.lang.LanguageProfiles;
import io.github.epres.model.FootnoteRef;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The footnote-marker table: a text of one block (the first in its document, so the sequence starts
 * at 1), the profile whose article and rule words apply, and the markers found as number@offset.
 * Markers after a word are always read; after a number or a space only in sequence and never after
 * an article, rule or paragraph word.
 */
class FootnoteScannerTest {
  @ParameterizedTest(name = "[{1}] {0}")
  @CsvSource(
      delimiter = '^',
      textBlock =
          """
          Kazahstānā(1) un                                     ^ lv ^ 1@10
          aprīļa(2), marta(3)                                  ^ lv ^ 2@6 3@16
          2013 г.(2)                                           ^ bg ^ 2@7
          “ekstrēmismu”(12)                                    ^ lv ^ 12@13
          Rules 150(5)                                         ^ en ^ ''
          Rule 1(1)                                            ^ en ^ ''
          list (3) items                                       ^ en ^ ''
          (4) at the start                                     ^ en ^ ''
          (2021/2544(RSP))                                     ^ en ^ ''
          (DCK)un                                              ^ lv ^ ''
          word(1234)                                           ^ en ^ ''
          Kazakhstan[1] and                                    ^ en ^ 1@10
          a(1) b[2] c(3)                                       ^ en ^ 1@1 2@6 3@11
          Rule 150[5]                                          ^ en ^ ''
          [4] at the start                                     ^ en ^ ''
          x(1]                                                 ^ en ^ ''
          of 18 April 2013(1), 15 March 2012(2) and 17 September 2009(3), ^ en ^ 1@16 2@34 3@59
          Kazakhstan(1), 18 April 2013(2) and 2012(3)          ^ en ^ 1@10 2@28 3@40
          2013(2) before 1                                     ^ en ^ ''
          Regulation (EU) No 1303/2013(1)                      ^ en ^ 1@28
          the refugee agency (UNHCR)(1)                        ^ en ^ 1@26
          resolution (2019/1234(RSP))(1)                       ^ en ^ 1@27
          Article 1(1) of the Treaty(1)                        ^ en ^ 1@26
          Articles 2, 1(1) and 21                              ^ en ^ ''
          Articles 9, 151, 152, 153(1) and (2), and 173        ^ en ^ ''
          Rule 1(1) and Rule 125(1)                            ^ en ^ ''
          a 78. cikkének (1) bekezdésére                       ^ hu ^ ''
          articolul 32 alineatul (1) primul paragraf           ^ ro ^ ''
          l-Artikolu 1(1) u (2)                                ^ mt ^ ''
          člena 1(1) Poslovnika                                ^ sl ^ ''
          Riail 1(1) agus (2)                                  ^ ga ^ ''
          """)
  void findsMarkersNotParagraphs(String text, String language, String expected) {
    FootnoteScanner scanner =
        new FootnoteScanner(LanguageProfiles.forCode(language).orElseThrow().referenceWords());
    assertThat(format(scanner.scan(List.of(text), Set.of()).get(0))).isEqualTo(expected);
  }

  @Test
  void theSequenceRunsThroughTheDocument() {
    FootnoteScanner scanner =
        new FootnoteScanner(LanguageProfiles.forCode("en").orElseThrow().referenceWords());
    List<List<FootnoteRef>> refs =
        scanner.scan(
            List.of(
                "having regard to its resolution on Kazakhstan(1),",
                "having regard to its resolutions of 2019(2) and 2020(3),",
                "having regard to Rule 144(5) and 144(4) of its Rules of Procedure,",
                "whereas 2021(4) was a year;"),
            Set.of());
    assertThat(refs)
        .extracting(FootnoteScannerTest::format)
        .containsExactly("1@45", "2@40 3@52", "", "4@12");
  }

  @Test
  void spacedMarkersAreTheBlocksOrTheSequencesAfterAWord() {
    FootnoteScanner scanner =
        new FootnoteScanner(LanguageProfiles.forCode("hu").orElseThrow().referenceWords());
    String text =
        "tekintettel az állásfoglalására (1) és a szabályzat 78. cikkének (2) bekezdésére";
    // With a footnote block, only its numbers; "(2)" after "cikkének" is the Article's paragraph.
    assertThat(format(scanner.scan(List.of(text), Set.of(1, 2)).get(0))).isEqualTo("1@32");
    assertThat(format(scanner.scan(List.of(text), Set.of(2)).get(0))).isEmpty();
    // Without one (an EUR-Lex excerpt cut before it): the sequence, each after a word.
    assertThat(format(scanner.scan(List.of(text), Set.of()).get(0))).isEqualTo("1@32");
    assertThat(
            scanner.scan(
                List.of("a kérelmére (1),", "a Bizottság (3) és (2) közleményére"), Set.of()))
        .extracting(FootnoteScannerTest::format)
        .containsExactly("1@12", "2@19");
    // After an abbreviation ("18 d." in Lithuanian), and not after a treaty article's part.
    assertThat(format(scanner.scan(List.of("2016 m. rugpjūčio 18 d. (1),"), Set.of()).get(0)))
        .isEqualTo("1@24");
    FootnoteScanner maltese =
        new FootnoteScanner(LanguageProfiles.forCode("mt").orElseThrow().referenceWords());
    assertThat(
            format(
                maltese
                    .scan(List.of("(1) l-Artikolu I-20(2), u l-Protokoll(2),"), Set.of(1, 2))
                    .get(0)))
        .isEqualTo("2@37");
    // An enumeration's "(1)" follows a colon or a comma, not a word.
    assertThat(
            format(
                scanner.scan(List.of("felhívja: (1) az egyiket, (2) a másikat"), Set.of()).get(0)))
        .isEmpty();
  }

  private static String format(List<FootnoteRef> refs) {
    return String.join(" ", refs.stream().map(r -> r.number() + "@" + r.offset()).toList());
  }
}
