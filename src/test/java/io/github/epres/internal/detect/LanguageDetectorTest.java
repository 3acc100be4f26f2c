package io.github.epres.internal.detect;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.epres.GeneratedDocuments;
import io.github.epres.LanguageFixtures;
import io.github.epres.ResolutionParser;
import io.github.epres.internal.antlr.LayoutLexer;
import io.github.epres.internal.lines.AmendmentLines;
import io.github.epres.internal.lines.LineTokenSource;
import io.github.epres.internal.lines.SourceLine;
import io.github.epres.lang.LanguageProfile;
import io.github.epres.lang.LanguageProfiles;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.antlr.v4.runtime.CommonTokenStream;
import org.antlr.v4.runtime.Token;
import org.junit.jupiter.api.Test;

/**
 * The detector reads a profile's title and blocks only while the profile could still win; it must
 * choose what scoring every profile in full chooses, with the same confidence. Checked on every
 * text fixture, the real pages of {@code ../shared/corpus} when present, and generated texts, each
 * also without its first lines and with only its first lines, so that the author line, the title
 * and the blocks are each missing somewhere.
 */
class LanguageDetectorTest {
  private static final List<LanguageProfile> PROFILES = LanguageProfiles.builtIn();

  @Test
  void choosesWhatScoringEveryProfileInFullChooses() throws IOException {
    List<List<SourceLine>> documents = new ArrayList<>();
    for (String text : texts()) {
      documents.add(lines(text));
    }
    // Heads and bodies of different languages: a title of one, an author line and blocks of
    // another, so that titles decide and profiles tie.
    List<List<SourceLine>> mixed = new ArrayList<>();
    for (String head : LanguageFixtures.codes().toList()) {
      for (String body : LanguageFixtures.codes().toList()) {
        List<SourceLine> title = lines(String.join("\n", LanguageFixtures.lines(head)));
        List<SourceLine> blocks = lines(String.join("\n", LanguageFixtures.lines(body)));
        List<SourceLine> document = new ArrayList<>(title.subList(0, 1));
        document.addAll(blocks.subList(2, blocks.size()));
        mixed.add(document);
      }
    }
    documents.addAll(mixed);
    int checked = 0;
    for (List<SourceLine> lines : documents) {
      String text = lines.isEmpty() ? "" : lines.get(0).text();
      for (List<SourceLine> variant : variants(lines)) {
        LanguageDetector.Detection detection = LanguageDetector.detect(variant, PROFILES, 100_000);
        LanguageDetector.Detection full = exhaustive(variant);
        assertThat(code(detection))
            .as(text.substring(0, Math.min(80, text.length())))
            .isEqualTo(code(full));
        assertThat(detection.confidence()).isEqualTo(full.confidence());
        checked++;
      }
    }
    assertThat(checked).isGreaterThan(1_000);
  }

  @Test
  void readsTheTitleOfAProfileWithoutAuthorLineWhenItCanStillWin() {
    // A Latvian text under an English author line, with the English final formula added: English
    // scores 2 (author line, formula) before Latvian is read, and Latvian's title makes it 3.
    List<String> lv = LanguageFixtures.lines("lv");
    List<String> en = LanguageFixtures.lines("en");
    List<String> text = new ArrayList<>(List.of(lv.get(0), en.get(1)));
    text.addAll(lv.subList(2, lv.size()));
    text.add(finalFormula(en));
    List<SourceLine> lines = lines(String.join("\n", text));

    LanguageDetector.Detection detection = LanguageDetector.detect(lines, PROFILES, 100_000);

    assertThat(code(detection)).isEqualTo("lv");
    assertThat(detection.confidence()).isEqualTo(exhaustive(lines).confidence()).isEqualTo(0.75);
  }

  private static String finalFormula(List<String> lines) {
    for (int i = lines.size() - 1; i >= 0; i--) {
      if (lines.get(i).matches("\\d+\\. .*")) {
        return lines.get(i);
      }
    }
    throw new IllegalStateException("no paragraph");
  }

  private static List<String> texts() throws IOException {
    List<String> texts = new ArrayList<>();
    for (Path root : List.of(Path.of("src", "test", "resources"), Path.of("seeds"), corpus())) {
      if (!Files.isDirectory(root)) {
        continue;
      }
      try (Stream<Path> files = Files.walk(root)) {
        for (Path file : (Iterable<Path>) files::iterator) {
          String name = file.toString();
          if (name.endsWith(".txt")) {
            texts.add(Files.readString(file, StandardCharsets.UTF_8));
          } else if (name.endsWith(".html")) {
            texts.add(ResolutionParser.htmlText(Files.readString(file, StandardCharsets.UTF_8)));
          }
        }
      }
    }
    Random random = new Random(14);
    for (int i = 0; i < 500; i++) {
      texts.add(GeneratedDocuments.generate(random));
    }
    return texts;
  }

  private static Path corpus() {
    return Path.of(System.getProperty("epres.shared", "../shared"), "corpus");
  }

  private static List<List<SourceLine>> variants(List<SourceLine> lines) {
    List<List<SourceLine>> variants = new ArrayList<>();
    variants.add(lines);
    for (int cut = 1; cut <= 3 && cut < lines.size(); cut++) {
      variants.add(lines.subList(cut, lines.size()));
      variants.add(lines.subList(0, cut));
      // Without one of the first lines alone: the title, or the author line.
      List<SourceLine> without = new ArrayList<>(lines);
      without.remove(cut - 1);
      variants.add(without);
    }
    return variants;
  }

  private static List<SourceLine> lines(String text) {
    CommonTokenStream tokens = new CommonTokenStream(new LineTokenSource(text));
    tokens.fill();
    List<SourceLine> lines = new ArrayList<>();
    for (Token token : tokens.getTokens()) {
      if (token.getType() != Token.EOF) {
        lines.add(
            SourceLine.of(
                text,
                token.getType(),
                lines.size() + 1,
                token.getStartIndex(),
                token.getStopIndex() + 1));
      }
    }
    return lines;
  }

  private static String code(LanguageDetector.Detection detection) {
    return detection.profile() == null ? "none" : detection.profile().code();
  }

  /** Every profile scored in full; the best by score, then by preamble score, then listed first. */
  private static LanguageDetector.Detection exhaustive(List<SourceLine> lines) {
    int end = lines.size();
    search:
    for (int i = 0; i < lines.size(); i++) {
      for (LanguageProfile profile : PROFILES) {
        if (lines.get(i).type() == LayoutLexer.TEXT_LINE
            && profile.isAuthorLine(lines.get(i).text())) {
          end = i + 1;
          break search;
        }
      }
    }
    List<SourceLine> head = lines.subList(0, end);
    boolean anyAuthorLine = end < lines.size() || endsWithAuthorLine(lines);
    LanguageProfile best = null;
    double bestScore = 0;
    double bestPreamble = 0;
    for (LanguageProfile profile : PROFILES) {
      double preamble = preamble(head, profile, !anyAuthorLine);
      double score = preamble + blocks(lines, profile);
      if (score > bestScore || (best != null && score == bestScore && preamble > bestPreamble)) {
        best = profile;
        bestScore = score;
        bestPreamble = preamble;
      }
    }
    double confidence = Math.round(bestScore / 4 * 1000) / 1000.0;
    return new LanguageDetector.Detection(
        confidence < LanguageDetector.MIN_CONFIDENCE ? null : best, confidence);
  }

  /** Whether the last line is some profile's author line (the head then ends there too). */
  private static boolean endsWithAuthorLine(List<SourceLine> lines) {
    SourceLine last = lines.isEmpty() ? null : lines.get(lines.size() - 1);
    return last != null
        && last.type() == LayoutLexer.TEXT_LINE
        && PROFILES.stream().anyMatch(p -> p.isAuthorLine(last.text()));
  }

  private static double preamble(
      List<SourceLine> head, LanguageProfile profile, boolean headSignals) {
    boolean author = false;
    boolean title = false;
    boolean amendments = false;
    SourceLine first = null;
    for (SourceLine line : head) {
      if (line.type() == LayoutLexer.NUMBER_ITEM && !author) {
        // A sitting's page numbers its documents' titles.
        title |= profile.readTitle(line.text()).isPresent();
      }
      if (line.type() == LayoutLexer.TEXT_LINE && !author) {
        author = profile.isAuthorLine(line.text());
        title |= !author && profile.readTitle(line.text()).isPresent();
        first = first == null ? line : first;
        amendments |= AmendmentLines.number(profile, line.text()) != null;
      }
    }
    if (!author && amendments) {
      boolean dated = !title && !profile.findDates(first.text()).isEmpty();
      return 1 + (title ? 1 : 0) + (dated ? 0.5 : 0);
    }
    if (author || title || !headSignals) {
      return (author ? 1 : 0) + (title ? 1 : 0);
    }
    String[] texts = new String[head.size()];
    for (int i = 0; i < texts.length; i++) {
      SourceLine line = head.get(i);
      texts[i] = line.type() == LayoutLexer.TEXT_LINE ? line.text().strip() : null;
    }
    return HeadSignals.headed(texts, profile);
  }

  private static double blocks(List<SourceLine> lines, LanguageProfile profile) {
    boolean finalFormula = false;
    int items = 0;
    int opened = 0;
    for (SourceLine line : lines) {
      if (line.type() == LayoutLexer.DASH_ITEM) {
        items++;
        opened += profile.citationOpener(line.text()).isPresent() ? 1 : 0;
      } else if (line.type() == LayoutLexer.LETTER_ITEM && !profile.recitalOpeners().isEmpty()) {
        items++;
        opened += profile.recitalOpener(line.text()).isPresent() ? 1 : 0;
      } else if (line.type() == LayoutLexer.NUMBER_ITEM) {
        finalFormula |= profile.isFinalFormula(line.text());
      } else if (line.type() == LayoutLexer.TEXT_LINE
          && profile.citationOpener(line.text(), indent(line.text())).isPresent()) {
        items++;
        opened++;
      }
    }
    return (items == 0 ? 0 : (double) opened / items) + (finalFormula ? 1 : 0);
  }

  /** Where a line's text starts after the layout's spaces (space, tab, no-break space). */
  private static int indent(String text) {
    int i = 0;
    while (i < text.length() && " \t\u00A0".indexOf(text.charAt(i)) >= 0) {
      i++;
    }
    return i;
  }
}
