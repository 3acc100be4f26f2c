package io.github.epres.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
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
    JsonNode votings = new ObjectMapper().readTree(run("votes", LIST)).get("votings");
    assertThat(votings).hasSize(3);
    assertThat(votings.get(0).get("subject").asText())
        .isEqualTo("Joint motion for a resolution RC-B9-0999/2021\n(PPE, S&D, Renew)");
    assertThat(votings.get(0).at("/target/kind").asText()).isEqualTo("TITLE");
    JsonNode amendment = votings.get(1);
    assertThat(amendment.get("document").asText()).isEqualTo("RC-B9-0999/2021");
    assertThat(amendment.get("subject").asText()).isEqualTo("After § 4");
    assertThat(amendment.get("subjectKind").asText()).isEqualTo("AFTER");
    assertThat(amendment.get("author").asText()).isEqualTo("The Left");
    assertThat(amendment.get("result").asText()).isEqualTo("REJECTED");
    assertThat(amendment.get("resultType").asText()).isEqualTo("ROLL_CALL");
    assertThat(amendment.get("favor").asInt()).isEqualTo(150);
    assertThat(amendment.get("against").asInt()).isEqualTo(500);
    assertThat(amendment.get("abstention").asInt()).isEqualTo(30);
    assertThat(votings.get(2).get("subjectKind").asText()).isEqualTo("WHOLE");
  }

  @Test
  void aListAloneIsPrintedAsCsvWithoutTargets() {
    assertThat(run("votes", "--format", "csv", LIST).split("\r\n"))
        .containsExactly(
            "document,subject,subjectKind,marker,amendment,author,result,resultType,for,against,"
                + "abstention",
            "RC-B9-0999/2021,\"Joint motion for a resolution RC-B9-0999/2021 (PPE, S&D, Renew)\","
                + "TITLE,,,,,,,,",
            "RC-B9-0999/2021,After § 4,AFTER,RCV,1,The Left,REJECTED,ROLL_CALL,150,500,30",
            "RC-B9-0999/2021,Motion for a resolution (as a whole),WHOLE,,,,ADOPTED,RAISE_HAND,,,");
    assertThat(VotesCsv.names(true))
        .containsSubsequence(VotesCsv.names(false))
        .contains("target", "targetId", "offset", "length", "reason");
  }

  @Test
  void aListWithItsDocumentGivesEachVotingsTarget() {
    Path list = SHARED.resolve("corpus/votes/vot-list_pv-10-2025-05-08-vot-en.xml");
    Path page = SHARED.resolve("corpus/en/RC-10-2025-0249_EN.html");
    assumeTrue(Files.exists(list) && Files.exists(page), "../shared/corpus is absent");
    List<String> rows =
        List.of(run("votes", "-f", "csv", list.toString(), page.toString()).split("\r\n"));
    assertThat(rows.get(0)).isEqualTo(String.join(",", VotesCsv.names(true)));
    assertThat(rows)
        .contains(
            "RC-B10-0249/2025,§ 1,BLOCK,1,PART,para_1,0,277,§,original text,ADOPTED,RAISE_HAND,,,,",
            "RC-B10-0249/2025,After recital B,AFTER,,AFTER,rec_B,,,3,ECR,REJECTED,RAISE_HAND,,,,",
            "RC-B10-0249/2025,Motion for a resolution (as a whole),WHOLE,RCV,DOCUMENT,,,,,,ADOPTED,"
                + "ROLL_CALL,516,3,34,");
  }
}
