package io.github.epres.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.epres.json.RollCallJson;
import io.github.epres.json.VotesJson;
import io.github.epres.votes.JoinedVoting;
import io.github.epres.votes.LinkedVoting;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code epres votes LIST DOC... --rollcall RCV...}: the votings linked to the documents, as {@link
 * VotesJson} writes them, each voting taken by roll call with the fields {@link RollCallJson} gives
 * it when joined ({@code match}, {@code countsAgree} and its {@code rollCall}), matched by voting
 * id. Both writers stay the one source of their fields.
 */
final class RollCallMerge {
  private static final List<String> JOINED_FIELDS = List.of("match", "countsAgree", "rollCall");
  private static final ObjectMapper MAPPER = new ObjectMapper();

  private RollCallMerge() {}

  static String linked(List<LinkedVoting> linked, List<JoinedVoting> joined) {
    try {
      JsonNode votes = MAPPER.readTree(VotesJson.write(linked));
      Map<String, JsonNode> byId = new HashMap<>();
      for (JsonNode voting : MAPPER.readTree(RollCallJson.write(joined)).path("votings")) {
        byId.put(voting.path("votingId").asText(), voting);
      }
      for (JsonNode voting : votes.path("votings")) {
        JsonNode call = byId.get(voting.path("votingId").asText());
        if (call != null) {
          for (String field : JOINED_FIELDS) {
            if (call.has(field)) {
              ((ObjectNode) voting).set(field, call.get(field));
            }
          }
        }
      }
      return MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(votes);
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException("cannot merge the votes' JSON", e);
    }
  }
}
