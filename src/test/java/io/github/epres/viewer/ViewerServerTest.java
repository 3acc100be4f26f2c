package io.github.epres.viewer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.epres.ResolutionParser;
import io.github.epres.Seeds;
import io.github.epres.corpus.Documents;
import io.github.epres.internal.viewer.ViewerServer;
import io.github.epres.json.ResolutionJson;
import io.github.epres.model.Resolution;
import java.net.InetAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The viewer's server through its HTTP API: pages, parsing, exports, limits, bad input, load. */
class ViewerServerTest {
  private static final int LIMIT = 1 << 20;
  private static final ObjectMapper JSON = new ObjectMapper();
  private static ViewerServer server;
  private static final HttpClient HTTP = HttpClient.newHttpClient();
  private static final ResolutionParser PARSER = ResolutionParser.builder().build();

  @BeforeAll
  static void start() throws Exception {
    server = ViewerServer.start(InetAddress.getLoopbackAddress(), 0, LIMIT, PARSER);
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
    return post(server, path, body);
  }

  private static HttpResponse<String> post(
      ViewerServer to, String path, HttpRequest.BodyPublisher body) throws Exception {
    return HTTP.send(
        HttpRequest.newBuilder(to.address().resolve(path)).POST(body).build(),
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
                Map.of(
                    "document",
                    "x",
                    "list",
                    "<!DOCTYPE x [<!ENTITY e SYSTEM \"file:///etc/passwd\">]><x>&e;</x>")));
    assertThat(entity.statusCode()).isEqualTo(400);
    assertThat(entity.body()).doesNotContain("root:");
  }

  /**
   * The page loads nothing from outside: every asset is served under the policy, the page's own src
   * and href are relative, and its scripts import only each other and fetch only the API.
   */
  @Test
  void loadsNothingFromOutside() throws Exception {
    HttpResponse<String> page = get("/");
    List<String> loads = new ArrayList<>();
    java.util.regex.Matcher attribute =
        java.util.regex.Pattern.compile("(?:src|href)=\"([^\"]*)\"").matcher(page.body());
    while (attribute.find()) {
      loads.add(attribute.group(1));
    }
    assertThat(loads).contains("viewer.css", "viewer.js", "#reading");
    assertThat(loads).allMatch(url -> !url.contains(":") && !url.startsWith("//"));
    List<String> scripts = new ArrayList<>(List.of("viewer.js"));
    for (int i = 0; i < scripts.size(); i++) {
      HttpResponse<String> script = get("/" + scripts.get(i));
      assertThat(script.statusCode()).as(scripts.get(i)).isEqualTo(200);
      assertThat(script.headers().firstValue("Content-Security-Policy")).isPresent();
      java.util.regex.Matcher from =
          java.util.regex.Pattern.compile("from \"([^\"]+)\"|import\\('([^']+)'\\)")
              .matcher(script.body());
      while (from.find()) {
        String module = from.group(1);
        assertThat(module).as(scripts.get(i)).startsWith("./").endsWith(".js");
        if (!scripts.contains(module.substring(2))) {
          scripts.add(module.substring(2));
        }
      }
      assertThat(script.body()).doesNotContainPattern("fetch\\((?!path)");
    }
    assertThat(scripts)
        .contains("words.js", "dom.js", "document.js", "votes.js", "navigate.js", "sources.js");
  }

  /**
   * Every page of ../shared/corpus goes through the API as the library reads it: the model is the
   * library's parse of the page and the source is the text its spans point into; every voting list
   * is taken too (the votes shown on a page are checked in the browser test). How well a page is
   * read is not the viewer's business but the parser's (CorpusTest, RealCorpusFactsTest). The
   * largest pages (3.5 MB) need the command's default limit, 32 MB, rather than this test's.
   */
  @Test
  void takesEveryRealPageAndVotingList() throws Exception {
    assumeTrue(
        Files.isDirectory(Documents.CORPUS), "../shared/corpus is absent: " + Documents.CORPUS);
    List<Path> pages = Documents.corpus();
    List<Path> lists;
    try (Stream<Path> files = Files.list(Documents.CORPUS.resolve("votes"))) {
      lists = files.filter(f -> f.getFileName().toString().contains("vot-list")).sorted().toList();
    }
    assertThat(pages).isNotEmpty();
    assertThat(lists).isNotEmpty();
    try (ViewerServer viewer =
        ViewerServer.start(InetAddress.getLoopbackAddress(), 0, 32 << 20, PARSER)) {
      for (Path page : pages) {
        assertServesAsTheLibraryReads(viewer, page);
      }
    }
    String document = Files.readString(pages.get(0));
    for (Path list : lists) {
      String body =
          JSON.writeValueAsString(Map.of("document", document, "list", Files.readString(list)));
      HttpResponse<String> response = post("/api/votes", body);
      assertThat(response.statusCode()).as(list.toString()).isEqualTo(200);
      // The votings on this document: none where the list votes on other documents.
      assertThat(JSON.readTree(response.body()).path("votings").isArray())
          .as(list.toString())
          .isTrue();
    }
  }

  private static void assertServesAsTheLibraryReads(ViewerServer viewer, Path page)
      throws Exception {
    HttpResponse<String> response =
        post(viewer, "/api/parse", HttpRequest.BodyPublishers.ofFile(page));
    assertThat(response.statusCode()).as(page.toString()).isEqualTo(200);
    JsonNode json = JSON.readTree(response.body());
    assertThat(json.path("html").asBoolean()).as(page.toString()).isEqualTo(Documents.isHtml(page));
    String text = Documents.text(page);
    assertThat(json.path("source").asText())
        .as(page.toString())
        .isEqualTo(text.startsWith("\uFEFF") ? text.substring(1) : text);
    Resolution library = Documents.parse(PARSER, page);
    assertThat(json.path("resolution"))
        .as(page.toString())
        .isEqualTo(JSON.readTree(ResolutionJson.writeCompact(library)));
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
