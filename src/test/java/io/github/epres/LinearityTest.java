package io.github.epres;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.epres.model.Resolution;
import org.junit.jupiter.api.Test;

/**
 * Parsing time and memory grow with the input, not faster: nothing recurses per line, nothing is
 * quadratic. The exact figures (10× the input in at most 11× the time, up to 100 MB) are measured
 * by {@code LinearityMain} in {@code benchmarks/} (see BENCHMARKS.md); here a looser bound keeps
 * the test steady on a busy machine.
 */
class LinearityTest {
  private static final ResolutionParser PARSER = ResolutionParser.builder().build();

  @Test
  void aMillionLineDocumentParses() {
    StringBuilder text =
        new StringBuilder(Seeds.reference().substring(0, Seeds.reference().indexOf("\n1. ") + 1));
    for (int n = 1; n <= 1_000_000; n++) {
      text.append(n).append(". aicina Komisiju rīkoties;\n");
    }
    Resolution r = PARSER.parse(text.toString());
    assertThat(r.paragraphs()).hasSize(1_000_000);
    assertThat(r.paragraphs().get(999_999).id()).isEqualTo("para_1000000");
    assertThat(r.diagnostics()).isEmpty();
  }

  @Test
  void tenTimesTheInputTakesAboutTenTimesAsLong() {
    String one = repeated(1_000_000);
    String ten = repeated(10_000_000);
    for (int i = 0; i < 3; i++) {
      PARSER.parse(one);
      PARSER.parse(ten);
    }
    long small = fastest(one);
    long large = fastest(ten);
    System.out.printf(
        "LinearityTest: %,d chars in %.1f ms, %,d chars in %.1f ms: %.1f× the time%n",
        one.length(), small / 1e6, ten.length(), large / 1e6, (double) large / small);
    // Quadratic work would show as about 100×; noise on a busy machine stays well below 30×.
    assertThat((double) large / small).isLessThan(30);
  }

  /** The fastest of seven parses: the least disturbed by whatever else the machine does. */
  private static long fastest(String text) {
    long[] times = new long[7];
    for (int i = 0; i < times.length; i++) {
      long start = System.nanoTime();
      PARSER.parse(text);
      times[i] = System.nanoTime() - start;
    }
    java.util.Arrays.sort(times);
    return times[0];
  }

  /** The reference document with its paragraphs repeated to at least {@code chars} characters. */
  static String repeated(int chars) {
    String reference = Seeds.reference();
    int body = reference.indexOf("\n1. ") + 1;
    String[] paragraphs = reference.substring(body).split("\n");
    StringBuilder text = new StringBuilder(reference.substring(0, body));
    for (int n = 1; text.length() < chars; n++) {
      String p = paragraphs[(n - 1) % paragraphs.length];
      text.append(n).append(p.substring(p.indexOf('.'))).append('\n');
    }
    return text.toString();
  }
}
