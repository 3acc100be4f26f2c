package io.github.epres.json;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.datatype.jdk8.Jdk8Module;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import io.github.epres.model.Resolution;

/**
 * Writes a {@link Resolution} as JSON and reads it back. The JSON starts with {@code
 * schemaVersion}; a change to the shape changes that version. Dates are ISO strings, absent values
 * are left out. Thread-safe.
 */
public final class ResolutionJson {
  /** The version of the JSON shape written by this class. */
  public static final String SCHEMA_VERSION = "1.0";

  private static final ObjectMapper MAPPER =
      JsonMapper.builder()
          .addModule(new Jdk8Module())
          .addModule(new JavaTimeModule())
          .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
          .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
          .build();

  private ResolutionJson() {}

  /** Pretty-printed JSON. */
  public static String write(Resolution resolution) {
    try {
      return MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(tree(resolution));
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot write resolution as JSON", e);
    }
  }

  /** JSON on a single line, e.g. for JSON Lines output. */
  public static String writeCompact(Resolution resolution) {
    try {
      return MAPPER.writeValueAsString(tree(resolution));
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot write resolution as JSON", e);
    }
  }

  /**
   * Reads JSON written by {@link #write}.
   *
   * @throws IllegalArgumentException if the JSON is malformed or of another schema version
   */
  public static Resolution read(String json) {
    try {
      ObjectNode tree = (ObjectNode) MAPPER.readTree(json);
      JsonNode version = tree.remove("schemaVersion");
      if (version == null || !SCHEMA_VERSION.equals(version.asText())) {
        throw new IllegalArgumentException(
            "expected schemaVersion " + SCHEMA_VERSION + " but found " + version);
      }
      return MAPPER.treeToValue(tree, Resolution.class);
    } catch (JsonProcessingException | ClassCastException e) {
      throw new IllegalArgumentException("not a resolution in JSON: " + e.getMessage(), e);
    }
  }

  private static ObjectNode tree(Resolution resolution) {
    ObjectNode tree = MAPPER.createObjectNode().put("schemaVersion", SCHEMA_VERSION);
    tree.setAll((ObjectNode) MAPPER.valueToTree(resolution));
    return tree;
  }
}
