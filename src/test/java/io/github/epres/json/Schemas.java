package io.github.epres.json;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * The JSON Schemas the library ships, loaded for validation in tests: by their classpath resource,
 * a schema's reference to another one ({@code rollcalls.schema.json} from the votes schema) read
 * from the classpath too, never fetched.
 */
public final class Schemas {
  private static final ObjectMapper MAPPER = new ObjectMapper();

  private Schemas() {}

  /** The schema of a resource such as {@link VotesJson#SCHEMA_RESOURCE}. */
  public static JsonSchema of(String resource) {
    Map<String, String> shipped =
        Map.of(
            "https://github.com/epres/epres/rollcalls.schema.json",
            text(RollCallJson.SCHEMA_RESOURCE));
    return JsonSchemaFactory.getInstance(
            SpecVersion.VersionFlag.V202012,
            builder -> builder.schemaLoaders(loaders -> loaders.schemas(shipped)))
        .getSchema(text(resource));
  }

  private static String text(String resource) {
    try (InputStream in = Schemas.class.getResourceAsStream(resource)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
