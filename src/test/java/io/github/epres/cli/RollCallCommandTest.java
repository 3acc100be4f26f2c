package io.github.epres.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.epres.table.RollCallCsv;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * {@code epres rollcall RCV...} prints roll-call lists; {@code epres votes LIST [DOC...] --rollcall
 * RCV...} gives each voting by roll call its roll call, on a constructed pair of lists and on the
 * sitting of 2024-04-24 (a voting list and two roll-call extracts).
 */
class RollCallCommandTest {
  private static final String LIST = "src/test/resources/cli/voting-list.xml";
  private static final String CALLS = "src/test/resources/cli/roll-calls.xml";
  private static final Path VOTES =
      Path.of(System.getProperty("epres.shared", "../shared"), "corpus/votes");
  private static final ObjectMapper MAPPER = new ObjectMapper();

  private static String run(String... args) {
    CliRun run = CliRun.of(args);
    assertThat(run.err()).isEmpty();
    assertThat(run.exitCode()).isZero();
    return run.out();
  }

  private static final String ALPHA =
      "2,2021-02-11 13:05:40,RC-B9-0999/2021,RC-B9-0999/2021 - After § 4 - Am 1,The Left,Alpha,101,"
          + "favor";

  @Test
  void printsEachRollCallWithItsGroupsAndMembers() throws Exception {
    JsonNode list = MAPPER.readTree(run("rollcall", CALLS));
    assertThat(list.get("date").asText()).isEqualTo("2021-02-11");
    assertThat(list.get("reference").asText()).isEqualTo("P9_PV(2021)02-11");
    JsonNode call = list.get("rollCalls").get(0);
    assertThat(list.get("rollCalls")).hasSize(1);
    assertThat(call.get("id").asText()).isEqualTo("2");
    assertThat(call.get("time").asText()).isEqualTo("2021-02-11 13:05:40");
    assertThat(call.get("documents").get(0).asText()).isEqualTo("RC-B9-0999/2021");
    assertThat(List.of(call.get("favor").asInt(), call.get("against").asInt()))
        .containsExactly(2, 1);
    assertThat(call.at("/groups/2/group").asText()).isEqualTo("PPE");
    assertThat(call.at("/groups/2/against").asInt()).isEqualTo(1);
    assertThat(call.at("/members/1/name").asText()).isEqualTo("Beta");
    assertThat(call.at("/members/1/mepId").asText()).isEqualTo("102");
    assertThat(call.at("/members/1/group").asText()).isEqualTo("S&D");
    assertThat(call.at("/members/1/vote").asText()).isEqualTo("favor");
  }

  @Test
  void printsOneRowPerMembersVoteUnderOneHeader() {
    assertThat(run("rollcall", "-f", "csv", CALLS, CALLS).split("\r\n"))
        .containsExactly(
            String.join(",", RollCallCsv.COLUMNS),
            ALPHA,
            ALPHA.replace("The Left,Alpha,101", "S&D,Beta,102"),
            ALPHA.replace("The Left,Alpha,101,favor", "PPE,Gamma,103,against"),
            ALPHA,
            ALPHA.replace("The Left,Alpha,101", "S&D,Beta,102"),
            ALPHA.replace("The Left,Alpha,101,favor", "PPE,Gamma,103,against"));
    String[] lines = run("rollcall", CALLS, CALLS).split("\n");
    assertThat(lines).hasSize(2);
    assertThat(lines[0]).startsWith("{\"schemaVersion\":\"1.0\",\"date\":\"2021-02-11\",");
  }

  @Test
  void joinsTheVotingsByRollCallOfAList() throws Exception {
    JsonNode votings = MAPPER.readTree(run("votes", LIST, "--rollcall", CALLS)).get("votings");
    assertThat(votings).hasSize(1);
    JsonNode voting = votings.get(0);
    assertThat(voting.get("votingId").asText()).isEqualTo("2");
    assertThat(voting.get("subject").asText()).isEqualTo("After § 4");
    assertThat(voting.get("favor").asInt()).isEqualTo(150);
    assertThat(voting.get("match").asText()).isEqualTo("ID");
    assertThat(voting.get("countsAgree").asBoolean()).isFalse();
    assertThat(voting.at("/rollCall/members/2/name").asText()).isEqualTo("Gamma");
    assertThat(run("votes", "--format", "csv", LIST, "--rollcall", CALLS).split("\r\n"))
        .containsExactly(
            String.join(",", RollCallCsv.JOINED_COLUMNS),
            "2,ID," + ALPHA,
            "2,ID," + ALPHA.replace("The Left,Alpha,101", "S&D,Beta,102"),
            "2,ID," + ALPHA.replace("The Left,Alpha,101,favor", "PPE,Gamma,103,against"));
  }

  /** With the text voted on: the linked votings, the final vote with its roll call. */
  @Test
  void addsTheRollCallToAVotingLinkedToItsDocument() throws Exception {
    Path list = VOTES.resolve("vot-list_pv-10-2025-05-08-vot-en.xml");
    Path page = VOTES.resolveSibling("en/RC-10-2025-0249_EN.html");
    assumeTrue(Files.exists(list) && Files.exists(page), "../shared/corpus is absent");
    Path calls = Files.createTempFile("roll-calls", ".xml");
    try {
      Files.writeString(
          calls,
          Files.readString(Path.of(CALLS)).replace("Identifier=\"2\"", "Identifier=\"176309\""));
      JsonNode votings =
          MAPPER
              .readTree(
                  run("votes", list.toString(), page.toString(), "--rollcall", calls.toString()))
              .get("votings");
      List<String> withRollCalls = new ArrayList<>();
      for (JsonNode voting : votings) {
        if (voting.has("rollCall")) {
          withRollCalls.add(voting.get("votingId").asText());
        }
      }
      assertThat(withRollCalls).containsExactly("176309");
      JsonNode whole = votings.get(7);
      assertThat(whole.get("votingId").asText()).isEqualTo("176309");
      assertThat(whole.at("/target/kind").asText()).isEqualTo("DOCUMENT");
      assertThat(whole.get("favor").asInt()).isEqualTo(516);
      assertThat(whole.get("match").asText()).isEqualTo("ID");
      assertThat(whole.at("/rollCall/groups/0/group").asText()).isEqualTo("The Left");
    } finally {
      Files.delete(calls);
    }
  }

  /** The sitting of 2024-04-24: 129 votings by roll call; the two extracts hold two of them. */
  @Test
  void joinsARealSittingToItsRollCallExtracts() throws Exception {
    Path list = VOTES.resolve("vot-list_pv-9-2024-04-24-vot-en.xml");
    Path noon = VOTES.resolve("rcv-list_pv-9-2024-04-24-rcv-fr-noon.xml");
    Path evening = VOTES.resolve("rcv-list_pv-9-2024-04-24-rcv-fr-evening.xml");
    assumeTrue(Files.exists(list) && Files.exists(noon) && Files.exists(evening), "no corpus");
    JsonNode votings =
        MAPPER
            .readTree(
                run("votes", list.toString(), "--rollcall", noon.toString(), evening.toString()))
            .get("votings");
    assertThat(votings).hasSize(129);
    List<String> found = new ArrayList<>();
    for (JsonNode voting : votings) {
      if (!voting.get("match").asText().equals("NONE")) {
        found.add(voting.get("votingId").asText() + " " + voting.get("match").asText());
        assertThat(voting.get("countsAgree").asBoolean()).isFalse();
      }
    }
    assertThat(found).containsExactly("168834 ID", "168864 ID");
    String[] rows = run("rollcall", "-f", "csv", evening.toString()).split("\r\n");
    assertThat(rows).hasSize(3);
    assertThat(rows[2])
        .isEqualTo(
            "168864,2024-04-24 17:18:07,,C9-0120/2024 - Rejet - Am 13= 23=,"
                + "PPE,Adamowicz,6883,against");
  }
}
