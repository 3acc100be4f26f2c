package io.github.epres.internal.viewer;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.github.epres.ResolutionParser;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * The viewer's web server: the page and its assets from the jar, and the parsing API of {@link
 * ViewerApi}. It reads nothing from disk, fetches nothing, answers only what a request sends, caps
 * request bodies and sends a strict Content-Security-Policy with every response.
 */
public final class ViewerServer implements AutoCloseable {
  /** The page may load its own script, style and images, and talk to this server; nothing else. */
  static final String CONTENT_SECURITY_POLICY =
      "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:;"
          + " connect-src 'self'; form-action 'none'; frame-ancestors 'none'; base-uri 'none'";

  /** The assets, by path: all of the page there is. */
  private static final Map<String, String> ASSETS = assets();

  private static Map<String, String> assets() {
    Map<String, String> assets = new HashMap<>();
    assets.put("/", "index.html");
    for (String name :
        List.of(
            "index.html",
            "viewer.css",
            "viewer.js",
            "dom.js",
            "words.js",
            "sources.js",
            "document.js",
            "overview.js",
            "votes.js",
            "navigate.js")) {
      assets.put("/" + name, name);
    }
    return Map.copyOf(assets);
  }

  private final HttpServer server;
  private final ExecutorService workers;
  private final ViewerApi api;

  private ViewerServer(HttpServer server, ExecutorService workers, ViewerApi api) {
    this.server = server;
    this.workers = workers;
    this.api = api;
  }

  /**
   * Starts a server on {@code address} (the loopback address unless a caller asks otherwise) and
   * {@code port} (0: any free port); request bodies over {@code maxRequestBytes} are refused.
   */
  public static ViewerServer start(
      InetAddress address, int port, int maxRequestBytes, ResolutionParser parser)
      throws IOException {
    HttpServer server = HttpServer.create(new InetSocketAddress(address, port), 64);
    ExecutorService workers = Executors.newFixedThreadPool(4, ViewerServer::daemon);
    ViewerServer viewer = new ViewerServer(server, workers, new ViewerApi(parser, maxRequestBytes));
    server.createContext("/", viewer::handle);
    server.setExecutor(workers);
    server.start();
    return viewer;
  }

  private static Thread daemon(Runnable task) {
    Thread thread = new Thread(task, "epres-viewer");
    thread.setDaemon(true);
    return thread;
  }

  /** The address the page is served at, such as {@code http://127.0.0.1:8080/}. */
  public URI address() {
    InetSocketAddress bound = server.getAddress();
    String host = bound.getAddress().getHostAddress();
    host = host.contains(":") ? "[" + host + "]" : host;
    return URI.create("http://" + host + ":" + bound.getPort() + "/");
  }

  @Override
  public void close() {
    server.stop(0);
    workers.shutdownNow();
  }

  private void handle(HttpExchange exchange) throws IOException {
    try (exchange) {
      exchange.getResponseHeaders().set("Content-Security-Policy", CONTENT_SECURITY_POLICY);
      exchange.getResponseHeaders().set("X-Content-Type-Options", "nosniff");
      exchange.getResponseHeaders().set("Referrer-Policy", "no-referrer");
      exchange.getResponseHeaders().set("Cache-Control", "no-store");
      String path = exchange.getRequestURI().getPath();
      if (path.startsWith("/api/")) {
        api.handle(exchange, path.substring("/api/".length()));
      } else if (ASSETS.containsKey(path)) {
        asset(exchange, ASSETS.get(path));
      } else {
        send(exchange, 404, "text/plain", "not found: " + path);
      }
    } catch (RuntimeException e) {
      // A bug must not take the server down, nor show a stack trace to the page.
      send(exchange, 500, "text/plain", "internal error: " + e.getClass().getSimpleName());
    }
  }

  private static void asset(HttpExchange exchange, String name) throws IOException {
    if (!exchange.getRequestMethod().equals("GET") && !exchange.getRequestMethod().equals("HEAD")) {
      send(exchange, 405, "text/plain", "only GET here");
      return;
    }
    byte[] body;
    try (InputStream in = ViewerServer.class.getResourceAsStream(name)) {
      body = in.readAllBytes();
    }
    String type =
        name.endsWith(".html")
            ? "text/html; charset=utf-8"
            : name.endsWith(".js") ? "text/javascript; charset=utf-8" : "text/css; charset=utf-8";
    send(exchange, 200, type, body);
  }

  static void send(HttpExchange exchange, int status, String type, String body) throws IOException {
    send(
        exchange,
        status,
        type.contains("charset") ? type : type + "; charset=utf-8",
        body.getBytes(StandardCharsets.UTF_8));
  }

  static void send(HttpExchange exchange, int status, String type, byte[] body) throws IOException {
    exchange.getResponseHeaders().set("Content-Type", type);
    boolean head = exchange.getRequestMethod().equals("HEAD");
    exchange.sendResponseHeaders(status, head ? -1 : body.length == 0 ? -1 : body.length);
    if (!head && body.length > 0) {
      try (OutputStream out = exchange.getResponseBody()) {
        out.write(body);
      }
    }
  }
}
