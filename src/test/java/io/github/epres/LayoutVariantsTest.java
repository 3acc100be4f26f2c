package io.github.epres;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.epres.model.OtherLine;
import io.github.epres.model.Resolution;
import io.github.epres.text.TextRenderer;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The reference document laid out differently parses to the same structure, and renders back. */
class LayoutVariantsTest {
  private static final ResolutionParser STRICT = ResolutionParser.builder().strict(true).build();

  static Stream<Arguments> variants() {
    return Stream.of(
        Arguments.of("CRLF line endings", (Supplier<String>) Seeds::withCrlf),
        Arguments.of("blank lines between blocks", (Supplier<String>) Seeds::withBlankLines),
        Arguments.of("byte-order mark", (Supplier<String>) Seeds::withBom),
        Arguments.of("hyphens instead of en dashes", (Supplier<String>) Seeds::withHyphens),
        Arguments.of(
            "em dashes and two spaces",
            (Supplier<String>) () -> Seeds.reference().replace("\n– ", "\n—  ")),
        Arguments.of(
            "Symbol-font dash U+F02D",
            (Supplier<String>) () -> Seeds.reference().replace("\n– ", "\n\uF02D\t")),
        Arguments.of("trailing newline", (Supplier<String>) () -> Seeds.reference() + "\n"),
        Arguments.of(
            "citations without dashes (EUR-Lex)",
            (Supplier<String>) () -> Seeds.reference().replace("\n– ņemot", "\nņemot")));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("variants")
  void sameStructureAsTheReference(String name, Supplier<String> variant) {
    Resolution reference = STRICT.parse(Seeds.reference());
    Resolution parsed = STRICT.parse(variant.get());

    assertThat(Structure.of(parsed)).containsExactlyElementsOf(Structure.of(reference));
    assertThat(parsed.otherLines())
        .allSatisfy(l -> assertThat(l.kind()).isEqualTo(OtherLine.Kind.BLANK));
    assertThat(TextRenderer.render(parsed)).isEqualTo(variant.get());
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("variants")
  void lineEndingsAndMarkersAreKept(String name, Supplier<String> variant) {
    Resolution parsed = STRICT.parse(variant.get());
    String text = variant.get();
    int bom = parsed.byteOrderMark() ? 1 : 0;
    parsed
        .nodes()
        .forEach(
            node ->
                assertThat(text.substring(bom + node.span().offset(), bom + node.span().end()))
                    .isEqualTo(node.source()));
  }
}
