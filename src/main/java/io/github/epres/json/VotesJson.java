package io.github.epres.json;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import io.github.epres.votes.LinkedVoting;
import io.github.epres.votes.TextRange;
import io.github.epres.votes.VoteTarget;
import io.github.epres.votes.Voting;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Optional;

/**
 * Writes linked votings as JSON: {@code {"schemaVersion": …, "votings": [{document, votingId,
 * subject, subjectKind, marker, amendment, author, result, resultType, favor, against, abstention,
 * target: {kind, id, ranges, reason}}]}}, in list order; absent values are left out.
 */
public final class VotesJson {
  /** The JSON Schema (2020-12) of what this class writes, as a classpath resource. */
  public static final String SCHEMA_RESOURCE = "/io/github/epres/json/votes.schema.json";

  /** The version of the JSON shape written by this class. */
  public static final String SCHEMA_VERSION = "1.0";

  private static final JsonFactory FACTORY = new JsonFactory();

  private VotesJson() {}

  public static String write(List<LinkedVoting> votings) {
    StringWriter out = new StringWriter();
    try (JsonGenerator json = FACTORY.createGenerator(out)) {
      json.useDefaultPrettyPrinter();
      json.writeStartObject();
      json.writeStringField("schemaVersion", SCHEMA_VERSION);
      json.writeArrayFieldStart("votings");
      for (LinkedVoting linked : votings) {
        voting(json, linked);
      }
      json.writeEndArray();
      json.writeEndObject();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write votings as JSON", e);
    }
    return out.toString();
  }

  private static void voting(JsonGenerator json, LinkedVoting linked) throws IOException {
    Voting v = linked.voting();
    json.writeStartObject();
    json.writeStringField("document", linked.document());
    json.writeStringField("votingId", v.id());
    optional(json, "subject", v.subject().or(v::title));
    json.writeStringField("subjectKind", linked.subjectKind().name());
    optional(json, "marker", v.marker());
    optional(json, "amendment", v.amendment());
    optional(json, "author", v.author());
    optional(json, "result", v.result());
    optional(json, "resultType", v.resultType());
    number(json, "favor", v.favor());
    number(json, "against", v.against());
    number(json, "abstention", v.abstention());
    VoteTarget t = linked.target();
    json.writeObjectFieldStart("target");
    json.writeStringField("kind", t.kind().name());
    optional(json, "id", t.id());
    if (!t.ranges().isEmpty()) {
      json.writeArrayFieldStart("ranges");
      for (TextRange range : t.ranges()) {
        json.writeStartObject();
        json.writeNumberField("offset", range.offset());
        json.writeNumberField("length", range.length());
        json.writeEndObject();
      }
      json.writeEndArray();
    }
    optional(json, "reason", t.reason());
    json.writeEndObject();
    json.writeEndObject();
  }

  private static void optional(JsonGenerator json, String name, Optional<String> value)
      throws IOException {
    if (value.isPresent()) {
      json.writeStringField(name, value.get());
    }
  }

  private static void number(JsonGenerator json, String name, Optional<Integer> value)
      throws IOException {
    if (value.isPresent()) {
      json.writeNumberField(name, value.get());
    }
  }
}
