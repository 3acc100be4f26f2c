package io.github.epres.internal.viewer;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.epres.json.VotesJson;
import io.github.epres.votes.LinkedVoting;
import io.github.epres.votes.RollCallJoin;
import io.github.epres.votes.RollCallList;
import io.github.epres.votes.Vote;
import io.github.epres.votes.VoteDocument;
import io.github.epres.votes.VotingList;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * The viewer's answer to a votes request: the linked votings as {@link VotesJson} writes them, each
 * voting taken by roll call with the roll call {@link RollCallJoin} finds for it (by id, else by
 * time and subject: {@code match}, {@code countsAgree}, {@code rollCall} with its counts by group
 * and each Member's vote), and beside them what the page needs to name them: the sitting ({@code
 * date}, {@code language}) and each document number's vote title ({@code titles}).
 */
final class VotesResponse {
  private static final ObjectMapper MAPPER = new ObjectMapper();

  private VotesResponse() {}

  static String write(VotingList list, List<LinkedVoting> votings, List<RollCallList> rollCalls) {
    try {
      String linked =
          rollCalls.isEmpty()
              ? VotesJson.write(votings)
              : VotesJson.write(votings, RollCallJoin.join(list, rollCalls));
      ObjectNode json = (ObjectNode) MAPPER.readTree(linked);
      ObjectNode sitting = json.putObject("sitting");
      list.date().ifPresent(date -> sitting.put("date", date.toString()));
      list.language().ifPresent(language -> sitting.put("language", language));
      titles(json.putObject("titles"), list);
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
        // The list reader gives a joint motion's number whole, "RC-B10-0249/2025".
        if (!titles.has(document.number())) {
          titles.put(document.number(), vote.title().get());
        }
      }
    }
  }
}
