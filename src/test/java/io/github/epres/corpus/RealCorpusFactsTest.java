package io.github.epres.corpus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.epres.ResolutionParser;
import io.github.epres.json.ResolutionJson;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The facts people read in the real pages ({@code ../shared/corpus/real/*}/{@code expect.json}),
 * checked as {@code ../shared/tools/corpus-score} checks them ({@link FactChecks}) on the JSON the
 * library writes, as a ratchet: {@code src/test/resources/real/failing-facts.txt} names the facts
 * that fail today, and the test fails when another fact fails or a listed one passes. Facts judged
 * wrong are listed with their evidence in {@code disputed-facts.txt} and not checked. After the
 * parser improves, {@code mvn test -Dtest=RealCorpusFactsTest -Depres.updateFacts=true} rewrites
 * the list of failing facts.
 */
class RealCorpusFactsTest {
  private static final Path LISTS = Path.of("src", "test", "resources", "real");
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final ResolutionParser PARSER = ResolutionParser.builder().build();

  private static final List<String> FAILING_HEADER =
      List.of(
          "# The facts of ../shared/corpus/real/*/expect.json that the parser gets wrong today, one",
          "# \"folder/file | check\" a line, sorted (RealCorpusFactsTest). Take a fact off when it",
          "# passes; rewrite the list with -Depres.updateFacts=true.");

  @Test
  void readsEveryFactItReadBefore() throws IOException {
    assumeTrue(
        Files.isDirectory(Documents.REAL), "../shared/corpus/real is absent: " + Documents.REAL);
    Map<String, String> disputed = disputed();
    Map<String, String> failing = new LinkedHashMap<>();
    TreeSet<String> checked = new TreeSet<>();
    int documents = 0;
    int right = 0;
    int checks = 0;
    int notChecked = 0;
    for (Path folder : folders()) {
      JsonNode expect = JSON.readTree(folder.resolve("expect.json").toFile());
      int folderDocuments = 0;
      int folderRight = 0;
      for (String name : names(expect)) {
        Path file = folder.resolve(name);
        if (!Files.exists(file)) {
          System.out.printf("facts | %s/%s: missing file%n", folder.getFileName(), name);
          continue;
        }
        String document = folder.getFileName() + "/" + name;
        List<String> wrong = new ArrayList<>();
        for (FactChecks.Check check : checks(file, expect.get(name))) {
          String id = document + " | " + check.name();
          checked.add(id);
          if (disputed.containsKey(id)) {
            notChecked++;
            continue;
          }
          checks++;
          if (!check.ok()) {
            failing.put(id, check.message());
            wrong.add(check.message());
          }
        }
        documents++;
        folderDocuments++;
        if (wrong.isEmpty()) {
          right++;
          folderRight++;
        } else {
          System.out.printf("facts | %s: %s%n", document, String.join("; ", wrong));
        }
      }
      System.out.printf(
          "facts | -- %s: %d/%d documents right%n",
          folder.getFileName(), folderRight, folderDocuments);
    }
    System.out.printf(
        "facts | %d/%d documents fully right, %d/%d checks (%d disputed, not checked)%n",
        right, documents, checks - failing.size(), checks, notChecked);

    List<String> problems = new ArrayList<>();
    disputed.keySet().stream()
        .filter(id -> !checked.contains(id))
        .forEach(id -> problems.add("disputed, but no such check: " + id));
    problems.addAll(
        Ratchet.read(LISTS.resolve("failing-facts.txt"), FAILING_HEADER).problems(failing));
    problems.forEach(p -> System.out.println("facts | " + p));
    assertThat(problems).as("facts against failing-facts.txt").isEmpty();
  }

  /** The checks of one document; a document that does not parse is one failed check. */
  private static List<FactChecks.Check> checks(Path file, JsonNode facts) {
    try {
      JsonNode document = JSON.readTree(ResolutionJson.write(Documents.parse(PARSER, file)));
      return FactChecks.of(document, facts);
    } catch (IOException | RuntimeException e) {
      return List.of(new FactChecks.Check("parses", false, "error: " + e));
    }
  }

  /** The folders with an {@code expect.json}, sorted. */
  private static List<Path> folders() throws IOException {
    try (Stream<Path> folders = Files.list(Documents.REAL)) {
      return folders.filter(f -> Files.exists(f.resolve("expect.json"))).sorted().toList();
    }
  }

  /** The file names an {@code expect.json} gives facts for, sorted ({@code _} keys are notes). */
  private static List<String> names(JsonNode expect) {
    List<String> names = new ArrayList<>();
    expect.fieldNames().forEachRemaining(names::add);
    return names.stream().filter(n -> !n.startsWith("_")).sorted().toList();
  }

  /** The disputed facts: {@code folder/file | check | reason with file:line evidence}. */
  private static Map<String, String> disputed() throws IOException {
    Map<String, String> disputed = new LinkedHashMap<>();
    for (String line : Ratchet.read(LISTS.resolve("disputed-facts.txt"), List.of()).listed()) {
      String[] parts = line.split(" \\| ", 3);
      assertThat(parts).as("disputed fact without its reason: " + line).hasSize(3);
      disputed.put(parts[0] + " | " + parts[1], parts[2]);
    }
    return disputed;
  }
}
