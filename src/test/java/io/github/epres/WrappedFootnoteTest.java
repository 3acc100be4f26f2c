package io.github.epres;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.epres.lang.LanguageProfiles;
import io.github.epres.model.Diagnostic;
import io.github.epres.model.Footnote;
import io.github.epres.model.OtherLine;
import io.github.epres.model.Resolution;
import io.github.epres.model.Severity;
import io.github.epres.text.TextRenderer;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Footnotes a copy has wrapped onto two lines (text copied from a PDF, a narrow page): the second
 * line belongs to its footnote, in every language; a line after a footnote that has ended with its
 * full stop is not part of it, not even after a page number ("p. 23.").
 */
class WrappedFootnoteTest {
  private static final ResolutionParser PARSER = ResolutionParser.builder().build();

  static Stream<String> languages() {
    return LanguageFixtures.codes();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("languages")
  void aWrappedFootnoteIsOneFootnote(String language) throws IOException {
    List<String> lines = new ArrayList<>(LanguageFixtures.lines(language));
    int markers = 0;
    for (int n = 1; n <= 9; n++) {
      if (String.join("\n", lines).contains("(" + n + ")")) {
        markers = n;
      }
    }
    assertThat(markers).as("markers in the %s fixture", language).isPositive();
    String oj = LanguageProfiles.forCode(language).orElseThrow().officialJournal().orElse("OJ");
    for (int n = 1; n <= markers; n++) {
      // Wrapped after a comma, the second line in lower case or with a digit.
      lines.add("(" + n + ") " + oj + " C 23, 21.1.2021,");
      lines.add(n % 2 == 0 ? "p. " + (22 + n) + "." : (22 + n) + ".1.2021, p. 1.");
    }
    lines.add("Legal notice - Privacy policy");
    String text = String.join("\n", lines) + "\n";
    Resolution r = PARSER.parse(text);

    assertThat(TextRenderer.render(r)).isEqualTo(text);
    assertThat(r.diagnostics()).extracting(Diagnostic::severity).doesNotContain(Severity.ERROR);
    assertThat(r.footnotes()).hasSize(markers);
    for (Footnote footnote : r.footnotes()) {
      int n = footnote.number();
      assertThat(footnote.text())
          .isEqualTo(
              oj
                  + " C 23, 21.1.2021,\n"
                  + (n % 2 == 0 ? "p. " + (22 + n) + "." : (22 + n) + ".1.2021, p. 1."));
    }
    assertThat(r.footnotes().get(0).span().length())
        .isEqualTo(
            lines.get(lines.size() - 2 * markers - 1).length()
                + 1
                + lines.get(lines.size() - 2 * markers).length()
                + 1);
    assertThat(r.otherLines())
        .filteredOn(l -> l.kind() == OtherLine.Kind.FOOTER)
        .extracting(OtherLine::text)
        .containsExactly("Legal notice - Privacy policy");
  }

  @Test
  void aLineAfterAFootnoteThatEndedIsNotPartOfIt() {
    String text =
        String.join(
            "\n",
            "European Parliament resolution of 11 February 2021 on Kazakhstan (2021/2544(RSP))",
            "The European Parliament,",
            "– having regard to its resolutions(1),",
            "1. Instructs its President to forward this resolution to the Council.",
            "(1) OJ C 23, 21.1.2021, p. 23.",
            "Last updated: 12 February 2021",
            "");
    Resolution r = PARSER.parse(text);
    assertThat(r.footnotes())
        .extracting(Footnote::text)
        .containsExactly("OJ C 23, 21.1.2021, p. 23.");
    assertThat(r.otherLines()).extracting(OtherLine::kind).containsExactly(OtherLine.Kind.FOOTER);
  }
}
