package io.github.epres.internal;

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

  @Test
  void nonLatinLabelsHaveNoOrdinalYet() {
    assertThat(Labels.letterOrdinal("Α")).isEqualTo(-1);
    assertThat(Labels.letterOrdinal("")).isEqualTo(-1);
  }

  @Test
  void roundTripForTheFirstThousand() {
    for (int i = 1; i <= 1000; i++) {
      assertThat(Labels.letterOrdinal(Labels.letterLabel(i))).isEqualTo(i);
    }
  }
}
