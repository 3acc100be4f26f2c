package io.github.epres.json;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import io.github.epres.internal.votes.ResultNames;
import io.github.epres.votes.JoinedVoting;
import io.github.epres.votes.LinkedVoting;
import io.github.epres.votes.SplitPart;
import io.github.epres.votes.SplitRequest;
import io.github.epres.votes.TextRange;
import io.github.epres.votes.Vote;
import io.github.epres.votes.VoteCounts;
import io.github.epres.votes.VoteDocument;
import io.github.epres.votes.VoteRequest;
import io.github.epres.votes.VoteTarget;
import io.github.epres.votes.Voting;
import io.github.epres.votes.VotingList;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Writes votes as JSON, in one of two shapes that {@link #SCHEMA_RESOURCE} both describes.
 *
 * <ul>
 *   <li>{@link #write(List)}: votings linked to documents, {@code {"schemaVersion", "votings":
 *       [{document, votingId, subject, subjectKind, marker, amendment, author, result, resultType,
 *       favor, against, abstention, target: {kind, id, ranges, reason}}]}}.
 *   <li>{@link #write(VotingList)}: a voting list alone, {@code {"schemaVersion", "language",
 *       "date", "votes": [{index, type, title, label, documents: [{number, type}], votings:
 *       [{votingId, subject, subjectKind, marker, amendment, author, result, resultType, favor,
 *       against, abstention}], splitRequests, requests, remarks}]}}.
 * </ul>
 *
 * <p>In list order; absent values are left out. {@code result} and {@code resultType} are the names
 * of {@link Voting.Result} and {@link Voting.ResultType} ({@code ELECTRONIC} for the list's {@code
 * ELECTRONICAL}), or for a code this version does not know, the code as written. The counts are
 * named as in {@link VoteCounts}.
 */
public final class VotesJson {
  /** The JSON Schema (2020-12) of what this class writes, as a classpath resource. */
  public static final String SCHEMA_RESOURCE = "/io/github/epres/json/votes.schema.json";

  /** The version of the JSON shapes written by this class. */
  public static final String SCHEMA_VERSION = "2.1";

  private static final JsonFactory FACTORY = new JsonFactory();

  private VotesJson() {}

  /**
   * Votings linked to documents ({@link io.github.epres.votes.VoteLinker#link}), pretty-printed.
   */
  public static String write(List<LinkedVoting> votings) {
    return write(votings, List.of());
  }

  /**
   * Votings linked to documents, those taken by roll call with their roll calls as {@link
   * RollCallJson} writes a joined voting ({@code match}, {@code countsAgree} and the {@code
   * rollCall} found): {@code epres votes LIST DOC... --rollcall RCV...}. A joined voting goes with
   * the linked voting of the same voting id.
   */
  public static String write(List<LinkedVoting> votings, List<JoinedVoting> rollCalls) {
    Map<String, JoinedVoting> byId = new HashMap<>();
    for (JoinedVoting joined : rollCalls) {
      byId.putIfAbsent(joined.voting().id(), joined);
    }
    return write(
        json -> {
          json.writeArrayFieldStart("votings");
          for (LinkedVoting linked : votings) {
            json.writeStartObject();
            json.writeStringField("document", linked.document());
            voting(json, linked.voting());
            target(json, linked.target());
            JoinedVoting joined = byId.get(linked.voting().id());
            if (joined != null) {
              RollCallJson.joined(json, joined);
            }
            json.writeEndObject();
          }
          json.writeEndArray();
        });
  }

  /** A voting list alone: every vote with its documents and votings, pretty-printed. */
  public static String write(VotingList list) {
    return write(
        json -> {
          optional(json, "language", list.language());
          optional(json, "date", list.date().map(Object::toString));
          json.writeArrayFieldStart("votes");
          for (Vote vote : list.votes()) {
            vote(json, vote);
          }
          json.writeEndArray();
        });
  }

  /** What a JSON document holds after its schema version. */
  interface Body {
    void write(JsonGenerator json) throws IOException;
  }

  private static String write(Body body) {
    return document(SCHEMA_VERSION, body);
  }

  /** A pretty-printed object: its {@code schemaVersion}, then what {@code body} writes. */
  static String document(String schemaVersion, Body body) {
    StringWriter out = new StringWriter();
    try (JsonGenerator json = FACTORY.createGenerator(out)) {
      json.useDefaultPrettyPrinter();
      json.writeStartObject();
      json.writeStringField("schemaVersion", schemaVersion);
      body.write(json);
      json.writeEndObject();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write votes as JSON", e);
    }
    return out.toString();
  }

  private static void vote(JsonGenerator json, Vote vote) throws IOException {
    json.writeStartObject();
    json.writeNumberField("index", vote.index());
    json.writeStringField("type", vote.type());
    optional(json, "title", vote.title());
    optional(json, "label", vote.label());
    json.writeArrayFieldStart("documents");
    for (VoteDocument document : vote.documents()) {
      json.writeStartObject();
      json.writeStringField("number", document.number());
      json.writeStringField("type", document.type());
      json.writeEndObject();
    }
    json.writeEndArray();
    json.writeArrayFieldStart("votings");
    for (Voting voting : vote.votings()) {
      json.writeStartObject();
      voting(json, voting);
      json.writeEndObject();
    }
    json.writeEndArray();
    json.writeArrayFieldStart("splitRequests");
    for (SplitRequest split : vote.splitRequests()) {
      json.writeStartObject();
      optional(json, "group", split.group());
      json.writeStringField("subject", split.subject());
      json.writeArrayFieldStart("parts");
      for (SplitPart part : split.parts()) {
        json.writeStartObject();
        json.writeStringField("section", part.section());
        json.writeStringField("text", part.text());
        json.writeEndObject();
      }
      json.writeEndArray();
      json.writeEndObject();
    }
    json.writeEndArray();
    json.writeArrayFieldStart("requests");
    for (VoteRequest request : vote.requests()) {
      json.writeStartObject();
      json.writeStringField("kind", request.kind().name());
      optional(json, "group", request.group());
      json.writeStringField("text", request.text());
      json.writeEndObject();
    }
    json.writeEndArray();
    json.writeArrayFieldStart("remarks");
    for (String remark : vote.remarks()) {
      json.writeString(remark);
    }
    json.writeEndArray();
    json.writeEndObject();
  }

  /** The fields of a voting both shapes share. */
  static void voting(JsonGenerator json, Voting v) throws IOException {
    json.writeStringField("votingId", v.id());
    json.writeStringField("subject", v.subject());
    json.writeStringField("subjectKind", v.subjectKind().name());
    optional(json, "marker", v.marker());
    optional(json, "amendment", v.amendment());
    optional(json, "author", v.author());
    optional(json, "result", ResultNames.result(v));
    optional(json, "resultType", ResultNames.resultType(v));
    if (v.counts().isPresent()) {
      counts(json, v.counts().get());
    }
  }

  /** The counts as {@code favor}, {@code against} and {@code abstention}. */
  static void counts(JsonGenerator json, VoteCounts counts) throws IOException {
    json.writeNumberField("favor", counts.favor());
    json.writeNumberField("against", counts.against());
    json.writeNumberField("abstention", counts.abstention());
  }

  private static void target(JsonGenerator json, VoteTarget t) throws IOException {
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
  }

  static void optional(JsonGenerator json, String name, Optional<String> value) throws IOException {
    if (value.isPresent()) {
      json.writeStringField(name, value.get());
    }
  }
}
