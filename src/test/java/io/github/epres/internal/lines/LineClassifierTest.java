package io.github.epres.internal.lines;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.epres.ResolutionParser;
import io.github.epres.internal.antlr.LayoutLexer;
import io.github.epres.lang.LanguageProfile;
import io.github.epres.lang.LanguageProfiles;
import io.github.epres.model.DiagnosticCode;
import io.github.epres.model.Resolution;
import io.github.epres.text.TextRenderer;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.antlr.v4.runtime.Token;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The profile pass over the line tokens, tested directly: each case of {@code lines/roles.txt}
 * gives the role every logical line must get ("+ |" continues the logical line above with a further
 * physical line, as a label on a line of its own is joined to its text). Each case also goes
 * through the whole parser, which must accept the roles without falling back and render the input
 * back.
 */
class LineClassifierTest {
  private static final Path CASES = Path.of("src", "test", "resources", "lines", "roles.txt");
  private static final int MAX_LINE_LENGTH = 100_000;

  record Case(String language, String text, List<String> roles) {}

  static Stream<Arguments> cases() throws IOException {
    List<Arguments> cases = new ArrayList<>();
    String name = null;
    Case current = null;
    for (String line : Files.readAllLines(CASES, StandardCharsets.UTF_8)) {
      if (line.startsWith("== ")) {
        if (current != null) {
          cases.add(Arguments.of(Named.of(name, current)));
        }
        name = line.substring(3);
        String language = name.substring(name.lastIndexOf('(') + 1, name.lastIndexOf(')'));
        current = new Case(language, "", new ArrayList<>());
      } else if (current != null && line.startsWith("+ |")) {
        // A physical line joined to the logical line above (a label on a line of its own).
        String text = line.substring(Math.min(line.length(), 4));
        current = new Case(current.language(), current.text() + text + "\n", current.roles());
      } else if (current != null && line.contains(" |")) {
        int bar = line.indexOf(" |");
        String text = line.substring(Math.min(line.length(), bar + 3));
        current.roles().add(line.substring(0, bar));
        current = new Case(current.language(), current.text() + text + "\n", current.roles());
      }
    }
    cases.add(Arguments.of(Named.of(name, current)));
    return cases.stream();
  }

  @ParameterizedTest
  @MethodSource("cases")
  void givesEachLineItsRole(Case c) {
    LanguageProfile profile =
        c.language().equals("und") ? null : LanguageProfiles.forCode(c.language()).orElseThrow();
    LineClassifier.Classification classification =
        LineClassifier.classify(layoutLines(c.text()), profile, MAX_LINE_LENGTH);

    List<String> roles = new ArrayList<>();
    for (int role : classification.roles()) {
      roles.add(LayoutLexer.VOCABULARY.getSymbolicName(role));
    }
    assertThat(roles).isEqualTo(c.roles());

    ResolutionParser parser =
        profile == null
            ? ResolutionParser.builder().build()
            : ResolutionParser.builder().language(c.language()).build();
    Resolution r = parser.parse(c.text());
    assertThat(r.diagnostics())
        .extracting(d -> d.code())
        .doesNotContain(DiagnosticCode.SYNTAX_ERROR);
    assertThat(TextRenderer.render(r)).isEqualTo(c.text());
  }

  /** The layout pass alone: the logical lines as the token source types and joins them. */
  static List<SourceLine> layoutLines(String text) {
    LineTokenSource source = new LineTokenSource(text);
    List<Token> tokens = new ArrayList<>();
    for (Token t = source.nextToken(); ; t = source.nextToken()) {
      tokens.add(t);
      if (t.getType() == Token.EOF) {
        return LogicalLines.of(text, tokens).lines();
      }
    }
  }
}
