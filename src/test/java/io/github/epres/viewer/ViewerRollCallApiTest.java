package io.github.epres.viewer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.epres.ResolutionParser;
import io.github.epres.internal.viewer.ViewerServer;
import java.net.InetAddress;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The votes API with roll-call lists: joined to the votings, by id or by time, and refused. */
class ViewerRollCallApiTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final HttpClient HTTP = HttpClient.newHttpClient();
  private static ViewerServer server;

  @BeforeAll
  static void start() throws Exception {
    server =
        ViewerServer.start(
            InetAddress.getLoopbackAddress(), 0, 32 << 20, ResolutionParser.builder().build());
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  private static HttpResponse<String> post(String path, String body) throws Exception {
    return HTTP.send(
        HttpRequest.newBuilder(server.address().resolve(path))
            .POST(HttpRequest.BodyPublishers.ofString(body))
            .build(),
        HttpResponse.BodyHandlers.ofString());
  }

  @Test
  void refusesRollCallListsThatAreNotOnes() throws Exception {
    HttpResponse<String> notArray =
        post("/api/votes", "{\"document\": \"x\", \"list\": \"x\", \"rollcalls\": \"x\"}");
    assertThat(notArray.statusCode()).isEqualTo(400);
    Path list = BrowserTest.VOTING_LIST;
    assumeTrue(Files.exists(list), "../shared/corpus is absent: " + list);
    HttpResponse<String> bad =
        post(
            "/api/votes",
            JSON.writeValueAsString(
                Map.of(
                    "document",
                    "x",
                    "list",
                    Files.readString(list),
                    "rollcalls",
                    List.of(Files.readString(list)))));
    assertThat(bad.statusCode()).isEqualTo(400);
    assertThat(bad.body()).startsWith("roll-call list 1 is not one: ");
  }

  /** The final vote on RC-B10-0249/2025 with a roll-call list of it: by group and by member. */
  @Test
  void joinsRollCallsToTheVotings() throws Exception {
    BrowserTest.assumeTheJointMotion();
    Path rollCalls = RollCallFixture.write(Path.of("target", "viewer", "rcv-api.xml"));
    String body =
        JSON.writeValueAsString(
            Map.of(
                "document",
                Files.readString(BrowserTest.JOINT_MOTION),
                "list",
                Files.readString(BrowserTest.VOTING_LIST),
                "rollcalls",
                List.of(Files.readString(rollCalls))));
    HttpResponse<String> response = post("/api/votes", body);
    assertThat(response.statusCode()).isEqualTo(200);
    JsonNode votes = JSON.readTree(response.body());
    assertThat(votes.path("sitting").toString())
        .isEqualTo("{\"date\":\"2025-05-08\",\"language\":\"EN\"}");
    assertThat(votes.path("titles").path("B10-0247/2025").asText())
        .isEqualTo("Return of Ukrainian children forcibly transferred and deported by Russia");
    assertThat(votes.path("titles").path("RC-B10-0249/2025").asText())
        .isEqualTo("Return of Ukrainian children forcibly transferred and deported by Russia");
    assertThat(votes.path("titles").has("RC-RC-B10-0249/2025")).isFalse();
    List<JsonNode> withRollCalls = new ArrayList<>();
    votes
        .path("votings")
        .forEach(
            v -> {
              if (v.has("rollCall")) {
                withRollCalls.add(v);
              }
            });
    assertThat(withRollCalls).hasSize(1);
    JsonNode voting = withRollCalls.get(0);
    assertThat(voting.path("votingId").asText()).isEqualTo("176309");
    JsonNode call = voting.path("rollCall");
    assertThat(
            List.of(
                call.path("favor").asInt(),
                call.path("against").asInt(),
                call.path("abstention").asInt()))
        .containsExactly(516, 3, 34);
    assertThat(call.path("groups").get(0).toString())
        .isEqualTo("{\"group\":\"PPE\",\"favor\":168,\"against\":0,\"abstention\":0}");
    assertThat(call.path("groups").size()).isEqualTo(9);
    assertThat(call.path("members").size()).isEqualTo(553);
    assertThat(voting.path("match").asText()).isEqualTo("ID");
    assertThat(call.path("problems").size()).isZero();
    assertThat(call.path("members").get(0).toString())
        .isEqualTo(
            "{\"name\":\"Member PPE 1\",\"mepId\":\"90000\",\"group\":\"PPE\",\"vote\":\"favor\"}");
  }

  /** A roll call whose Identifier is not the voting's is found by its time and subject. */
  @Test
  void findsARollCallByTimeAndSubject() throws Exception {
    BrowserTest.assumeTheJointMotion();
    Path rollCalls = RollCallFixture.write(Path.of("target", "viewer", "rcv-other-id.xml"), "1");
    String body =
        JSON.writeValueAsString(
            Map.of(
                "document",
                Files.readString(BrowserTest.JOINT_MOTION),
                "list",
                Files.readString(BrowserTest.VOTING_LIST),
                "rollcalls",
                List.of(Files.readString(rollCalls))));
    JsonNode voting = null;
    for (JsonNode v : JSON.readTree(post("/api/votes", body).body()).path("votings")) {
      voting = v.path("votingId").asText().equals("176309") ? v : voting;
    }
    JsonNode call = voting.path("rollCall");
    assertThat(call.path("id").asText()).isEqualTo("1");
    assertThat(voting.path("match").asText()).isEqualTo("TIME_AND_SUBJECT");
    assertThat(call.path("favor").asInt()).isEqualTo(516);
  }
}
