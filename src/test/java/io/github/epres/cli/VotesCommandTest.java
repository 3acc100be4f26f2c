package io.github.epres.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.epres.json.VotesJson;
import io.github.epres.table.VotesCsv;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** {@code epres votes LIST} prints the list; with documents, each voting's target in them. */
class VotesCommandTest {
  private static final String LIST = "src/test/resources/cli/voting-list.xml";
  private static final Path SHARED = Path.of(System.getProperty("epres.shared", "../shared"));

  private static String run(String... args) {
    CliRun run = CliRun.of(args);
    assertThat(run.err()).isEmpty();
    assertThat(run.exitCode()).isZero();
    return run.out();
  }

  @Test
  void aListAloneIsPrintedAsJson() throws Exception {
    JsonNode root = new ObjectMapper().readTree(run("votes", LIST));
    assertThat(root.get("schemaVersion").asText()).isEqualTo(VotesJson.SCHEMA_VERSION);
    assertThat(root.get("language").asText()).isEqualTo("EN");
    JsonNode vote = root.get("votes").get(0);
    assertThat(root.get("votes")).hasSize(1);
    assertThat(vote.get("title").asText()).isEqualTo("A constructed vote");
    assertThat(vote.at("/documents/0/number").asText()).isEqualTo("RC-B9-0999/2021");
    JsonNode votings = vote.get("votings");
    assertThat(votings).hasSize(3);
    assertThat(votings.get(0).get("subject").asText())
        .isEqualTo("Joint motion for a resolution RC-B9-0999/2021\n(PPE, S&D, Renew)");
    assertThat(votings.get(0).get("subjectKind").asText()).isEqualTo("TITLE");
    JsonNode amendment = votings.get(1);
    assertThat(amendment.get("votingId").asText()).isEqualTo("2");
    assertThat(amendment.get("subject").asText()).isEqualTo("After § 4");
    assertThat(amendment.get("subjectKind").asText()).isEqualTo("AFTER");
    assertThat(amendment.get("author").asText()).isEqualTo("The Left");
    assertThat(amendment.get("result").asText()).isEqualTo("REJECTED");
    assertThat(amendment.get("resultType").asText()).isEqualTo("ROLL_CALL");
    assertThat(amendment.get("favor").asInt()).isEqualTo(150);
    assertThat(amendment.get("against").asInt()).isEqualTo(500);
    assertThat(amendment.get("abstention").asInt()).isEqualTo(30);
    assertThat(amendment.has("target")).isFalse();
    assertThat(votings.get(2).get("subjectKind").asText()).isEqualTo("WHOLE");
    assertThat(votings.get(2).get("result").asText()).isEqualTo("ADOPTED");
  }

  @Test
  void aListAloneIsPrintedAsCsvWithoutTargets() {
    String[] rows = run("votes", "--format", "csv", LIST).split("\r\n");
    assertThat(rows[0]).isEqualTo(String.join(",", VotesCsv.LIST_COLUMNS));
    assertThat(rows)
        .containsExactly(
            rows[0],
            "0,RESOLUTION,A constructed vote,RC-B9-0999/2021,1,\"Joint motion for a resolution"
                + " RC-B9-0999/2021 (PPE, S&D, Renew)\",TITLE,,,,,,,,",
            "0,RESOLUTION,A constructed vote,RC-B9-0999/2021,2,After § 4,AFTER,RCV,1,The Left,"
                + "REJECTED,ROLL_CALL,150,500,30",
            "0,RESOLUTION,A constructed vote,RC-B9-0999/2021,3,Motion for a resolution (as a whole),"
                + "WHOLE,,,,ADOPTED,RAISE_HAND,,,");
  }

  @Test
  void aListWithItsDocumentGivesEachVotingsTarget() {
    Path list = SHARED.resolve("corpus/votes/vot-list_pv-10-2025-05-08-vot-en.xml");
    Path page = SHARED.resolve("corpus/en/RC-10-2025-0249_EN.html");
    assumeTrue(Files.exists(list) && Files.exists(page), "../shared/corpus is absent");
    List<String> rows =
        List.of(run("votes", "-f", "csv", list.toString(), page.toString()).split("\r\n"));
    assertThat(rows.get(0)).isEqualTo(String.join(",", VotesCsv.LINKED_COLUMNS));
    assertThat(rows)
        .contains(
            "RC-B10-0249/2025,176307,§ 1,BLOCK,1,PART,para_1,0,277,§,original text,ADOPTED,RAISE_HAND,,,,",
            "RC-B10-0249/2025,176230,After recital B,AFTER,,AFTER,rec_B,,,3,ECR,REJECTED,RAISE_HAND,,,,",
            "RC-B10-0249/2025,176309,Motion for a resolution (as a whole),WHOLE,RCV,DOCUMENT,,,,,,ADOPTED,"
                + "ROLL_CALL,516,3,34,");
  }
}
