package io.github.epres.internal.inline;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.epres.model.FootnoteRef;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class FootnoteScannerTest {
  @ParameterizedTest(name = "[{0}]")
  @CsvSource(
      delimiter = '^',
      textBlock =
          """
          Kazahstānā(1) un    ^ 1@10
          aprīļa(2), marta(3) ^ 2@6 3@16
          2013 г.(2)          ^ 2@7
          “ekstrēmismu”(12)   ^ 12@13
          Rules 150(5)        ^ ''
          list (3) items      ^ ''
          (4) at the start    ^ ''
          (2021/2544(RSP))    ^ ''
          (DCK)un             ^ ''
          word(1234)          ^ ''
          Kazakhstan[1] and   ^ 1@10
          a(1) b[2] c(3)      ^ 1@1 2@6 3@11
          Rule 150[5]         ^ ''
          [4] at the start    ^ ''
          x(1]                ^ ''
          """)
  void findsGluedMarkersOnly(String text, String expected) {
    String found =
        String.join(
            " ",
            FootnoteScanner.scan(text).stream()
                .map((FootnoteRef r) -> r.number() + "@" + r.offset())
                .toList());
    assertThat(found).isEqualTo(expected);
  }
}
