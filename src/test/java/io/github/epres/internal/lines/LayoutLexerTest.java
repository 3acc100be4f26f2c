package io.github.epres.internal.lines;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.epres.internal.antlr.LayoutLexer;
import java.util.List;
import org.antlr.v4.runtime.CharStreams;
import org.antlr.v4.runtime.Token;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Which kind of line the lexer sees, and how a line token is taken apart. */
class LayoutLexerTest {
  @ParameterizedTest(name = "[{0}]")
  @CsvSource(
      delimiter = '^',
      quoteCharacter = '"',
      textBlock =
          """
          "– ņemot vērā X,"     ^ DASH_ITEM   ^ "– "    ^ ""   ^ "ņemot vērā X,"
          "—  having regard"    ^ DASH_ITEM   ^ "—  "   ^ ""   ^ having regard
          "- vu"                ^ DASH_ITEM   ^ "- "    ^ ""   ^ vu
          "\uF02D\tvisto"        ^ DASH_ITEM   ^ "\uF02D\t" ^ "" ^ visto
          "  – indented"        ^ DASH_ITEM   ^ "  – "  ^ ""   ^ indented
          "–no space"           ^ TEXT_LINE   ^ ""      ^ ""   ^ –no space
          "A. tā kā"            ^ LETTER_ITEM ^ "A. "   ^ A    ^ tā kā
          "AB. whereas"         ^ LETTER_ITEM ^ "AB. "  ^ AB   ^ whereas
          "Α. λαμβάνοντας"      ^ LETTER_ITEM ^ "Α. "   ^ Α    ^ λαμβάνοντας
          "Б. като"             ^ LETTER_ITEM ^ "Б. "   ^ Б    ^ като
          "ABCD. four letters"  ^ TEXT_LINE   ^ ""      ^ ""   ^ ABCD. four letters
          "a. lower case"       ^ TEXT_LINE   ^ ""      ^ ""   ^ a. lower case
          "1. mudina"           ^ NUMBER_ITEM ^ "1. "   ^ 1    ^ mudina
          "27.\u00A0uzdod"      ^ NUMBER_ITEM ^ "27.\u00A0" ^ 27 ^ uzdod
          "2021. gada"          ^ NUMBER_ITEM ^ "2021. " ^ 2021 ^ gada
          "1.5 percent"         ^ TEXT_LINE   ^ ""      ^ ""   ^ 1.5 percent
          "Eiropas Parlaments," ^ TEXT_LINE   ^ ""      ^ ""   ^ "Eiropas Parlaments,"
          "   "                 ^ BLANK_LINE  ^ ""      ^ ""   ^ "   "
          """)
  void classifiesAndSplitsALine(
      String line, String type, String marker, String label, String text) {
    List<? extends Token> tokens = lex(line + "\r\n");
    assertThat(tokens).hasSize(1);
    assertThat(LayoutLexer.VOCABULARY.getSymbolicName(tokens.get(0).getType())).isEqualTo(type);
    String raw = line + "\r\n";
    SourceLine parts = SourceLine.of(raw, tokens.get(0).getType(), 1, 0, raw.length());
    assertThat(parts.marker()).isEqualTo(marker);
    assertThat(parts.label()).isEqualTo(label);
    assertThat(parts.text()).isEqualTo(text);
    assertThat(parts.eol()).isEqualTo("\r\n");
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({"LF,'a\nb\n',2", "CRLF,'a\r\nb',2", "CR,'a\rb\r',2", "empty lines,'\n\n\n',3"})
  void everyLineIsOneToken(String name, String text, int count) {
    List<? extends Token> tokens = lex(text);
    assertThat(tokens).hasSize(count);
    assertThat(tokens.stream().map(Token::getText).reduce("", String::concat)).isEqualTo(text);
  }

  private static List<? extends Token> lex(String text) {
    List<? extends Token> tokens = new LayoutLexer(CharStreams.fromString(text)).getAllTokens();
    return tokens;
  }
}
