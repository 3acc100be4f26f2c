package io.github.epres;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.epres.model.AuthorGroup;
import io.github.epres.model.Motion;
import io.github.epres.model.ReplacedMotion;
import io.github.epres.model.Resolution;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Joint-motion headers as the EP publishes them in every language: the header lines of
 * RC-B9-0068/2021 (23 languages) and RC-B10-0249/2025 (24) from the Open Data Portal records in
 * {@code ../shared/corpus/meta}, each put before that language's fixture as a copied page has them,
 * must give the motion's kind, the motions it replaces with their groups, its procedure and
 * subject, and its authors by group.
 */
class MotionHeaderTest {
  private static final Path META =
      Path.of(System.getProperty("epres.shared", "../shared"), "corpus", "meta");
  private static final ResolutionParser PARSER = ResolutionParser.builder().build();
  private static final List<String> GROUPS_2021 =
      List.of("PPE", "S&D", "Renew", "Verts/ALE", "ECR");
  private static final List<String> GROUPS_2025 =
      List.of("PPE", "S&D", "ECR", "Renew", "Verts/ALE");

  record Case(String record, String language, List<String> lines) {}

  static Stream<Arguments> headers() throws IOException {
    List<Arguments> cases = new ArrayList<>();
    for (String record : List.of("RC-9-2021-0068", "RC-10-2025-0249")) {
      Path file = META.resolve("odp-document_" + record + ".json");
      if (!Files.exists(file)) {
        cases.add(Arguments.of(Named.of("no corpus", new Case(record, "absent", List.of()))));
        continue;
      }
      JsonNode root = new ObjectMapper().readTree(file.toFile());
      for (JsonNode realization : root.path("data").get(0).path("is_realized_by")) {
        Iterator<Map.Entry<String, JsonNode>> titles =
            realization.path("title_alternative").fields();
        while (titles.hasNext()) {
          Map.Entry<String, JsonNode> title = titles.next();
          String text = title.getValue().asText();
          String[] parts = text.contains("<br/>") ? text.split("<br/>") : text.split(" - ");
          cases.add(
              Arguments.of(
                  Named.of(
                      record + " " + title.getKey(),
                      new Case(record, title.getKey(), List.of(parts)))));
        }
      }
    }
    return cases.stream();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("headers")
  void readsTheJointMotionHeader(Case c) throws IOException {
    assumeTrue(!c.lines().isEmpty(), "../shared/corpus is absent: " + META);
    List<String> fixture = LanguageFixtures.lines(c.language());
    String page = String.join("\n", c.lines()) + "\n" + String.join("\n", fixture) + "\n";
    Resolution r = PARSER.parse(page);
    boolean older = c.record().equals("RC-9-2021-0068");

    assertThat(r.language()).isEqualTo(c.language());
    assertThat(r.citations()).isNotEmpty();
    Motion motion = r.header().orElseThrow().motion().orElseThrow();
    assertThat(motion.kind()).isEqualTo(Motion.Kind.JOINT_MOTION);
    assertThat(motion.procedure().orElseThrow().reference())
        .isEqualTo(older ? "2021/2505(RSP)" : "2025/2691(RSP)");
    int procedureLine = c.lines().indexOf(older ? "(2021/2505(RSP))" : "(2025/2691(RSP))");
    assertThat(motion.subject()).contains(c.lines().get(procedureLine - 1).strip());
    List<String> replaced =
        new ArrayList<>(motion.replacedMotions().stream().map(ReplacedMotion::number).toList());
    if (!older && c.language().equals("cs")) {
      // As published: the Czech header does not list the PPE motion.
      replaced.add(3, "B10-0255/2025");
    }
    assertThat(replaced)
        .isEqualTo(
            older
                ? List.of(
                    "B9-0068/2021",
                    "B9-0069/2021",
                    "B9-0071/2021",
                    c.language().equals("mt") ? "B9-0070/2121" : "B9-0070/2021",
                    "B9-0087/2021")
                : List.of(
                    "B10-0249/2025",
                    "B10-0250/2025",
                    "B10-0252/2025",
                    "B10-0255/2025",
                    "B10-0258/2025"));
    List<String> groups = motion.authorGroups().stream().map(g -> g.group().orElse("")).toList();
    List<String> expected = new ArrayList<>(older ? GROUPS_2021 : GROUPS_2025);
    expected.add("");
    if (older && c.language().equals("lt")) {
      // As published: the Lithuanian header has no S&D line, so those names go to Renew.
      expected.remove("S&D");
    }
    if (!older && (c.language().equals("en") || c.language().equals("cs"))) {
      // As published: these two give Villy Søvndal's group as The Left, the others as Verts/ALE.
      expected.set(4, "The Left");
    }
    assertThat(groups).isEqualTo(expected);
    String firstAuthor = c.lines().get(procedureLine + 1).split(",")[0].strip();
    assertThat(motion.authorGroups().get(0).authors()).startsWith(firstAuthor);
    assertThat(motion.authorGroups())
        .extracting(AuthorGroup::authors)
        .allSatisfy(a -> assertThat(a).isNotEmpty());
  }
}
