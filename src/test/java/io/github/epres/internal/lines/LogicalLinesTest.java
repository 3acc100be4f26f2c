package io.github.epres.internal.lines;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.epres.internal.antlr.LayoutLexer;
import java.util.ArrayList;
import java.util.List;
import org.antlr.v4.runtime.Token;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A label on a line of its own joins the text it labels into one logical line, in every script and
 * source the real pages show it ("A." over its recital in EUR-Lex's plain view, "— |" in its table
 * view, "1." with trailing spaces), and the logical line still renders its source exactly.
 */
class LogicalLinesTest {
  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '¦',
      quoteCharacter = '"',
      textBlock =
          """
          "A.\\n\\nwhereas one;\\n"                 ¦ LETTER_ITEM ¦ A   ¦ whereas one;
          "    A.\\n\\n    mivel az első;\\n"         ¦ LETTER_ITEM ¦ A   ¦ mivel az első;
          "Β.\\nλαμβάνοντας υπόψη ότι;\\n"          ¦ LETTER_ITEM ¦ Β   ¦ λαμβάνοντας υπόψη ότι;
          "Б.\\n\\n\\nкато има предвид, че;\\n"     ¦ LETTER_ITEM ¦ Б   ¦ като има предвид, че;
          "1.   \\n\\nJapprova l-abbozz;\\n"        ¦ NUMBER_ITEM ¦ 1   ¦ Japprova l-abbozz;
          "12a.\\ncalls for;\\n"                    ¦ NUMBER_ITEM ¦ 12a ¦ calls for;
          "3.\\n\\n24 hours are too few;\\n"       ¦ NUMBER_ITEM ¦ 3   ¦ 24 hours are too few;
          "— |\\nhaving regard to the Treaty, |\\n"  ¦ DASH_ITEM   ¦ ""  ¦ having regard to the Treaty, |
          "A. |\\nwhereas one; |\\n"                ¦ LETTER_ITEM ¦ A   ¦ whereas one; |
          "–\\n„Anführungszeichen“ zuerst,\\n"      ¦ DASH_ITEM   ¦ ""  ¦ „Anführungszeichen“ zuerst,
          "(a)\\nto act;\\n"                        ¦ POINT_ITEM  ¦ a   ¦ to act;
          "[1]\\nOJ C 23, 21.1.2021, p. 23.\\n"     ¦ NOTE_ITEM   ¦ 1   ¦ OJ C 23, 21.1.2021, p. 23.
          """)
  void joinsALabelToTheTextItLabels(String input, String type, String label, String text) {
    String source = input.replace("\\n", "\n");
    List<SourceLine> lines = LogicalLines.of(source, tokens(source)).lines();

    assertThat(lines).hasSize(1);
    SourceLine line = lines.get(0);
    assertThat(LayoutLexer.VOCABULARY.getSymbolicName(line.type())).isEqualTo(type);
    assertThat(line.label()).isEqualTo(label);
    assertThat(line.text()).isEqualTo(text);
    assertThat(line.fullText() + line.eol()).isEqualTo(source);
    assertThat(line.span().line()).isEqualTo(1);
  }

  @Test
  void numbersTheLinesAfterAJoinedLineAsTheSourceDoes() {
    String source = "A.\n\nwhereas one;\nB. whereas two;\r\n1.\r\nCalls on;\n";
    List<SourceLine> lines = LogicalLines.of(source, tokens(source)).lines();

    assertThat(lines).extracting(l -> l.span().line()).containsExactly(1, 4, 5);
    assertThat(lines)
        .extracting(SourceLine::text)
        .containsExactly("whereas one;", "whereas two;", "Calls on;");
    // The text of a joined line starts on its own physical line and column.
    SourceLine recital = lines.get(0);
    assertThat(recital.spanAt(recital.textColumn(), 7))
        .satisfies(
            span -> {
              assertThat(span.line()).isEqualTo(3);
              assertThat(span.column()).isEqualTo(1);
              assertThat(span.offset()).isEqualTo(4);
            });
    assertThat(lines.get(2).spanAt(lines.get(2).textColumn(), 0).line()).isEqualTo(6);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '¦',
      quoteCharacter = '"',
      textBlock =
          """
          "A.\\nB. whereas two;\\n"              ¦ the next is an item of its own
          "1.\\n2.\\ntext\\n"                      ¦ the next is a label on its own too
          "–\\n3\\n"                              ¦ a figure of a table, not a text
          "A.\\n\\n\\n\\nwhereas one;\\n"           ¦ too many blank lines between
          "Art. 5\\nwhereas\\n"                   ¦ no label
          """)
  void joinsNothingElseToTheFirstLine(String input, String why) {
    String source = input.replace("\\n", "\n");
    List<Token> physical = tokens(source);
    SourceLine first = LogicalLines.of(source, physical).lines().get(0);

    assertThat(first.fullText() + first.eol()).as(why).isEqualTo(physical.get(0).getText());
  }

  @Test
  void aLabelThatEndsTheTextIsItsItemWithoutText() {
    String source = "– having regard to the Treaty,\n\n    1.\n\n";
    List<SourceLine> lines = LogicalLines.of(source, tokens(source)).lines();

    SourceLine label = lines.get(2);
    assertThat(label.type()).isEqualTo(LayoutLexer.NUMBER_ITEM);
    assertThat(label.label()).isEqualTo("1");
    assertThat(label.text()).isEmpty();
  }

  private static List<Token> tokens(String text) {
    LineTokenSource source = new LineTokenSource(text);
    List<Token> tokens = new ArrayList<>();
    for (Token t = source.nextToken(); ; t = source.nextToken()) {
      tokens.add(t);
      if (t.getType() == Token.EOF) {
        return tokens;
      }
    }
  }
}
