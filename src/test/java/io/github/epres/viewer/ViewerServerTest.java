package io.github.epres.viewer;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.epres.ResolutionParser;
import io.github.epres.Seeds;
import io.github.epres.internal.viewer.ViewerServer;
import java.net.InetAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The viewer's server through its HTTP API: pages, parsing, exports, limits, bad input, load. */
class ViewerServerTest {
  private static final int LIMIT = 1 << 20;
  private static final ObjectMapper JSON = new ObjectMapper();
  private static ViewerServer server;
  private static final HttpClient HTTP = HttpClient.newHttpClient();

  @BeforeAll
  static void start() throws Exception {
    server =
        ViewerServer.start(
            InetAddress.getLoopbackAddress(), 0, LIMIT, ResolutionParser.builder().build());
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  private static HttpResponse<String> get(String path) throws Exception {
    return HTTP.send(
        HttpRequest.newBuilder(server.address().resolve(path)).build(),
        HttpResponse.BodyHandlers.ofString());
  }

  private static HttpResponse<String> post(String path, String body) throws Exception {
    return post(path, HttpRequest.BodyPublishers.ofString(body));
  }

  private static HttpResponse<String> post(String path, HttpRequest.BodyPublisher body)
      throws Exception {
    return HTTP.send(
        HttpRequest.newBuilder(server.address().resolve(path)).POST(body).build(),
        HttpResponse.BodyHandlers.ofString());
  }

  @Test
  void servesOnLoopbackOnly() {
    URI address = server.address();
    assertThat(address.getHost()).isEqualTo("127.0.0.1");
  }

  @Test
  void servesThePageWithAStrictPolicy() throws Exception {
    HttpResponse<String> page = get("/");
    assertThat(page.statusCode()).isEqualTo(200);
    assertThat(page.body()).contains("<textarea id=\"text\"").contains("viewer.js");
    assertThat(page.headers().firstValue("Content-Security-Policy"))
        .hasValue(
            "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:;"
                + " connect-src 'self'; form-action 'none'; frame-ancestors 'none'; base-uri 'none'");
    assertThat(page.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
    assertThat(get("/viewer.js").headers().firstValue("Content-Type"))
        .hasValue("text/javascript; charset=utf-8");
    assertThat(get("/viewer.css").statusCode()).isEqualTo(200);
  }

  @Test
  void answersWhatItDoesNotServe() throws Exception {
    assertThat(get("/etc/passwd").statusCode()).isEqualTo(404);
    assertThat(get("/../pom.xml").statusCode()).isEqualTo(404);
    assertThat(get("/api/parse").statusCode()).isEqualTo(405);
    assertThat(post("/api/nothing", "x").statusCode()).isEqualTo(404);
    assertThat(post("/", "x").statusCode()).isEqualTo(405);
  }

  @Test
  void parsesTheReferenceDocument() throws Exception {
    HttpResponse<String> response = post("/api/parse", Seeds.reference());
    assertThat(response.statusCode()).isEqualTo(200);
    JsonNode json = JSON.readTree(response.body());
    assertThat(json.path("html").asBoolean()).isFalse();
    assertThat(json.path("source").asText()).isEqualTo(Seeds.reference());
    JsonNode resolution = json.path("resolution");
    assertThat(resolution.path("language").asText()).isEqualTo("lv");
    assertThat(resolution.path("citations").size()).isEqualTo(11);
    assertThat(resolution.path("recitals").size()).isEqualTo(23);
    assertThat(resolution.path("paragraphs").size()).isEqualTo(27);
    assertThat(resolution.path("paragraphs").get(0).path("clauses").get(0).path("action").asText())
        .isEqualTo("URGES");
  }

  @Test
  void exportsEveryFormat() throws Exception {
    for (String format : List.of("json", "akn", "csv", "md")) {
      HttpResponse<String> response = post("/api/export?format=" + format, Seeds.reference());
      assertThat(response.statusCode()).as(format).isEqualTo(200);
      assertThat(response.headers().firstValue("Content-Disposition").orElse(""))
          .startsWith("attachment; filename=\"resolution.");
      assertThat(response.body()).as(format).contains(format.equals("md") ? "mudina" : "para_27");
    }
    assertThat(post("/api/export?format=exe", Seeds.reference()).statusCode()).isEqualTo(400);
    assertThat(post("/api/export", Seeds.reference()).statusCode()).isEqualTo(400);
  }

  @Test
  void refusesABodyOverTheLimit() throws Exception {
    String big = "x".repeat(LIMIT + 1);
    assertThat(post("/api/parse", big).statusCode()).isEqualTo(413);
    assertThat(post("/api/parse", "x".repeat(LIMIT)).statusCode()).isEqualTo(200);
  }

  @Test
  void answersBadInputWithoutFailing() throws Exception {
    byte[] noise = new byte[20_000];
    new Random(7).nextBytes(noise);
    HttpResponse<String> parsed = post("/api/parse", HttpRequest.BodyPublishers.ofByteArray(noise));
    assertThat(parsed.statusCode()).isEqualTo(200);
    assertThat(JSON.readTree(parsed.body()).path("resolution").path("diagnostics").size())
        .isPositive();
    assertThat(post("/api/votes", "not json").statusCode()).isEqualTo(400);
    assertThat(post("/api/votes", "{\"document\": 1}").statusCode()).isEqualTo(400);
    HttpResponse<String> badList =
        post("/api/votes", "{\"document\": \"x\", \"list\": \"<not-a-list/>\"}");
    assertThat(badList.statusCode()).isEqualTo(400);
    assertThat(badList.body()).startsWith("not a voting list");
    HttpResponse<String> entity =
        post(
            "/api/votes",
            JSON.writeValueAsString(
                java.util.Map.of(
                    "document",
                    "x",
                    "list",
                    "<!DOCTYPE x [<!ENTITY e SYSTEM \"file:///etc/passwd\">]><x>&e;</x>")));
    assertThat(entity.statusCode()).isEqualTo(400);
    assertThat(entity.body()).doesNotContain("root:");
  }

  /**
   * Every real page and voting list of ../shared/corpus goes through the API without a failure (the
   * votes shown on a page are checked in the browser test).
   */
  @Test
  void takesEveryRealPageAndVotingList() throws Exception {
    java.nio.file.Path corpus =
        java.nio.file.Path.of(System.getProperty("epres.shared", "../shared"), "corpus");
    org.junit.jupiter.api.Assumptions.assumeTrue(
        java.nio.file.Files.isDirectory(corpus), "../shared/corpus is absent: " + corpus);
    List<java.nio.file.Path> pages = new ArrayList<>();
    List<java.nio.file.Path> lists = new ArrayList<>();
    try (var files = java.nio.file.Files.walk(corpus)) {
      files.forEach(
          f -> {
            String name = f.getFileName().toString();
            if (name.endsWith(".html") || name.endsWith(".txt")) {
              pages.add(f);
            } else if (name.endsWith(".xml") && name.contains("vot-list")) {
              lists.add(f);
            }
          });
    }
    assertThat(pages).isNotEmpty();
    assertThat(lists).isNotEmpty();
    for (java.nio.file.Path page : pages) {
      HttpResponse<String> response = post("/api/parse", HttpRequest.BodyPublishers.ofFile(page));
      assertThat(response.statusCode()).as(page.toString()).isEqualTo(200);
      JsonNode json = JSON.readTree(response.body());
      assertThat(json.path("html").asBoolean())
          .as(page.toString())
          .isEqualTo(page.toString().endsWith(".html"));
      assertThat(json.path("resolution").path("paragraphs").size())
          .as(page.toString())
          .isPositive();
    }
    String document = java.nio.file.Files.readString(pages.get(0));
    for (java.nio.file.Path list : lists) {
      String body =
          JSON.writeValueAsString(
              java.util.Map.of("document", document, "list", java.nio.file.Files.readString(list)));
      HttpResponse<String> response = post("/api/votes", body);
      assertThat(response.statusCode()).as(list.toString()).isEqualTo(200);
      // The votings on this document: none where the list votes on other documents.
      assertThat(JSON.readTree(response.body()).path("votings").isArray())
          .as(list.toString())
          .isTrue();
    }
  }

  @Test
  void answersConcurrentRequestsAlike() throws Exception {
    String expected = post("/api/parse", Seeds.reference()).body();
    List<CompletableFuture<HttpResponse<String>>> responses = new ArrayList<>();
    for (int i = 0; i < 24; i++) {
      responses.add(
          HTTP.sendAsync(
              HttpRequest.newBuilder(server.address().resolve("/api/parse"))
                  .POST(HttpRequest.BodyPublishers.ofString(Seeds.reference()))
                  .build(),
              HttpResponse.BodyHandlers.ofString()));
    }
    for (CompletableFuture<HttpResponse<String>> response : responses) {
      assertThat(response.get().statusCode()).isEqualTo(200);
      assertThat(response.get().body()).isEqualTo(expected);
    }
  }
}
