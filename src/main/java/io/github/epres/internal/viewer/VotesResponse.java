package io.github.epres.internal.viewer;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.epres.json.VotesJson;
import io.github.epres.votes.LinkedVoting;
import io.github.epres.votes.RollCallList;
import io.github.epres.votes.Vote;
import io.github.epres.votes.VoteCounts;
import io.github.epres.votes.VoteDocument;
import io.github.epres.votes.VotingList;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * The viewer's answer to a votes request: the linked votings as {@link VotesJson} writes them, and
 * beside them what the page needs to name and chart them: the sitting ({@code date}, {@code
 * language}), each document number's vote title ({@code titles}) and, by voting id, the roll calls
 * found for the votings ({@code rollCalls}: counts, counts by group, each member's vote).
 */
final class VotesResponse {
  private static final ObjectMapper MAPPER = new ObjectMapper();

  /** The document type the voting lists give a joint motion, whose number lacks its "RC-". */
  private static final String JOINT_MOTION = "RC";

  private VotesResponse() {}

  static String write(VotingList list, List<LinkedVoting> votings, List<RollCallList> rollCalls) {
    try {
      ObjectNode json = (ObjectNode) MAPPER.readTree(VotesJson.write(votings));
      ObjectNode sitting = json.putObject("sitting");
      list.date().ifPresent(date -> sitting.put("date", date.toString()));
      list.language().ifPresent(language -> sitting.put("language", language));
      titles(json.putObject("titles"), list);
      ObjectNode calls = json.putObject("rollCalls");
      RollCallJoin.join(votings, rollCalls)
          .forEach((id, joined) -> rollCall(calls.putObject(id), joined));
      return MAPPER.writeValueAsString(json);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write the votes", e);
    }
  }

  private static void titles(ObjectNode titles, VotingList list) {
    for (Vote vote : list.votes()) {
      if (vote.title().isEmpty()) {
        continue;
      }
      for (VoteDocument document : vote.documents()) {
        String number =
            document.type().equals(JOINT_MOTION) ? "RC-" + document.number() : document.number();
        if (!titles.has(number)) {
          titles.put(number, vote.title().get());
        }
      }
    }
  }

  private static void rollCall(ObjectNode json, RollCallJoin.Joined joined) {
    joined.rollCall().time().ifPresent(time -> json.put("time", time));
    json.put("description", joined.rollCall().description());
    VoteCounts counts = joined.rollCall().counts();
    json.put("favor", counts.favor());
    json.put("against", counts.against());
    json.put("abstention", counts.abstention());
    ArrayNode groups = json.putArray("groups");
    for (RollCallJoin.GroupCount group : joined.groups()) {
      groups
          .addObject()
          .put("group", group.group())
          .put("favor", group.favor())
          .put("against", group.against())
          .put("abstention", group.abstention());
    }
    ArrayNode members = json.putArray("members");
    for (RollCallJoin.MemberVote member : joined.members()) {
      ObjectNode m = members.addObject().put("name", member.name()).put("group", member.group());
      if (member.id() != null) {
        m.put("id", member.id());
      }
      m.put("position", member.position());
    }
  }
}
