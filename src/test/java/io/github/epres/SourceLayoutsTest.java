package io.github.epres;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.epres.model.Block;
import io.github.epres.model.Resolution;
import io.github.epres.model.Severity;
import io.github.epres.text.TextRenderer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The resolution of every language's fixture laid out as the sources the real pages come from lay
 * it out — EUR-Lex's plain and Official Journal views (each label on a line of its own, citations
 * without a dash, the author line in capitals, lines indented and set apart by blank lines), its
 * table view ("— |" over the citation, the cell's bar after the text), a copy that lost the dash
 * glyph (a space in its place) or put a bullet for it — reads to the same blocks, in every script.
 */
class SourceLayoutsTest {
  private static final ResolutionParser PARSER = ResolutionParser.builder().build();

  static Stream<Arguments> layouts() {
    List<Arguments> layouts = new ArrayList<>();
    LanguageFixtures.codes()
        .forEach(
            code -> {
              layouts.add(layout(code, "EUR-Lex plain view", SourceLayoutsTest::plainView));
              layouts.add(layout(code, "EUR-Lex table view", SourceLayoutsTest::tableView));
              layouts.add(layout(code, "dash lost, a space left", line -> dash(line, " ")));
              layouts.add(layout(code, "a bullet for the dash", line -> dash(line, "  • ")));
            });
    return layouts.stream();
  }

  private static Arguments layout(String code, String name, UnaryOperator<String> layout) {
    return Arguments.of(code, Named.of(name, layout));
  }

  @ParameterizedTest(name = "{0}: {1}")
  @MethodSource("layouts")
  void readsToTheSameBlocks(String code, UnaryOperator<String> layout) {
    List<String> lines = LanguageFixtures.lines(code);
    String original = String.join("\n", lines) + "\n";
    StringBuilder laid = new StringBuilder();
    for (String line : lines) {
      laid.append(layout.apply(line)).append('\n');
    }
    String text = laid.toString();

    Resolution expected = PARSER.parse(original);
    Resolution r = PARSER.parse(text);

    assertThat(r.language()).isEqualTo(code);
    assertThat(blocks(r)).isEqualTo(blocks(expected));
    assertThat(r.title().flatMap(t -> t.date())).isEqualTo(expected.title().flatMap(t -> t.date()));
    assertThat(r.authorLine()).isPresent();
    assertThat(r.diagnostics()).noneMatch(d -> d.severity() == Severity.ERROR);
    assertThat(TextRenderer.render(r)).isEqualTo(text);
  }

  /** Each block as its id, label, opener and text, the table view's bar taken off its end. */
  private static List<String> blocks(Resolution r) {
    List<String> blocks = new ArrayList<>();
    Stream.of(r.citations(), r.recitals(), r.paragraphs())
        .flatMap(List::stream)
        .map(SourceLayoutsTest::block)
        .forEach(blocks::add);
    return blocks;
  }

  private static String block(Block b) {
    String text = b.text().endsWith(" |") ? b.text().substring(0, b.text().length() - 2) : b.text();
    return String.join(" | ", b.id(), b.label().orElse("-"), b.opener().orElse("-"), text);
  }

  /**
   * The plain and Official Journal views: every line indented and followed by a blank line, the
   * author line in capitals, citations without their dash, labels on a line of their own.
   */
  private static String plainView(String line) {
    String laid;
    if (line.startsWith("– ")) {
      laid = line.substring(2);
    } else if (isLabelled(line)) {
      int space = line.indexOf(' ');
      laid = line.substring(0, space) + "\n\n    " + line.substring(space + 1);
    } else if (line.endsWith(",") && line.length() < 50 || isAuthorLineWithoutComma(line)) {
      laid = line.toUpperCase(Locale.ROOT);
    } else {
      laid = line;
    }
    return "    " + laid + "\n";
  }

  /** The table view: "— |" over the citation, "A. |" over the recital, a bar after each text. */
  private static String tableView(String line) {
    if (line.startsWith("– ")) {
      return "— |\n" + line.substring(2) + " |";
    }
    if (isLabelled(line)) {
      int space = line.indexOf(' ');
      return line.substring(0, space) + " |\n" + line.substring(space + 1) + " |";
    }
    return line;
  }

  private static String dash(String line, String replacement) {
    return line.startsWith("– ") ? replacement + line.substring(2) : line;
  }

  /** "A. …", "Β. …", "12. …": a recital's or a paragraph's first line. */
  private static boolean isLabelled(String line) {
    int space = line.indexOf(' ');
    return space > 1
        && space <= 4
        && line.charAt(space - 1) == '.'
        && (Character.isUpperCase(line.charAt(0)) || Character.isDigit(line.charAt(0)));
  }

  /** Swedish and Finnish author lines end with a word. */
  private static boolean isAuthorLineWithoutComma(String line) {
    return line.equals("Europaparlamentet utfärdar denna resolution")
        || line.equals("Euroopan parlamentti, joka");
  }
}
