package io.github.epres.json;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.datatype.jdk8.Jdk8Module;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import io.github.epres.model.Resolution;
import java.io.IOException;
import java.io.OutputStream;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;

/**
 * Writes a {@link Resolution} as JSON and reads it back. The JSON starts with {@code
 * schemaVersion}; a change to the shape changes that version. Dates are ISO strings, absent values
 * are left out. Thread-safe.
 */
public final class ResolutionJson {
  /** The JSON Schema (2020-12) of what this class writes, as a classpath resource. */
  public static final String SCHEMA_RESOURCE = "/io/github/epres/json/resolution.schema.json";

  /** The version of the JSON shape written by this class. */
  public static final String SCHEMA_VERSION = "2.3";

  private static final JsonFactory FACTORY = new JsonFactory();

  private ResolutionJson() {}

  /** Pretty-printed JSON. */
  public static String write(Resolution resolution) {
    StringWriter out = new StringWriter();
    write(resolution, out, true);
    return out.toString();
  }

  /** JSON on a single line, e.g. for JSON Lines output. */
  public static String writeCompact(Resolution resolution) {
    StringWriter out = new StringWriter();
    write(resolution, out, false);
    return out.toString();
  }

  /** Writes JSON to {@code out}, which is flushed but not closed. */
  public static void write(Resolution resolution, Writer out, boolean pretty) {
    try {
      write(resolution, FACTORY.createGenerator(out), pretty);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write resolution as JSON", e);
    }
  }

  /** Writes JSON in UTF-8 to {@code out}, which is flushed but not closed. */
  public static void write(Resolution resolution, OutputStream out, boolean pretty) {
    try {
      write(resolution, FACTORY.createGenerator(out, JsonEncoding.UTF8), pretty);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write resolution as JSON", e);
    }
  }

  private static void write(Resolution resolution, JsonGenerator generator, boolean pretty)
      throws IOException {
    try (JsonGenerator json = generator) {
      json.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
      if (pretty) {
        json.useDefaultPrettyPrinter();
      }
      new JsonWriter(json).resolution(resolution, SCHEMA_VERSION);
    }
  }

  /**
   * Reads JSON written by {@link #write}.
   *
   * @throws IllegalArgumentException if the JSON is malformed or of another schema version
   */
  public static Resolution read(String json) {
    ObjectMapper mapper = Reader.MAPPER;
    try {
      ObjectNode tree = (ObjectNode) mapper.readTree(json);
      JsonNode version = tree.remove("schemaVersion");
      if (version == null || !SCHEMA_VERSION.equals(version.asText())) {
        throw new IllegalArgumentException(
            "expected schemaVersion " + SCHEMA_VERSION + " but found " + version);
      }
      return mapper.treeToValue(tree, Resolution.class);
    } catch (JsonProcessingException | ClassCastException e) {
      throw new IllegalArgumentException("not a resolution in JSON: " + e.getMessage(), e);
    }
  }

  /**
   * Data binding, set up only when JSON is read: it is slow to start and writing does not need it.
   */
  private static final class Reader {
    static final ObjectMapper MAPPER =
        JsonMapper.builder()
            .addModule(new Jdk8Module())
            .addModule(new JavaTimeModule())
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();
  }
}
