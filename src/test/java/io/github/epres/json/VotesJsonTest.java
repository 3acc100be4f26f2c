package io.github.epres.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonSchema;
import io.github.epres.ResolutionParser;
import io.github.epres.corpus.Documents;
import io.github.epres.votes.JoinedVoting;
import io.github.epres.votes.RollCallJoin;
import io.github.epres.votes.RollCallList;
import io.github.epres.votes.VoteLinker;
import io.github.epres.votes.VotingList;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Both JSON shapes of votes validate against {@code votes.schema.json}: every real voting list
 * alone, and votings linked to a page; the counts are {@code favor}, {@code against}, {@code
 * abstention}, and the schema refuses what it should.
 */
class VotesJsonTest {
  private static final ObjectMapper MAPPER = new ObjectMapper();
  private static final Path VOTES = Documents.VOTES;
  private static JsonSchema schema;

  @BeforeAll
  static void load() {
    schema = Schemas.of(VotesJson.SCHEMA_RESOURCE);
  }

  static Stream<Path> lists() throws IOException {
    return Documents.voteLists("vot-");
  }

  /** A list alone: every vote and voting, valid against the schema. */
  @ParameterizedTest(name = "{0}")
  @MethodSource("lists")
  void everyRealListAloneValidates(Path file) throws IOException {
    assumeTrue(Files.exists(file), "../shared/corpus is absent: " + VOTES);
    VotingList list = VotingList.read(file);
    JsonNode json = MAPPER.readTree(VotesJson.write(list));
    assertThat(schema.validate(json)).isEmpty();
    assertThat(json.path("votes")).hasSize(list.votes().size());
    int votings = 0;
    for (JsonNode vote : json.path("votes")) {
      votings += vote.path("votings").size();
      for (JsonNode voting : vote.path("votings")) {
        assertThat(voting.path("subject").asText()).isNotBlank();
      }
    }
    assertThat(votings).isEqualTo(list.votes().stream().mapToInt(v -> v.votings().size()).sum());
  }

  /** The list of 8 May 2025: its second vote, on RC-B10-0249/2025, as the JSON gives it. */
  @Test
  void theListOfEightMayAlone() throws IOException {
    Path file = VOTES.resolve("vot-list_pv-10-2025-05-08-vot-en.xml");
    assumeTrue(Files.exists(file), "../shared/corpus is absent: " + VOTES);
    JsonNode json = MAPPER.readTree(VotesJson.write(VotingList.read(file)));
    assertThat(json.path("schemaVersion").asText()).isEqualTo(VotesJson.SCHEMA_VERSION);
    assertThat(json.path("language").asText()).isEqualTo("EN");
    assertThat(json.path("date").asText()).isEqualTo("2025-05-08");
    JsonNode vote = json.path("votes").get(1);
    assertThat(vote.path("type").asText()).isEqualTo("RESOLUTION");
    assertThat(vote.path("documents").findValuesAsText("number"))
        .contains("RC-B10-0249/2025", "B10-0247/2025");
    JsonNode title = vote.path("votings").get(0);
    assertThat(title.path("subjectKind").asText()).isEqualTo("TITLE");
    assertThat(title.path("subject").asText()).startsWith("Joint motion for a resolution RC-B10");
    assertThat(title.has("result")).isFalse();
    JsonNode whole = vote.path("votings").get(7);
    assertThat(MAPPER.writeValueAsString(whole))
        .isEqualTo(
            "{\"votingId\":\"176309\",\"subject\":\"Motion for a resolution (as a whole)\","
                + "\"subjectKind\":\"WHOLE\",\"marker\":\"RCV\",\"result\":\"ADOPTED\","
                + "\"resultType\":\"ROLL_CALL\",\"favor\":516,\"against\":3,\"abstention\":34}");
    assertThat(vote.path("requests").get(0).path("text").asText()).isEqualTo("final vote");
    assertThat(vote.path("splitRequests").get(0).path("group").asText()).isEqualTo("The Left");
  }

  /** Votings linked to the joint motion's page validate too. */
  @Test
  void linkedVotingsValidate() throws IOException {
    Path list = VOTES.resolve("vot-list_pv-10-2025-05-08-vot-en.xml");
    Path page = VOTES.resolveSibling("en").resolve("RC-10-2025-0249_EN.html");
    assumeTrue(Files.exists(list) && Files.exists(page), "../shared/corpus is absent");
    String json =
        VotesJson.write(
            VoteLinker.link(
                VotingList.read(list),
                List.of(ResolutionParser.builder().build().parseHtml(page))));
    JsonNode tree = MAPPER.readTree(json);
    assertThat(schema.validate(tree)).isEmpty();
    assertThat(tree.path("votings")).hasSize(15);
    assertThat(tree.path("votings").get(7).path("abstention").asInt()).isEqualTo(34);
  }

  /**
   * Linked votings with roll calls: the final vote of 8 May 2025 carries its roll call (a small
   * list given that voting's id), and the whole validates, the roll call by rollcalls.schema.json.
   */
  @Test
  void linkedVotingsWithTheirRollCallsValidate() throws IOException {
    Path list = VOTES.resolve("vot-list_pv-10-2025-05-08-vot-en.xml");
    Path page = VOTES.resolveSibling("en").resolve("RC-10-2025-0249_EN.html");
    assumeTrue(Files.exists(list) && Files.exists(page), "../shared/corpus is absent");
    String calls =
        Files.readString(Path.of("src/test/resources/cli/roll-calls.xml"))
            .replace("Identifier=\"2\"", "Identifier=\"176309\"");
    VotingList votes = VotingList.read(list);
    List<JoinedVoting> joined =
        RollCallJoin.join(
            votes,
            List.of(
                RollCallList.read(
                    new ByteArrayInputStream(calls.getBytes(StandardCharsets.UTF_8)))));
    String json =
        VotesJson.write(
            VoteLinker.link(votes, List.of(ResolutionParser.builder().build().parseHtml(page))),
            joined);
    JsonNode tree = MAPPER.readTree(json);
    assertThat(schema.validate(tree)).isEmpty();
    JsonNode whole = tree.path("votings").get(7);
    assertThat(whole.path("votingId").asText()).isEqualTo("176309");
    assertThat(whole.path("match").asText()).isEqualTo("ID");
    assertThat(whole.path("rollCall").path("id").asText()).isEqualTo("176309");
    assertThat(tree.path("votings").get(6).has("rollCall")).isFalse();
    ((ObjectNode) whole.path("rollCall")).put("favor", "many");
    assertThat(schema.validate(tree)).isNotEmpty();
  }

  /** A code the enums do not know is written as the list writes it. */
  @Test
  void anUnknownCodeIsWrittenAsGiven() throws IOException {
    String xml =
        "<file language=\"EN\"><sitting date=\"2025-05-08\"><votes><vote listIndex=\"0\""
            + " type=\"RESOLUTION\"><votings><voting type=\"AMENDMENT\" votingId=\"1\""
            + " listIndex=\"0\" result=\"POSTPONED\" resultType=\"ELECTRONICAL\"><title/>"
            + "<amendmentSubject>§ 1</amendmentSubject></voting></votings></vote></votes>"
            + "</sitting></file>";
    VotingList list =
        VotingList.read(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
    JsonNode voting = MAPPER.readTree(VotesJson.write(list)).path("votes").get(0).path("votings");
    assertThat(voting.get(0).path("result").asText()).isEqualTo("POSTPONED");
    assertThat(voting.get(0).path("resultType").asText()).isEqualTo("ELECTRONIC");
    assertThat(schema.validate(MAPPER.readTree(VotesJson.write(list)))).isEmpty();
  }

  /** The schema refuses a voting with one count alone, an old count name, or no subject. */
  @Test
  void theSchemaRefusesWhatIsWrong() throws IOException {
    String ok =
        "{\"schemaVersion\":\"2.1\",\"votings\":[{\"document\":\"B10-0001/2025\","
            + "\"votingId\":\"1\",\"subject\":\"§ 1\",\"subjectKind\":\"BLOCK\","
            + "\"favor\":1,\"against\":2,\"abstention\":3,\"target\":{\"kind\":\"BLOCK\"}}]}";
    assertThat(schema.validate(MAPPER.readTree(ok))).isEmpty();
    assertThat(schema.validate(MAPPER.readTree(ok.replace(",\"against\":2", "")))).isNotEmpty();
    assertThat(schema.validate(MAPPER.readTree(ok.replace("\"favor\"", "\"for\"")))).isNotEmpty();
    assertThat(schema.validate(MAPPER.readTree(ok.replace("\"subject\":\"§ 1\",", ""))))
        .isNotEmpty();
    assertThat(schema.validate(MAPPER.readTree(ok.replace("\"votings\"", "\"votes\""))))
        .isNotEmpty();
  }
}
