package io.github.epres.corpus;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.epres.ResolutionParser;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * Issue 25's prefix property ({@link PrefixCheck}) over every document of {@code ../shared/corpus}
 * (the real pages and the older ones; an EP web page as its extracted text) and every document
 * fixture of this repository, as a ratchet: {@code src/test/resources/real/prefix-failing.txt}
 * names the documents for which it fails today; another failing document, or a listed one that now
 * holds, fails the test. For each failing document the first failing cut is printed. {@code
 * -Depres.updateFacts=true} rewrites the list.
 */
class PrefixPropertyTest {
  private static final Path LIST =
      Path.of("src", "test", "resources", "real", "prefix-failing.txt");

  /** Structure only: clauses and references do not decide where blocks start and end. */
  private static final ResolutionParser PARSER =
      ResolutionParser.builder().semantics(false).build();

  private static final List<String> HEADER =
      List.of(
          "# The documents for which the prefix property fails today (PrefixPropertyTest), one a",
          "# line, sorted: paths below ../shared/corpus, below src/test/resources, or seeds/. Take",
          "# a document off when it holds; rewrite the list with -Depres.updateFacts=true.");

  @Test
  void everyCutParsesAsFarAsItGoes() throws IOException {
    List<Path> documents = new ArrayList<>(Documents.corpus());
    boolean shared = !documents.isEmpty();
    if (!shared) {
      System.out.println("prefix | ../shared/corpus is absent: only the fixtures are cut");
    }
    documents.addAll(Documents.fixtures());
    Set<String> names = new TreeSet<>();
    Map<String, String> failing = new TreeMap<>();
    int cuts = 0;
    for (Path document : documents) {
      names.add(Documents.name(document));
      long t0 = System.nanoTime();
      PrefixCheck check = new PrefixCheck(PARSER, Documents.text(document));
      cuts += check.cuts().size();
      check.firstFailure().ifPresent(f -> failing.put(Documents.name(document), f));
      System.out.printf(
          "TIME | %d ms | %d cuts | %s%n",
          (System.nanoTime() - t0) / 1000000, check.cuts().size(), Documents.name(document));
    }
    failing.forEach(
        (document, failure) -> System.out.printf("prefix | %s: %s%n", document, failure));
    System.out.printf(
        "prefix | %d/%d documents hold the property (%d cuts)%n",
        documents.size() - failing.size(), documents.size(), cuts);
    List<String> problems =
        Ratchet.read(LIST, HEADER).problems(failing, name -> shared || names.contains(name));
    problems.forEach(p -> System.out.println("prefix | " + p));
    assertThat(problems).as("documents against prefix-failing.txt").isEmpty();
  }
}
