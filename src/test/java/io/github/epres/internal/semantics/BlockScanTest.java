package io.github.epres.internal.semantics;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.epres.lang.LanguageProfile;
import io.github.epres.lang.LanguageProfiles;
import java.util.Arrays;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The one scan over a block: the starts of its digit runs and its reference anchors, and the dates
 * found from those runs are the dates the date finder finds on its own.
 */
class BlockScanTest {
  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          lv | ņemot vērā 2021. gada 11. februāra rezolūciju(1) un COM(2020)0123 – 2021/2544(RSP)
          en | having regard to its resolution of 11 February 2021 on Kazakhstan(2), OJ C 465, 17.11.2021, p. 1
          el | λαμβάνοντας υπόψη το ψήφισμά του της 11ης Φεβρουαρίου 2021, B9-0144/2021
          hu | tekintettel a 2021. február 11-i állásfoglalására (P9_TA(2021)0056) és a 12. cikkre
          de | unter Hinweis auf seine Entschließung vom 11. Februar 2021 und vom 3.\u00A0März 2020
          """)
  void findsDigitRunsAnchorsAndTheDates(String code, String text) {
    LanguageProfile profile = LanguageProfiles.forCode(code).orElseThrow();
    BlockScan scan = new ReferenceFinder(profile).scan(text);
    int[] runs = Arrays.copyOf(scan.digitRuns(), scan.digitRunCount());
    assertThat(runs).containsExactly(digitRunStarts(text));
    int[] anchors = Arrays.copyOf(scan.anchors(), scan.anchorCount());
    for (int anchor : anchors) {
      assertThat(isDigit(text.charAt(anchor))).as("a digit as anchor").isFalse();
    }
    for (int slash = text.indexOf('/'); slash >= 0; slash = text.indexOf('/', slash + 1)) {
      assertThat(anchors).contains(slash);
    }
    assertThat(profile.dateFinder().find(text, scan.digitRuns(), scan.digitRunCount()))
        .isEqualTo(profile.findDates(text))
        .isNotEmpty();
    assertThat(new ReferenceFinder(profile).find(text, scan))
        .isEqualTo(new ReferenceFinder(profile).find(text));
  }

  private static int[] digitRunStarts(String text) {
    return java.util.stream.IntStream.range(0, text.length())
        .filter(i -> isDigit(text.charAt(i)) && (i == 0 || !isDigit(text.charAt(i - 1))))
        .toArray();
  }

  private static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }
}
