package io.github.epres.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import io.github.epres.corpus.Documents;
import io.github.epres.votes.RollCallJoin;
import io.github.epres.votes.RollCallList;
import io.github.epres.votes.VotingList;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Both JSON shapes of roll calls validate against {@code rollcalls.schema.json}: every real
 * roll-call list, and votings joined to roll calls; with the values of the real lists.
 */
class RollCallJsonTest {
  private static final ObjectMapper MAPPER = new ObjectMapper();
  private static final Path VOTES = Documents.VOTES;
  private static JsonSchema schema;

  @BeforeAll
  static void load() {
    schema = Schemas.of(RollCallJson.SCHEMA_RESOURCE);
  }

  static Stream<Path> lists() throws IOException {
    return Documents.voteLists("rcv");
  }

  /** Every roll call, each with as many members as the list names, valid against the schema. */
  @ParameterizedTest(name = "{0}")
  @MethodSource("lists")
  void everyRealListValidates(Path file) throws IOException {
    assumeTrue(Files.exists(file), "../shared/corpus is absent: " + VOTES);
    RollCallList list = RollCallList.read(file);
    JsonNode json = MAPPER.readTree(RollCallJson.write(list));
    assertThat(schema.validate(json)).isEmpty();
    assertThat(json.path("rollCalls")).hasSize(list.rollCalls().size());
    for (int i = 0; i < list.rollCalls().size(); i++) {
      assertThat(json.path("rollCalls").get(i).path("members"))
          .hasSize(list.rollCalls().get(i).memberVotes().size());
    }
  }

  /** The roll call of 2024-09-18 on B10-0020/2024: counts, a group, a member, the intentions. */
  @Test
  void writesARollCallByGroupAndMember() throws IOException {
    Path file = VOTES.resolve("rcv_list_pv-10-2024-09-18-rcv-en.xml");
    assumeTrue(Files.exists(file), "../shared/corpus is absent: " + VOTES);
    JsonNode json = MAPPER.readTree(RollCallJson.write(RollCallList.read(file)));
    assertThat(json.path("schemaVersion").asText()).isEqualTo("1.0");
    assertThat(json.path("date").asText()).isEqualTo("2024-09-18");
    assertThat(json.path("reference").asText()).isEqualTo("P10_PV(2024)09-18");
    JsonNode call = json.path("rollCalls").get(0);
    assertThat(call.path("id").asText()).isEqualTo("169418");
    assertThat(call.path("time").asText()).isEqualTo("2024-09-18 12:18:27");
    assertThat(call.path("subject").asText()).isEqualTo("B10-0020/2024 – Motion for a resolution");
    assertThat(call.path("documents").toString()).isEqualTo("[\"B10-0020/2024\"]");
    assertThat(List.of(call.path("favor").asInt(), call.path("against").asInt()))
        .containsExactly(516, 129);
    assertThat(call.path("abstention").asInt()).isEqualTo(27);
    assertThat(call.path("groups").get(3).toString())
        .isEqualTo("{\"group\":\"PPE\",\"favor\":63,\"against\":105,\"abstention\":7}");
    assertThat(call.path("members").get(0).toString())
        .isEqualTo(
            "{\"name\":\"Alexandraki\",\"mepId\":\"7511\",\"group\":\"ECR\",\"vote\":\"favor\"}");
    assertThat(call.path("intended").toString())
        .isEqualTo(
            "[{\"name\":\"Camara\",\"mepId\":\"7473\",\"vote\":\"favor\"},"
                + "{\"name\":\"Mandl\",\"mepId\":\"6761\",\"vote\":\"favor\"}]");
    assertThat(call.path("problems")).isEmpty();
  }

  /** The list with a wrong total says so. */
  @Test
  void writesTheProblemsOfAList() throws IOException {
    Path file = VOTES.resolve("rcv_list_incorrect_pv-9-2020-07-23-rcv-fr.xml");
    assumeTrue(Files.exists(file), "../shared/corpus is absent: " + VOTES);
    JsonNode json = MAPPER.readTree(RollCallJson.write(RollCallList.read(file)));
    assertThat(json.path("rollCalls").get(0).path("problems").toString())
        .isEqualTo("[\"2 favor counted, 1 Member named\"]");
  }

  /** The sitting of 2024-04-24 joined to its two extracts: 129 votings, the first found by id. */
  @Test
  void writesVotingsJoinedToRollCalls() throws IOException {
    Path list = VOTES.resolve("vot-list_pv-9-2024-04-24-vot-en.xml");
    assumeTrue(Files.exists(list), "../shared/corpus is absent: " + VOTES);
    JsonNode json =
        MAPPER.readTree(
            RollCallJson.write(
                RollCallJoin.join(
                    VotingList.read(list),
                    List.of(
                        RollCallList.read(
                            VOTES.resolve("rcv-list_pv-9-2024-04-24-rcv-fr-noon.xml")),
                        RollCallList.read(
                            VOTES.resolve("rcv-list_pv-9-2024-04-24-rcv-fr-evening.xml"))))));
    assertThat(schema.validate(json)).isEmpty();
    assertThat(json.path("votings")).hasSize(129);
    JsonNode first = json.path("votings").get(0);
    assertThat(first.path("vote").asInt()).isEqualTo(0);
    assertThat(first.path("documents").toString()).isEqualTo("[\"A9-0163/2024\"]");
    assertThat(first.path("votingId").asText()).isEqualTo("168834");
    assertThat(first.path("favor").asInt()).isEqualTo(468);
    assertThat(first.path("match").asText()).isEqualTo("ID");
    assertThat(first.path("countsAgree").asBoolean()).isFalse();
    assertThat(first.path("rollCall").path("favor").asInt()).isEqualTo(1);
    assertThat(first.path("rollCall").path("members").get(0).path("name").asText())
        .isEqualTo("Adamowicz");
    JsonNode lapsed = json.path("votings").get(1);
    assertThat(lapsed.path("votingId").asText()).isEqualTo("168835");
    assertThat(lapsed.path("match").asText()).isEqualTo("NONE");
    assertThat(lapsed.has("rollCall")).isFalse();
  }
}
