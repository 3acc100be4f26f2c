package io.github.epres.votes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.github.epres.ResolutionParser;
import io.github.epres.model.Block;
import io.github.epres.model.Resolution;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The votes of 8 May 2025 on RC-B10-0249/2025 linked to its page, voting by voting, as the list and
 * the page have them.
 */
class VoteLinkerTest {
  private static final Path SHARED = Path.of(System.getProperty("epres.shared", "../shared"));
  private static final Path LIST =
      SHARED.resolve("corpus/votes/vot-list_pv-10-2025-05-08-vot-en.xml");
  private static final Path PAGE = SHARED.resolve("corpus/en/RC-10-2025-0249_EN.html");

  @Test
  void everyVotingOfTheJointMotionResolves() throws IOException {
    assumeTrue(Files.exists(LIST) && Files.exists(PAGE), "../shared/corpus is absent");
    VotingList list = VotingList.read(LIST);
    Resolution page = ResolutionParser.builder().build().parseHtml(PAGE);
    List<LinkedVoting> linked = VoteLinker.link(list, List.of(page));

    List<String> rows = new ArrayList<>();
    for (LinkedVoting l : linked) {
      Voting v = l.voting();
      VoteTarget t = l.target();
      rows.add(
          v.subject()
              + " | "
              + v.marker().orElse("-")
              + " | "
              + v.amendment().orElse("-")
              + " | "
              + v.result().map(Enum::name).orElse("-")
              + " | "
              + t.kind()
              + " "
              + t.id().orElse("")
              + v.counts()
                  .map(c -> " | " + c.favor() + "/" + c.against() + "/" + c.abstention())
                  .orElse(""));
    }
    assertThat(linked).allSatisfy(l -> assertThat(l.document()).isEqualTo("RC-B10-0249/2025"));
    assertThat(rows)
        .containsExactly(
            "Joint motion for a resolution RC-B10-0249/2025\n(PPE, S&D, ECR, Renew, Verts/ALE,"
                + " Members) | - | - | - | TITLE ",
            "§ 1 | split | § | - | BLOCK para_1",
            "§ 1 | 1 | § | ADOPTED | PART para_1",
            "§ 1 | 2 | § | ADOPTED | PART para_1",
            "After § 4 | - | 1 | ADOPTED | AFTER para_4",
            "After § 6 | - | 2 | REJECTED | AFTER para_6",
            "After recital B | - | 3 | REJECTED | AFTER rec_B",
            "Motion for a resolution (as a whole) | RCV | - | ADOPTED | DOCUMENT  | 516/3/34",
            "Other motions for resolutions | - | - | - | TITLE ",
            "B10-0247/2025 | - | - | LAPSED | OTHER_DOCUMENT B10-0247/2025",
            "B10-0249/2025 | - | - | LAPSED | OTHER_DOCUMENT B10-0249/2025",
            "B10-0250/2025 | - | - | LAPSED | OTHER_DOCUMENT B10-0250/2025",
            "B10-0252/2025 | - | - | LAPSED | OTHER_DOCUMENT B10-0252/2025",
            "B10-0255/2025 | - | - | LAPSED | OTHER_DOCUMENT B10-0255/2025",
            "B10-0258/2025 | - | - | LAPSED | OTHER_DOCUMENT B10-0258/2025");

    Vote vote = list.votes().get(1);
    assertThat(vote.requests())
        .extracting(r -> r.kind() + " " + r.group().orElse("-") + " " + r.text())
        .containsExactly("ROLL_CALL Renew final vote");
    assertThat(vote.splitRequests()).hasSize(1);
    assertThat(vote.splitRequests().get(0).group()).contains("The Left");

    // The two parts of § 1 are exactly the two halves of its text.
    Block para1 = page.find("§ 1").orElseThrow();
    TextRange first = linked.get(2).target().ranges().get(0);
    TextRange second = linked.get(3).target().ranges().get(0);
    String text = para1.text();
    assertThat(text.substring(first.offset(), first.offset() + first.length()))
        .startsWith("Strongly condemns")
        .endsWith("militarisation;");
    assertThat(text.substring(second.offset(), second.offset() + second.length()))
        .isEqualTo(
            "stresses that these acts form part of a genocidal strategy to erase Ukrainian"
                + " identity;");
    assertThat(text.substring(first.offset() + first.length(), second.offset())).isBlank();
    assertThat(first.offset()).isZero();
    assertThat(second.offset() + second.length()).isEqualTo(text.stripTrailing().length());
  }

  /**
   * The common questions answered without a chain of optionals: the document's number and
   * procedure, whether the amendment after § 4 and the split parts of § 1 were adopted, and the
   * counts of the vote on the text as a whole.
   */
  @Test
  void theCommonQuestionsHaveDirectAnswers() throws IOException {
    assumeTrue(Files.exists(LIST) && Files.exists(PAGE), "../shared/corpus is absent");
    VotingList list = VotingList.read(LIST);
    Resolution page = ResolutionParser.builder().build().parseHtml(PAGE);
    assertThat(page.documentNumber()).contains("RC-B10-0249/2025");
    assertThat(page.procedure().orElseThrow().reference()).isEqualTo("2025/2691(RSP)");

    List<LinkedVoting> linked = VoteLinker.link(list, List.of(page));
    assertThat(linked)
        .filteredOn(l -> l.target().is(VoteTarget.Kind.AFTER, "para_4"))
        .singleElement()
        .satisfies(l -> assertThat(l.voting().adopted()).isTrue());
    assertThat(linked)
        .filteredOn(l -> l.target().is(VoteTarget.Kind.AFTER, "para_6"))
        .singleElement()
        .satisfies(l -> assertThat(l.voting().result()).contains(Voting.Result.REJECTED));
    assertThat(linked)
        .filteredOn(l -> l.target().is(VoteTarget.Kind.PART, "para_1"))
        .hasSize(2)
        .allSatisfy(l -> assertThat(l.voting().adopted()).isTrue());
    assertThat(linked.stream().filter(l -> l.target().is(VoteTarget.Kind.BLOCK, "para_2")))
        .isEmpty();

    Vote vote = list.votes().get(1);
    assertThat(vote.wholeText().flatMap(Voting::counts)).contains(VoteCounts.of(516, 3, 34));
    assertThat(linked.get(7).subjectKind()).isEqualTo(SubjectKind.WHOLE);
  }

  /** {@code epres votes} prints the links as JSON valid against its schema, and as CSV rows. */
  @Test
  void theCommandPrintsJsonAndCsv() throws Exception {
    assumeTrue(Files.exists(LIST) && Files.exists(PAGE), "../shared/corpus is absent");
    java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
    java.io.StringWriter err = new java.io.StringWriter();
    int code =
        io.github.epres.cli.EpresCli.run(
            out, new java.io.PrintWriter(err), "votes", LIST.toString(), PAGE.toString());
    assertThat(code).as(err.toString()).isZero();
    String json = out.toString(java.nio.charset.StandardCharsets.UTF_8);
    com.fasterxml.jackson.databind.ObjectMapper mapper =
        new com.fasterxml.jackson.databind.ObjectMapper();
    com.networknt.schema.JsonSchema schema =
        io.github.epres.json.Schemas.of(io.github.epres.json.VotesJson.SCHEMA_RESOURCE);
    com.fasterxml.jackson.databind.JsonNode tree = mapper.readTree(json);
    assertThat(schema.validate(tree)).isEmpty();
    assertThat(tree.path("votings")).hasSize(15);
    com.fasterxml.jackson.databind.JsonNode whole = tree.path("votings").get(7);
    assertThat(whole.path("favor").asInt()).isEqualTo(516);
    assertThat(whole.path("target").path("kind").asText()).isEqualTo("DOCUMENT");

    out.reset();
    code =
        io.github.epres.cli.EpresCli.run(
            out,
            new java.io.PrintWriter(err),
            "votes",
            LIST.toString(),
            PAGE.toString(),
            "--format",
            "csv");
    assertThat(code).isZero();
    List<String> rows = out.toString(java.nio.charset.StandardCharsets.UTF_8).lines().toList();
    assertThat(rows).hasSize(16);
    assertThat(rows.get(0))
        .isEqualTo(String.join(",", io.github.epres.table.VotesCsv.LINKED_COLUMNS));
    assertThat(rows.get(3)).startsWith("RC-B10-0249/2025,176307,§ 1,BLOCK,1,PART,para_1,0,");
    assertThat(rows.get(8))
        .isEqualTo(
            "RC-B10-0249/2025,176309,Motion for a resolution (as a whole),WHOLE,RCV,DOCUMENT,,,,,,"
                + "ADOPTED,ROLL_CALL,516,3,34,");
  }
}
