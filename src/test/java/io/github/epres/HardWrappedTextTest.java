package io.github.epres;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.epres.model.Block;
import io.github.epres.model.Resolution;
import io.github.epres.text.TextRenderer;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Text copied from a PDF is hard-wrapped: a line without a marker continues the block above, and a
 * number label counts only if it continues the sequence.
 */
class HardWrappedTextTest {
  private static final ResolutionParser STRICT = ResolutionParser.builder().strict(true).build();

  @ParameterizedTest(name = "wrapped at {0} columns")
  @ValueSource(ints = {80, 60, 40})
  void theWrappedReferenceHasTheSameStructure(int width) {
    String wrapped = wrap(Seeds.reference(), width);
    Resolution r = STRICT.parse(wrapped);
    Resolution reference = STRICT.parse(Seeds.reference());

    assertThat(TextRenderer.render(r)).isEqualTo(wrapped);
    assertThat(unwrapped(r)).containsExactlyElementsOf(unwrapped(reference));
    assertThat(r.title().orElseThrow().date()).isEqualTo(reference.title().orElseThrow().date());
    assertThat(r.title().orElseThrow().procedure())
        .isEqualTo(reference.title().orElseThrow().procedure());
    assertThat(r.diagnostics()).isEmpty();
    assertThat(r.otherLines()).isEmpty();
  }

  @Test
  void aWrappedLineStartingWithAYearIsText() {
    String text =
        "Eiropas Parlamenta 2021. gada 11. februāra rezolūcija par X (2021/2544(RSP))\n"
            + "Eiropas Parlaments,\n"
            + "– ņemot vērā Reglamenta 144. pantu,\n"
            + "A. tā kā pirmais;\n"
            + "1. aicina Komisiju līdz\n"
            + "2021. gada 11. februārim ziņot;\n"
            + "2. uzdod priekšsēdētājam nosūtīt šo rezolūciju.";
    Resolution r = STRICT.parse(text);
    assertThat(r.paragraphs()).extracting(Block::id).containsExactly("para_1", "para_2");
    assertThat(r.paragraphs().get(0).text())
        .isEqualTo("aicina Komisiju līdz\n2021. gada 11. februārim ziņot;");
    assertThat(r.paragraphs().get(0).span().line()).isEqualTo(5);
    assertThat(r.paragraphs().get(0).dates())
        .singleElement()
        .satisfies(
            d -> {
              assertThat(d.date()).hasToString("2021-02-11");
              assertThat(d.text()).isEqualTo("2021. gada 11. februārim");
            });
  }

  @Test
  void aStrayLineAfterAnEndedBlockIsStillAnError() {
    String text =
        "Eiropas Parlamenta 2021. gada 11. februāra rezolūcija par X (2021/2544(RSP))\n"
            + "Eiropas Parlaments,\n"
            + "– ņemot vērā Reglamenta 144. pantu,\n"
            + "A. tā kā pirmais;\n"
            + "Stray line\n"
            + "B. tā kā otrais,\n"
            + "1. uzdod priekšsēdētājam nosūtīt šo rezolūciju.";
    Resolution r = ResolutionParser.builder().build().parse(text);
    assertThat(r.diagnostics())
        .extracting(d -> d.format())
        .containsExactly(
            "line 5:1: line fits no block kind: expected a citation, a recital or a paragraph");
  }

  /** Every block as its id, label, opener, footnote numbers, dates and text with lines joined. */
  private static List<String> unwrapped(Resolution r) {
    List<String> facts = new ArrayList<>();
    Stream.of(r.citations(), r.recitals(), r.paragraphs())
        .flatMap(List::stream)
        .forEach(
            b ->
                facts.add(
                    String.join(
                        " | ",
                        b.id(),
                        b.label().orElse("-"),
                        b.opener().orElse("-"),
                        b.footnoteRefs().toString(),
                        b.dates().stream()
                            .map(d -> d.date() + "@" + d.offset())
                            .toList()
                            .toString(),
                        b.text().replace('\n', ' '))));
    return facts;
  }

  /**
   * Breaks every line at spaces so that no line is longer than {@code width} (words permitting).
   */
  static String wrap(String text, int width) {
    StringBuilder out = new StringBuilder();
    String[] lines = text.split("\n", -1);
    for (int l = 0; l < lines.length; l++) {
      String line = lines[l];
      int start = 0;
      while (line.length() - start > width) {
        int cut = line.lastIndexOf(' ', start + width);
        if (cut <= start) {
          break;
        }
        out.append(line, start, cut).append('\n');
        start = cut + 1;
      }
      out.append(line, start, line.length());
      if (l < lines.length - 1) {
        out.append('\n');
      }
    }
    return out.toString();
  }
}
