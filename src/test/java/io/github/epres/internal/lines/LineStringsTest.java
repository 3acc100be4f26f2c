package io.github.epres.internal.lines;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LineStringsTest {
  /** The line, where its label starts and ends, and where its marker ends ('|' for a space). */
  @ParameterizedTest
  @CsvSource(
      delimiter = ';',
      value = {
        "12.|Calls on;0;2;4;true",
        "A.|whereas;0;1;3;true",
        "Б.|като;0;1;3;true",
        "ΣΤ.|λαμβάνοντας;0;2;4;false",
        "999.|x;0;3;5;true",
        "1000.|x;0;4;6;false",
        "012.|x;0;3;5;false",
        "0.|x;0;1;3;true",
        "1a.|x;0;2;4;false",
        "||12.|indented;2;4;6;false",
        "12.||two spaces;0;2;5;false",
        "–|having regard to;0;0;2;true",
        "-|having regard to;0;0;2;true",
        "—|having regard to;0;0;2;true",
        "–||two spaces;0;0;3;false",
        "Ж|no marker;0;0;0;true"
      })
  void sharesTheCommonLabelsAndMarkersAndCopiesTheRest(
      String written, int labelStart, int labelEnd, int markerEnd, boolean shared) {
    String line = written.replace('|', ' ');
    String label = LineStrings.label(line, labelStart, labelEnd);
    String marker = LineStrings.marker(line, 0, markerEnd, label);

    assertThat(label).isEqualTo(line.substring(labelStart, labelEnd));
    assertThat(marker).isEqualTo(line.substring(0, markerEnd));
    String again = new String(line.toCharArray());
    String otherLabel = LineStrings.label(again, labelStart, labelEnd);
    boolean bothShared =
        otherLabel == label && LineStrings.marker(again, 0, markerEnd, otherLabel) == marker;
    assertThat(bothShared).as("shared by two lines").isEqualTo(shared);
  }

  @Test
  void emptyPartsAreTheEmptyString() {
    assertThat(LineStrings.label("text", 0, 0)).isSameAs("");
    assertThat(LineStrings.marker("text", 0, 0, "")).isSameAs("");
  }
}
