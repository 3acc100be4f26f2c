package io.github.epres.internal.lines;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LabelsTest {
  @ParameterizedTest
  @CsvSource({"A,1", "W,23", "Z,26", "AA,27", "AB,28", "AZ,52", "BA,53", "ZZ,702", "AAA,703"})
  void letterLabelsCountPastZ(String label, int ordinal) {
    assertThat(Labels.letterOrdinal(label)).isEqualTo(ordinal);
    assertThat(Labels.letterLabel(ordinal)).isEqualTo(label);
  }

  @ParameterizedTest
  @CsvSource({
    "Α,1", "Β,2", "Ε,5", "ΣΤ,6", "Ζ,7", "Θ,9", "Ι,10", "ΙΑ,11", "ΙΘ,19", "Κ,20", "ΚΣΤ,26", "Λ,30"
  })
  void greekLabelsAreGreekNumerals(String label, int ordinal) {
    assertThat(Labels.letterOrdinal(label)).isEqualTo(ordinal);
  }

  @ParameterizedTest
  @CsvSource({"А,1", "Б,2", "В,3", "И,9", "Й,10", "К,11", "Ъ,27", "Я,29", "АА,30"})
  void cyrillicLabelsFollowTheBulgarianAlphabet(String label, int ordinal) {
    assertThat(Labels.letterOrdinal(label)).isEqualTo(ordinal);
  }

  @Test
  void whatIsNoLabelHasNoOrdinal() {
    assertThat(Labels.letterOrdinal("")).isEqualTo(-1);
    assertThat(Labels.letterOrdinal("ΣΑ")).isEqualTo(-1);
    assertThat(Labels.letterOrdinal("Ь")).isEqualTo(-1);
  }

  @Test
  void roundTripForTheFirstThousand() {
    for (int i = 1; i <= 1000; i++) {
      assertThat(Labels.letterOrdinal(Labels.letterLabel(i))).isEqualTo(i);
    }
  }
}
