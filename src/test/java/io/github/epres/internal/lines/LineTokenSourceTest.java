package io.github.epres.internal.lines;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.epres.GeneratedDocuments;
import io.github.epres.Seeds;
import io.github.epres.internal.antlr.LayoutLexer;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.antlr.v4.runtime.CharStreams;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.TokenSource;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The differential test of the fast path: {@link LineTokenSource} must give exactly the token
 * stream of the grammar's {@link LayoutLexer} (types, texts, lines) on every fixture and on
 * generated documents. The grammar stays the specification of the layout.
 */
class LineTokenSourceTest {
  static Stream<String> fixtures() throws IOException {
    List<String> texts = new ArrayList<>();
    try (Stream<Path> files = Files.list(Path.of("src", "test", "resources", "golden"))) {
      for (Path file : files.filter(p -> p.toString().endsWith(".txt")).toList()) {
        texts.add(Files.readString(file, StandardCharsets.UTF_8));
      }
    }
    texts.addAll(
        List.of(
            Seeds.reference(),
            Seeds.withCrlf(),
            Seeds.withBlankLines(),
            Seeds.withHyphens(),
            Seeds.withBom()));
    return texts.stream();
  }

  static Stream<String> generated() {
    return IntStream.range(0, 3000)
        .mapToObj(i -> GeneratedDocuments.generate(new Random(0xD1FFL + i)));
  }

  @ParameterizedTest
  @MethodSource("fixtures")
  void sameTokensAsTheGrammarOnEveryFixture(String text) {
    assertThat(tokens(new LineTokenSource(text))).isEqualTo(tokens(grammarLexer(text)));
  }

  @ParameterizedTest
  @MethodSource("generated")
  void sameTokensAsTheGrammarOnGeneratedDocuments(String text) {
    assertThat(tokens(new LineTokenSource(text))).isEqualTo(tokens(grammarLexer(text)));
  }

  private static TokenSource grammarLexer(String text) {
    LayoutLexer lexer = new LayoutLexer(CharStreams.fromString(text));
    lexer.removeErrorListeners();
    return lexer;
  }

  /** Each token as "line TYPE text", up to and including EOF. */
  private static List<String> tokens(TokenSource source) {
    List<String> tokens = new ArrayList<>();
    for (Token t = source.nextToken(); ; t = source.nextToken()) {
      tokens.add(
          t.getLine()
              + " "
              + LayoutLexer.VOCABULARY.getSymbolicName(t.getType())
              + " "
              + t.getText());
      if (t.getType() == Token.EOF) {
        return tokens;
      }
    }
  }
}
