package io.github.epres.internal.viewer;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.epres.json.RollCallJson;
import io.github.epres.json.VotesJson;
import io.github.epres.votes.JoinedVoting;
import io.github.epres.votes.LinkedVoting;
import io.github.epres.votes.RollCallJoin;
import io.github.epres.votes.RollCallList;
import io.github.epres.votes.Vote;
import io.github.epres.votes.VoteDocument;
import io.github.epres.votes.VotingList;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The viewer's answer to a votes request: the linked votings as {@link VotesJson} writes them, and
 * beside them what the page needs to name and chart them: the sitting ({@code date}, {@code
 * language}), each document number's vote title ({@code titles}) and, by voting id, the roll calls
 * of the document's votings as {@link RollCallJoin} finds them (by id, else by time and subject)
 * and {@link RollCallJson} writes them ({@code rollCalls}: counts, counts by group, each Member's
 * vote, and how the roll call was found in {@code match}).
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
      rollCalls(json.putObject("rollCalls"), list, votings, rollCalls);
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

  /** The roll call of each of the document's votings that has one, by voting id. */
  private static void rollCalls(
      ObjectNode out, VotingList list, List<LinkedVoting> votings, List<RollCallList> rollCalls)
      throws IOException {
    if (rollCalls.isEmpty()) {
      return;
    }
    Set<String> linked = votings.stream().map(v -> v.voting().id()).collect(Collectors.toSet());
    List<JoinedVoting> joined =
        RollCallJoin.join(list, rollCalls).stream()
            .filter(j -> j.rollCall().isPresent() && linked.contains(j.voting().id()))
            .toList();
    for (JsonNode voting : MAPPER.readTree(RollCallJson.write(joined)).path("votings")) {
      ObjectNode call = (ObjectNode) voting.get("rollCall");
      call.put("match", voting.path("match").asText());
      out.set(voting.path("votingId").asText(), call);
    }
  }
}
