package io.github.epres.internal.lines;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.epres.internal.antlr.LayoutLexer;
import io.github.epres.lang.LanguageProfile;
import io.github.epres.lang.LanguageProfiles;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The shapes of an amendment's lines, as the real report pages print them. */
class AmendmentLinesTest {
  private static final LanguageProfile EN = LanguageProfiles.forCode("en").orElseThrow();

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          Amendment 1                 | 1
          Amendment\u00A0\u00A012a    | 12a
          (Amendment 27)              | 27
          ( Amendment 3 )             | 3
          (Amendment 1                |
          Amendment 1)                |
          Amendments by Parliament    |
          (This change applies throughout the text.) |
          """)
  void readsTheHeadingsNumber(String line, String number) {
    assertThat(AmendmentLines.number(EN, line)).isEqualTo(number);
  }

  @Test
  void readsTheJustificationWithOrWithoutItsColon() {
    assertThat(AmendmentLines.isJustification(EN, "Justification")).isTrue();
    assertThat(AmendmentLines.isJustification(EN, "Justification:")).isTrue();
    assertThat(AmendmentLines.isJustification(EN, "Justification :\u00A0")).isTrue();
    assertThat(AmendmentLines.isJustification(EN, "Justification of the change")).isFalse();
  }

  /** The column headings once above the first heading (reports up to 2008), blank lines between. */
  @Test
  void findsTheListsColumnHeadingsAboveItsFirstHeading() {
    List<SourceLine> lines =
        lines(
            "3.  Instructs its President to forward its position to the Council.",
            "Text proposed by the Commission\tAmendments by Parliament",
            "",
            "Amendment 1",
            "Recital 4",
            "(4) Member States should ensure …\t(4) Member States should ensure …",
            "Amendment 2");
    assertThat(AmendmentLines.isListColumns(lines, 1, EN)).isTrue();
    assertThat(AmendmentLines.isListColumns(lines, 0, EN)).isFalse();
    assertThat(AmendmentLines.isListColumns(lines, 5, EN)).isTrue();
    int[] roles = OpenAmendment.roles(lines, EN, lines.size());
    assertThat(roles)
        .containsExactly(
            0,
            LayoutLexer.AMENDMENT_HEADING,
            LayoutLexer.AMENDMENT_LINE,
            LayoutLexer.AMENDMENT_LINE,
            LayoutLexer.AMENDMENT_LINE,
            LayoutLexer.AMENDMENT_LINE,
            LayoutLexer.AMENDMENT_HEADING);
  }

  private static List<SourceLine> lines(String... texts) {
    return LineClassifierTest.layoutLines(String.join("\n", texts) + "\n");
  }
}
