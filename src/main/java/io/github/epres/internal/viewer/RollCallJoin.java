package io.github.epres.internal.viewer;

import io.github.epres.votes.GroupVotes;
import io.github.epres.votes.LinkedVoting;
import io.github.epres.votes.Member;
import io.github.epres.votes.RollCall;
import io.github.epres.votes.RollCallList;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The roll calls of the votings linked to a document, found by voting id (a roll call's {@code
 * Identifier} is the voting list's {@code votingId}). Kept to this one class so that the library's
 * join of a voting list with roll-call lists (by id, else by time and subject) can replace it.
 */
final class RollCallJoin {
  /**
   * How one member voted: {@code position} is {@code FOR}, {@code AGAINST} or {@code ABSTENTION}.
   */
  record MemberVote(String name, String id, String group, String position) {}

  /** One group's counts in a roll call. */
  record GroupCount(String group, int favor, int against, int abstention) {}

  /** A roll call as the viewer shows it: its overall counts, by group and by member. */
  record Joined(RollCall rollCall, List<GroupCount> groups, List<MemberVote> members) {}

  private RollCallJoin() {}

  /** Each linked voting's roll call, by voting id, in the order of the votings. */
  static Map<String, Joined> join(List<LinkedVoting> votings, List<RollCallList> lists) {
    Map<String, RollCall> byId = new LinkedHashMap<>();
    for (RollCallList list : lists) {
      for (RollCall call : list.rollCalls()) {
        byId.putIfAbsent(call.id(), call);
      }
    }
    Map<String, Joined> joined = new LinkedHashMap<>();
    for (LinkedVoting linked : votings) {
      RollCall call = byId.get(linked.voting().id());
      if (call != null) {
        joined.putIfAbsent(linked.voting().id(), joined(call));
      }
    }
    return joined;
  }

  private static Joined joined(RollCall call) {
    Map<String, int[]> counts = new LinkedHashMap<>();
    List<MemberVote> members = new ArrayList<>();
    add(call.favorVotes(), 0, "FOR", counts, members);
    add(call.againstVotes(), 1, "AGAINST", counts, members);
    add(call.abstentionVotes(), 2, "ABSTENTION", counts, members);
    List<GroupCount> groups = new ArrayList<>();
    counts.forEach((group, n) -> groups.add(new GroupCount(group, n[0], n[1], n[2])));
    groups.sort(
        (a, b) ->
            Integer.compare(
                b.favor() + b.against() + b.abstention(),
                a.favor() + a.against() + a.abstention()));
    return new Joined(call, groups, members);
  }

  private static void add(
      List<GroupVotes> votes,
      int position,
      String name,
      Map<String, int[]> counts,
      List<MemberVote> members) {
    for (GroupVotes group : votes) {
      counts.computeIfAbsent(group.group(), g -> new int[3])[position] += group.members().size();
      for (Member member : group.members()) {
        members.add(new MemberVote(member.name(), member.id().orElse(null), group.group(), name));
      }
    }
  }
}
