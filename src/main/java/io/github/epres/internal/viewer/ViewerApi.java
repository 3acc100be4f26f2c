package io.github.epres.internal.viewer;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import io.github.epres.ResolutionParser;
import io.github.epres.akn.AknWriter;
import io.github.epres.internal.input.Decoding;
import io.github.epres.json.ResolutionJson;
import io.github.epres.model.Resolution;
import io.github.epres.table.BlockTable;
import io.github.epres.text.MarkdownRenderer;
import io.github.epres.votes.LinkedVoting;
import io.github.epres.votes.RollCallList;
import io.github.epres.votes.VoteLinker;
import io.github.epres.votes.VotingList;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The viewer's API, all {@code POST}: {@code parse} (a document, text or EP web page, as the body:
 * the model and the text its spans are positions in), {@code export?format=json|akn|csv|md} (the
 * document in that format, as a download) and {@code votes} (a JSON body with the {@code document}
 * and the voting {@code list} XML, and optionally {@code rollcalls}, roll-call lists' XML: every
 * voting linked to the document, with the roll calls found for them, as {@link VotesResponse}).
 */
final class ViewerApi {
  private static final JsonFactory JSON = new JsonFactory();

  /** Reads the votes request; thread-safe once configured, so one for all requests. */
  private static final ObjectMapper MAPPER = new ObjectMapper();

  private final ResolutionParser parser;
  private final int maxRequestBytes;

  ViewerApi(ResolutionParser parser, int maxRequestBytes) {
    this.parser = parser;
    this.maxRequestBytes = maxRequestBytes;
  }

  void handle(HttpExchange exchange, String endpoint) throws IOException {
    if (!exchange.getRequestMethod().equals("POST")) {
      ViewerServer.send(exchange, 405, "text/plain", "the API takes POST requests");
      return;
    }
    byte[] body = body(exchange);
    if (body == null) {
      ViewerServer.send(
          exchange, 413, "text/plain", "the request is over " + maxRequestBytes + " bytes");
      return;
    }
    switch (endpoint) {
      case "parse" -> parse(exchange, Decoding.decode(body).text());
      case "export" -> export(exchange, Decoding.decode(body).text(), query(exchange, "format"));
      case "votes" -> votes(exchange, body);
      default -> ViewerServer.send(exchange, 404, "text/plain", "no API " + endpoint);
    }
  }

  /**
   * The body, or null when it is longer than the cap. A longer body is read on and dropped (up to
   * {@link #MAX_DRAINED} bytes), so that the client, still sending, gets the answer rather than a
   * connection reset.
   */
  private byte[] body(HttpExchange exchange) throws IOException {
    try (InputStream in = exchange.getRequestBody()) {
      byte[] bytes = in.readNBytes(maxRequestBytes + 1);
      if (bytes.length <= maxRequestBytes) {
        return bytes;
      }
      // Read, not skip: the JDK server's body stream skips past the body's end into the socket.
      byte[] buffer = new byte[1 << 16];
      long drained = 0;
      for (int n = in.read(buffer); n > 0 && drained < MAX_DRAINED; n = in.read(buffer)) {
        drained += n;
      }
      exchange.getResponseHeaders().set("Connection", "close");
      return null;
    }
  }

  /** The most of a refused body read and dropped before the connection is closed. */
  private static final long MAX_DRAINED = 1L << 30;

  /** A document as sent (text or an EP web page), the text it is parsed as, and its model. */
  private record Parsed(boolean html, String source, Resolution resolution) {}

  private Parsed read(String input) {
    boolean html = ResolutionParser.looksLikeHtml(input);
    String source = html ? ResolutionParser.htmlText(input) : input;
    return new Parsed(html, source, parser.parse(source));
  }

  /** The document as the model sees it, beside the text the model's spans point into. */
  private void parse(HttpExchange exchange, String input) throws IOException {
    Parsed parsed = read(input);
    StringWriter out = new StringWriter();
    try (JsonGenerator json = JSON.createGenerator(out)) {
      json.writeStartObject();
      json.writeBooleanField("html", parsed.html());
      json.writeStringField("source", withoutByteOrderMark(parsed.source(), parsed.resolution()));
      json.writeFieldName("resolution");
      json.writeRawValue(ResolutionJson.writeCompact(parsed.resolution()));
      json.writeEndObject();
    }
    ViewerServer.send(exchange, 200, "application/json", out.toString());
  }

  /** The model's spans count from after a byte-order mark. */
  private static String withoutByteOrderMark(String source, Resolution resolution) {
    return resolution.byteOrderMark() && source.startsWith("\uFEFF") ? source.substring(1) : source;
  }

  private void export(HttpExchange exchange, String input, String format) throws IOException {
    Resolution resolution = read(input).resolution();
    String body;
    String type;
    String extension;
    switch (format == null ? "" : format) {
      case "json" -> {
        body = ResolutionJson.write(resolution);
        type = "application/json";
        extension = "json";
      }
      case "akn" -> {
        body = AknWriter.write(resolution);
        type = "application/akn+xml";
        extension = "akn.xml";
      }
      case "csv" -> {
        StringBuilder csv = new StringBuilder();
        BlockTable.writeCsvHeader(csv);
        BlockTable.writeCsv(BlockTable.rows(resolution, "document"), csv);
        body = csv.toString();
        type = "text/csv";
        extension = "csv";
      }
      case "md" -> {
        body = MarkdownRenderer.render(resolution);
        type = "text/markdown";
        extension = "md";
      }
      default -> {
        ViewerServer.send(exchange, 400, "text/plain", "format must be json, akn, csv or md");
        return;
      }
    }
    exchange
        .getResponseHeaders()
        .set("Content-Disposition", "attachment; filename=\"resolution." + extension + "\"");
    ViewerServer.send(exchange, 200, type, body);
  }

  private void votes(HttpExchange exchange, byte[] body) throws IOException {
    JsonNode request;
    try {
      request = MAPPER.readTree(body);
    } catch (IOException e) {
      ViewerServer.send(exchange, 400, "text/plain", "the body must be JSON: " + e.getMessage());
      return;
    }
    if (request == null
        || !request.path("document").isTextual()
        || !request.path("list").isTextual()
        || !(request.path("rollcalls").isMissingNode() || request.path("rollcalls").isArray())) {
      ViewerServer.send(
          exchange,
          400,
          "text/plain",
          "give a document and a list, both strings, and rollcalls, an array of strings");
      return;
    }
    VotingList list;
    try {
      list = VotingList.read(utf8(request.get("list").asText()));
    } catch (IOException e) {
      ViewerServer.send(exchange, 400, "text/plain", "not a voting list: " + e.getMessage());
      return;
    }
    List<RollCallList> rollCalls = new ArrayList<>();
    int n = 0;
    for (JsonNode xml : request.path("rollcalls")) {
      n++;
      try {
        rollCalls.add(RollCallList.read(utf8(xml.asText())));
      } catch (IOException e) {
        ViewerServer.send(
            exchange, 400, "text/plain", "roll-call list " + n + " is not one: " + e.getMessage());
        return;
      }
    }
    String document = request.get("document").asText();
    List<LinkedVoting> votings = VoteLinker.link(list, List.of(read(document).resolution()));
    ViewerServer.send(
        exchange, 200, "application/json", VotesResponse.write(list, votings, rollCalls));
  }

  private static InputStream utf8(String text) {
    return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
  }

  /** A query parameter's value (no decoding needed: the values are plain words). */
  private static String query(HttpExchange exchange, String name) {
    String query = exchange.getRequestURI().getRawQuery();
    if (query == null) {
      return null;
    }
    for (String pair : query.split("&")) {
      if (pair.startsWith(name + "=")) {
        return pair.substring(name.length() + 1);
      }
    }
    return null;
  }
}
