package io.github.epres;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.github.epres.corpus.Documents;
import io.github.epres.lang.LanguageProfiles;
import io.github.epres.model.Block;
import io.github.epres.model.Diagnostic;
import io.github.epres.model.DiagnosticCode;
import io.github.epres.model.Footnote;
import io.github.epres.model.FootnoteRef;
import io.github.epres.model.Header;
import io.github.epres.model.Motion;
import io.github.epres.model.Resolution;
import io.github.epres.model.Severity;
import io.github.epres.model.Title;
import io.github.epres.text.TextRenderer;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every document under {@code ../shared/corpus} (EP web pages and text), parsed: one row per
 * document on standard output (kind, language, counts of citations, recitals, paragraphs, footnote
 * markers and footnotes, diagnostics). What must hold for any input is asserted of all: it parses,
 * the grammar accepts the roles the classifier gives (no fallback), and its text renders back
 * exactly. The whole documents this test was written for (all but the mostly cut pages of {@code
 * real/}, which {@code RealCorpusFactsTest} judges by their facts) must also read as a whole real
 * text must: labels run 1…N and A… without gaps, every marker has its footnote and every footnote a
 * marker, and no error.
 */
class CorpusTest {
  private static final Path CORPUS = Documents.CORPUS;
  private static final ResolutionParser PARSER = ResolutionParser.builder().build();

  static Stream<Arguments> documents() throws IOException {
    if (!Files.isDirectory(CORPUS)) {
      return Stream.of(Arguments.of(Named.of("no corpus", CORPUS.resolve("absent"))));
    }
    return Documents.corpus().stream()
        .map(file -> Arguments.of(Named.of(Documents.name(file), file)));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("documents")
  void parsesAsARealTextMust(Path file) throws IOException {
    assumeTrue(Files.exists(file), "../shared/corpus is absent: " + CORPUS);
    Resolution r = Documents.parse(PARSER, file);
    String text = Documents.text(file);
    List<FootnoteRef> markers = new ArrayList<>();
    for (Block block : blocks(r)) {
      markers.addAll(block.footnoteRefs());
    }
    System.out.printf(
        "corpus | %s | %s | %s | %d citations | %d recitals | %d paragraphs | %d markers | %d"
            + " footnotes | %d amendments | %d diagnostics%n",
        CORPUS.relativize(file),
        r.header().flatMap(h -> h.motion()).map(m -> m.kind().name()).orElse("TEXT"),
        r.language(),
        r.citations().size(),
        r.recitals().size(),
        r.paragraphs().size(),
        markers.size(),
        r.footnotes().size(),
        r.amendments().size(),
        r.diagnostics().size());
    r.diagnostics().forEach(d -> System.out.println("corpus |   " + d.format()));

    assertThat(TextRenderer.render(r)).isEqualTo(text);
    // The roles the classifier gives and the grammar never disagree: no parse falls back.
    assertThat(r.diagnostics())
        .extracting(Diagnostic::code)
        .doesNotContain(DiagnosticCode.SYNTAX_ERROR);
    if (Documents.isReal(file)) {
      return;
    }
    assertThat(LanguageProfiles.forCode(r.language())).isPresent();
    assertThat(r.authorLine()).isPresent();
    assertThat(r.diagnostics()).extracting(Diagnostic::severity).doesNotContain(Severity.ERROR);
    assertThat(r.paragraphs())
        .extracting(p -> p.label().orElseThrow())
        .isEqualTo(numbers(r.paragraphs().size()));
    assertThat(r.recitals()).extracting(Block::id).isEqualTo(letters(r.recitals().size()));
    Set<Integer> marked = new TreeSet<>();
    markers.forEach(m -> marked.add(m.number()));
    Set<Integer> notes = new TreeSet<>();
    r.footnotes().stream().map(Footnote::number).forEach(notes::add);
    assertThat(marked).as("footnote markers").isEqualTo(notes);
    assertThat(markers).extracting(FootnoteRef::number).isSorted();
  }

  /**
   * The older doceo motion page: its header parts wrapped in hidden markers that surface as text.
   */
  @Test
  void theOlderMotionPageHasItsHeader() throws IOException {
    Path page = CORPUS.resolve("en/B-9-2020-0220_EN.html");
    assumeTrue(Files.exists(page), "../shared/corpus is absent: " + page);
    Resolution r = PARSER.parseHtml(page);
    Header header = r.header().orElseThrow();
    assertThat(header.documentNumber()).contains("B9-0220/2020");
    assertThat(header.procedure().orElseThrow().reference()).isEqualTo("2020/2691(RSP)");
    Motion motion = header.motion().orElseThrow();
    assertThat(motion.kind()).isEqualTo(Motion.Kind.MOTION);
    assertThat(motion.heading()).isEqualTo("MOTION FOR A RESOLUTION");
    assertThat(motion.subject()).contains("on the EU’s public health strategy post-COVID-19");
    assertThat(motion.date()).contains(LocalDate.of(2020, 7, 6));
    assertThat(motion.rules()).containsExactly("132(2)");
    assertThat(motion.seeAlso()).contains("RC-B9-0216/2020");
    assertThat(motion.authorGroups()).hasSize(1);
    assertThat(motion.authorGroups().get(0).group()).contains("Verts/ALE");
    assertThat(motion.authorGroups().get(0).authors()).containsExactly("Petra De Sutter");
    Title title = r.title().orElseThrow();
    assertThat(title.text())
        .isEqualTo(
            "European Parliament resolution on the EU’s public health strategy post-COVID-19\n"
                + "(2020/2691(RSP))");
    assertThat(title.procedure().orElseThrow().reference()).isEqualTo("2020/2691(RSP)");
    assertThat(r.citations()).hasSize(6);
    assertThat(r.recitals()).hasSize(27);
    assertThat(r.paragraphs()).hasSize(50);
    assertThat(r.footnotes()).extracting(Footnote::number).containsExactly(1, 2, 3, 4, 5, 6, 7, 8);
  }

  private static List<Block> blocks(Resolution r) {
    List<Block> blocks = new ArrayList<>(r.citations());
    blocks.addAll(r.recitals());
    blocks.addAll(r.paragraphs());
    return blocks;
  }

  private static List<String> numbers(int n) {
    List<String> labels = new ArrayList<>();
    for (int i = 1; i <= n; i++) {
      labels.add(String.valueOf(i));
    }
    return labels;
  }

  private static List<String> letters(int n) {
    List<String> ids = new ArrayList<>();
    for (int i = 1; i <= n; i++) {
      StringBuilder label = new StringBuilder();
      for (int k = i; k > 0; k = (k - 1) / 26) {
        label.append((char) ('A' + (k - 1) % 26));
      }
      ids.add("rec_" + label.reverse());
    }
    return ids;
  }
}
