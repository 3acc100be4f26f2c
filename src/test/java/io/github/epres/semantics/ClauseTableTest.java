package io.github.epres.semantics;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.epres.ResolutionParser;
import io.github.epres.Seeds;
import io.github.epres.model.Action;
import io.github.epres.model.Block;
import io.github.epres.model.Clause;
import io.github.epres.model.Paragraph;
import io.github.epres.model.Resolution;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The clause tables: every paragraph of the reference document, and the paragraphs of the fixture
 * of every language, as "id | ACTION phrase → ADDRESSEE_KIND addressee ; …". The expected tables
 * are files under src/test/resources/semantics; lines starting with # justify doubtful rows. Run
 * with {@code -Depres.updateGolden=true} to rewrite them (the comments are kept).
 */
class ClauseTableTest {
  private static final Path DIR = Path.of("src/test/resources/semantics");
  private static final ResolutionParser PARSER = ResolutionParser.builder().strict(true).build();

  @Test
  void theReferenceDocumentsTwentySevenParagraphs() throws IOException {
    Resolution r = PARSER.parse(Seeds.reference());
    List<String> rows = new ArrayList<>();
    for (Paragraph p : r.paragraphs()) {
      rows.add(row(p));
    }
    assertTable("reference-clauses.txt", rows);
    long known =
        r.paragraphs().stream()
            .flatMap(p -> p.clauses().stream())
            .filter(c -> c.action() != Action.UNKNOWN)
            .count();
    long all = r.paragraphs().stream().mapToLong(p -> p.clauses().size()).sum();
    assertThat(known).isEqualTo(all).isEqualTo(52);
  }

  @Test
  void theReferenceDocumentsRecitalsSplitIntoWhereasClauses() throws IOException {
    Resolution r = PARSER.parse(Seeds.reference());
    assertThat(r.recitals()).allSatisfy(rec -> assertThat(rec.clauses()).isNotEmpty());
    assertThat(r.recitals().get(0).clauses())
        .extracting(Clause::action, Clause::phrase)
        .containsOnly(org.assertj.core.groups.Tuple.tuple(Action.WHEREAS, "tā kā"));
    Clause second = r.recitals().get(0).clauses().get(1);
    assertThat(r.recitals().get(0).text().substring(second.offset())).startsWith("tā kā ");
  }

  @Test
  void theParagraphsOfEveryLanguage() throws IOException {
    List<String> rows = new ArrayList<>();
    try (Stream<Path> files = Files.list(Path.of("src/test/resources/languages"))) {
      for (Path file :
          files
              .filter(f -> f.getFileName().toString().matches("[a-z]{2}\\.txt"))
              .sorted()
              .toList()) {
        String code = file.getFileName().toString().substring(0, 2);
        Resolution r =
            ResolutionParser.builder()
                .language(code)
                .build()
                .parse(Files.readString(file, StandardCharsets.UTF_8));
        for (Paragraph p : r.paragraphs()) {
          rows.add(code + " " + row(p));
        }
      }
    }
    assertTable("fixture-clauses.txt", rows);
    assertThat(rows).hasSize(24 * 4).noneMatch(row -> row.contains("UNKNOWN"));
  }

  @Test
  void aBlockIsFoundByItsVotingListLabel() throws IOException {
    Resolution r = PARSER.parse(Seeds.reference());
    assertThat(r.find("§ 5")).map(Block::id).contains("para_5");
    assertThat(r.find("§5")).map(Block::id).contains("para_5");
    assertThat(r.find("5. punkts")).map(Block::id).contains("para_5");
    assertThat(r.find("Recital C")).map(Block::id).contains("rec_C");
    assertThat(r.find("recital c")).map(Block::id).contains("rec_C");
    assertThat(r.find("C apsvērums")).map(Block::id).contains("rec_C");
    assertThat(r.find("Citation 3")).map(Block::id).contains("cit_3");
    assertThat(r.find("3. atsauce")).map(Block::id).contains("cit_3");
    assertThat(r.find("para_27")).map(Block::id).contains("para_27");
    assertThat(r.find("§ 28")).isEmpty();
    assertThat(r.paragraphs().get(4).voteLabel()).isEqualTo("5. punkts");
    assertThat(r.paragraphs().get(4).voteLabelEn()).isEqualTo("§ 5");
    assertThat(r.recitals().get(2).voteLabelEn()).isEqualTo("Recital C");
  }

  /** "para_5 | CONDEMNS nosoda ; URGES mudina → AUTHORITIES varas iestādes ; …". */
  static String row(Block block) {
    List<String> clauses = new ArrayList<>();
    for (Clause c : block.clauses()) {
      clauses.add(
          c.action()
              + " "
              + c.phrase()
              + c.addressee().map(a -> " → " + a.kind() + " " + a.text()).orElse(""));
    }
    return block.id() + " | " + String.join(" ; ", clauses);
  }

  static void assertTable(String name, List<String> rows) throws IOException {
    Path file = DIR.resolve(name);
    List<String> expected = new ArrayList<>();
    List<String> comments = new ArrayList<>();
    if (Files.exists(file)) {
      for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
        (line.startsWith("#") || line.isBlank() ? comments : expected).add(line);
      }
    }
    if (Boolean.getBoolean("epres.updateGolden")) {
      List<String> out = new ArrayList<>(comments);
      out.addAll(rows);
      Files.write(file, out, StandardCharsets.UTF_8);
      return;
    }
    assertThat(rows).containsExactlyElementsOf(expected);
  }
}
