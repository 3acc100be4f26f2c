package io.github.epres.viewer;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.List;

/**
 * A small W3C WebDriver client for Debian's {@code chromedriver} driving headless {@code chromium}:
 * enough to load the viewer, type, choose files, click, run a script and take a screenshot. No
 * browser is downloaded; where either program is absent the tests skip.
 */
final class WebDriver implements AutoCloseable {
  static final Path CHROMIUM = Path.of("/usr/bin/chromium");
  static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");

  private static final ObjectMapper JSON = new ObjectMapper();

  private final Process driver;
  private final Path profile;
  private final HttpClient http = HttpClient.newHttpClient();
  private final String base;
  private final String session;

  static boolean available() {
    return Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER);
  }

  WebDriver() throws IOException, InterruptedException {
    int port;
    try (ServerSocket socket = new ServerSocket(0)) {
      port = socket.getLocalPort();
    }
    driver =
        new ProcessBuilder(CHROMEDRIVER.toString(), "--port=" + port)
            .redirectErrorStream(true)
            .redirectOutput(ProcessBuilder.Redirect.DISCARD)
            .start();
    base = "http://127.0.0.1:" + port;
    profile = Files.createTempDirectory("epres-chromium");
    waitUntilReady();
    ObjectNode options = JSON.createObjectNode();
    options.put("binary", CHROMIUM.toString());
    // The flags of this machine's notes: without the networking ones, Chromium's background
    // connections are refused by the closed network, many at a time.
    options.set(
        "args",
        JSON.valueToTree(
            List.of(
                "--headless=new",
                "--no-sandbox",
                "--disable-gpu",
                "--disable-quic",
                "--no-first-run",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--window-size=1280,1000",
                "--user-data-dir=" + profile)));
    ObjectNode capabilities = JSON.createObjectNode();
    capabilities
        .putObject("capabilities")
        .putObject("alwaysMatch")
        .set("goog:chromeOptions", options);
    session = call("POST", "/session", capabilities).path("value").path("sessionId").asText();
  }

  private void waitUntilReady() throws IOException, InterruptedException {
    long end = System.nanoTime() + Duration.ofSeconds(20).toNanos();
    while (System.nanoTime() < end) {
      try {
        if (call("GET", "/status", null).path("value").path("ready").asBoolean()) {
          return;
        }
      } catch (IOException e) {
        // Not listening yet.
      }
      Thread.sleep(100);
    }
    throw new IOException("chromedriver did not start");
  }

  void open(URI page) throws IOException, InterruptedException {
    ObjectNode body = JSON.createObjectNode().put("url", page.toString());
    sessionCall("POST", "/url", body);
  }

  /** The element's WebDriver id, for {@link #type} and {@link #click}. */
  String find(String css) throws IOException, InterruptedException {
    ObjectNode body = JSON.createObjectNode().put("using", "css selector").put("value", css);
    JsonNode value = sessionCall("POST", "/element", body).path("value");
    return value.fields().next().getValue().asText();
  }

  void type(String element, String text) throws IOException, InterruptedException {
    sessionCall(
        "POST", "/element/" + element + "/value", JSON.createObjectNode().put("text", text));
  }

  /** Sends keys to the focused element (W3C key codes: \uE004 Tab, \uE007 Enter). */
  void keys(String keys) throws IOException, InterruptedException {
    ObjectNode body = JSON.createObjectNode();
    var actions = body.putArray("actions").addObject();
    actions.put("type", "key").put("id", "keyboard");
    var list = actions.putArray("actions");
    for (int i = 0; i < keys.length(); i++) {
      String key = String.valueOf(keys.charAt(i));
      list.addObject().put("type", "keyDown").put("value", key);
      list.addObject().put("type", "keyUp").put("value", key);
    }
    sessionCall("POST", "/actions", body);
  }

  void click(String element) throws IOException, InterruptedException {
    sessionCall("POST", "/element/" + element + "/click", JSON.createObjectNode());
  }

  /** Runs {@code script} (a function body) with {@code args}; its return value as JSON. */
  JsonNode script(String script, Object... args) throws IOException, InterruptedException {
    ObjectNode body = JSON.createObjectNode().put("script", script);
    body.set("args", JSON.valueToTree(List.of(args)));
    return sessionCall("POST", "/execute/sync", body).path("value");
  }

  /**
   * Runs {@code script} (a function body that calls its last argument, the callback, with its
   * result) with {@code args}; the result as JSON.
   */
  JsonNode asyncScript(String script, Object... args) throws IOException, InterruptedException {
    ObjectNode body = JSON.createObjectNode().put("script", script);
    body.set("args", JSON.valueToTree(List.of(args)));
    return sessionCall("POST", "/execute/async", body).path("value");
  }

  /** Waits until {@code condition} (a script returning a boolean) holds. */
  void waitFor(String condition) throws IOException, InterruptedException {
    long end = System.nanoTime() + Duration.ofSeconds(20).toNanos();
    while (System.nanoTime() < end) {
      if (script("return " + condition + ";").asBoolean()) {
        return;
      }
      Thread.sleep(50);
    }
    throw new AssertionError("timed out waiting for " + condition);
  }

  void resize(int width, int height) throws IOException, InterruptedException {
    sessionCall(
        "POST", "/window/rect", JSON.createObjectNode().put("width", width).put("height", height));
  }

  byte[] screenshot() throws IOException, InterruptedException {
    return Base64.getDecoder()
        .decode(sessionCall("GET", "/screenshot", null).path("value").asText());
  }

  private JsonNode sessionCall(String method, String path, JsonNode body)
      throws IOException, InterruptedException {
    return call(method, "/session/" + session + path, body);
  }

  private JsonNode call(String method, String path, JsonNode body)
      throws IOException, InterruptedException {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(60));
    request.method(
        method,
        body == null
            ? HttpRequest.BodyPublishers.noBody()
            : HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body)));
    request.header("Content-Type", "application/json");
    HttpResponse<String> response =
        http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    JsonNode json = JSON.readTree(response.body());
    if (response.statusCode() != 200) {
      throw new IOException(
          "WebDriver " + path + ": " + json.path("value").path("message").asText());
    }
    return json;
  }

  @Override
  public void close() throws IOException {
    try {
      if (session != null) {
        call("DELETE", "/session/" + session, null);
      }
    } catch (IOException | InterruptedException e) {
      // The browser is going away anyway.
    } finally {
      driver.destroy();
      try (var files = Files.walk(profile)) {
        files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
      }
    }
  }
}
