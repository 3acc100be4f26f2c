package io.github.epres.json;

import com.fasterxml.jackson.core.JsonGenerator;
import io.github.epres.votes.GroupCounts;
import io.github.epres.votes.JoinedVoting;
import io.github.epres.votes.Member;
import io.github.epres.votes.MemberVote;
import io.github.epres.votes.RollCall;
import io.github.epres.votes.RollCallList;
import io.github.epres.votes.VoteDocument;
import java.io.IOException;
import java.util.List;

/**
 * Writes roll calls as JSON, in one of two shapes that {@link #SCHEMA_RESOURCE} both describes.
 *
 * <ul>
 *   <li>{@link #write(RollCallList)}: a roll-call list, {@code {"schemaVersion", "date",
 *       "reference", "rollCalls": [rollCall]}}.
 *   <li>{@link #write(List)}: the votings of a voting list taken by roll call, joined to their roll
 *       calls ({@link io.github.epres.votes.RollCallJoin}), {@code {"schemaVersion", "votings":
 *       [{vote, documents, votingId, subject, subjectKind, marker, amendment, author, result,
 *       resultType, favor, against, abstention, match, countsAgree, rollCall}]}}: the voting's
 *       fields as {@link VotesJson} writes them, {@code match} ({@code ID}, {@code
 *       TIME_AND_SUBJECT}, {@code NONE}), and its roll call where one was found.
 * </ul>
 *
 * <p>A roll call is {@code {id, time, subject, documents, favor, against, abstention, groups:
 * [{group, favor, against, abstention}], members: [{name, mepId, group, vote}], intended: [{name,
 * mepId, vote}], problems}}: the counts are the list's, {@code groups} counts the Members it names,
 * {@code vote} is {@code favor}, {@code against} or {@code abstention}, and {@code problems} says
 * where counts and names disagree. In list order; absent values are left out.
 */
public final class RollCallJson {
  /** The JSON Schema (2020-12) of what this class writes, as a classpath resource. */
  public static final String SCHEMA_RESOURCE = "/io/github/epres/json/rollcalls.schema.json";

  /** The version of the JSON shapes written by this class. */
  public static final String SCHEMA_VERSION = "1.0";

  private RollCallJson() {}

  /** A roll-call list: every roll call with its counts by group and its Members' votes. */
  public static String write(RollCallList list) {
    return VotesJson.document(
        SCHEMA_VERSION,
        json -> {
          VotesJson.optional(json, "date", list.date().map(Object::toString));
          VotesJson.optional(json, "reference", list.reference());
          json.writeArrayFieldStart("rollCalls");
          for (RollCall call : list.rollCalls()) {
            rollCall(json, call);
          }
          json.writeEndArray();
        });
  }

  /** Votings joined to their roll calls, in list order. */
  public static String write(List<JoinedVoting> joined) {
    return VotesJson.document(
        SCHEMA_VERSION,
        json -> {
          json.writeArrayFieldStart("votings");
          for (JoinedVoting voting : joined) {
            json.writeStartObject();
            json.writeNumberField("vote", voting.vote().index());
            json.writeArrayFieldStart("documents");
            for (VoteDocument document : voting.vote().documents()) {
              json.writeString(document.number());
            }
            json.writeEndArray();
            VotesJson.voting(json, voting.voting());
            joined(json, voting);
            json.writeEndObject();
          }
          json.writeEndArray();
        });
  }

  /** A joined voting's own fields: how it was matched, whether the counts agree, its roll call. */
  static void joined(JsonGenerator json, JoinedVoting voting) throws IOException {
    json.writeStringField("match", voting.match().name());
    json.writeBooleanField("countsAgree", voting.countsAgree());
    if (voting.rollCall().isPresent()) {
      json.writeFieldName("rollCall");
      rollCall(json, voting.rollCall().get());
    }
  }

  private static void rollCall(JsonGenerator json, RollCall call) throws IOException {
    json.writeStartObject();
    json.writeStringField("id", call.id());
    VotesJson.optional(json, "time", call.time());
    json.writeStringField("subject", call.description());
    strings(json, "documents", call.documents());
    VotesJson.counts(json, call.counts());
    json.writeArrayFieldStart("groups");
    for (GroupCounts group : call.groups()) {
      json.writeStartObject();
      json.writeStringField("group", group.group());
      VotesJson.counts(json, group.counts());
      json.writeEndObject();
    }
    json.writeEndArray();
    json.writeArrayFieldStart("members");
    for (MemberVote vote : call.memberVotes()) {
      member(json, vote.member());
      json.writeStringField("group", vote.group());
      json.writeStringField("vote", vote.position().key());
      json.writeEndObject();
    }
    json.writeEndArray();
    json.writeArrayFieldStart("intended");
    for (MemberVote.Position position : MemberVote.Position.values()) {
      for (Member member : call.intended(position)) {
        member(json, member);
        json.writeStringField("vote", position.key());
        json.writeEndObject();
      }
    }
    json.writeEndArray();
    strings(json, "problems", call.problems());
    json.writeEndObject();
  }

  /** Opens a Member's object with the name and MEP id; the caller closes it. */
  private static void member(JsonGenerator json, Member member) throws IOException {
    json.writeStartObject();
    json.writeStringField("name", member.name());
    VotesJson.optional(json, "mepId", member.id());
  }

  private static void strings(JsonGenerator json, String name, List<String> values)
      throws IOException {
    json.writeArrayFieldStart(name);
    for (String value : values) {
      json.writeString(value);
    }
    json.writeEndArray();
  }
}
