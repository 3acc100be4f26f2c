package io.github.epres.votes;

import io.github.epres.internal.EpresStyle;
import io.github.epres.internal.semantics.ReferenceFinder;
import io.github.epres.votes.MemberVote.Position;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One roll-call vote of a sitting: what was voted ("B10-0020/2024 – Motion for a resolution"), the
 * counts, each Member's vote by group, and the corrections Members announced afterwards
 * ("intentions"), which do not change the result.
 *
 * <p>The counts are the list's own figures; {@link #groups()} and {@link #memberVotes()} count and
 * list the names it gives. The two agree in a whole list; where they do not (a published list with
 * a wrong total, a short extract), {@link #problems()} says so.
 */
@Value.Immutable
@EpresStyle
public interface RollCall {
  /** The list's Identifier of the vote: the voting list's {@code votingId} of the same voting. */
  String id();

  /** When the vote was taken, as written: "2024-09-18 12:18:27" (older lists: the date alone). */
  Optional<String> time();

  /**
   * What was voted, as written, with runs of white space as one space and the text of links kept:
   * "B9-0229/2020 - § 1/1", "A9-0163/2024 - Gabriele Bischoff - Article 10, § 6, alinéa 2 - Am 1".
   */
  String description();

  /** The counts as the list gives them (0 where it gives none). */
  VoteCounts counts();

  List<GroupVotes> favorVotes();

  List<GroupVotes> againstVotes();

  List<GroupVotes> abstentionVotes();

  /** Members who said afterwards they meant to vote for, against or to abstain. */
  List<Member> intendedFavor();

  List<Member> intendedAgainst();

  List<Member> intendedAbstention();

  /** The time as a date and time of the sitting's clock; absent where the list gives no time. */
  @Value.Lazy
  default Optional<LocalDateTime> dateTime() {
    try {
      return time()
          .filter(t -> t.length() >= 19)
          .map(t -> LocalDateTime.parse(t.substring(0, 10) + "T" + t.substring(11, 19)));
    } catch (DateTimeParseException e) {
      return Optional.empty();
    }
  }

  /**
   * The EP document numbers the description names, in order, each once, with hyphens as plain ones:
   * {@code A9-0163/2024}, {@code RC-B9-0331/2023}.
   */
  @Value.Lazy
  default List<String> documents() {
    return ReferenceFinder.documentNumbers(description()).stream().distinct().toList();
  }

  /** The Members who voted one way, by group. */
  default List<GroupVotes> votes(Position position) {
    return switch (position) {
      case FAVOR -> favorVotes();
      case AGAINST -> againstVotes();
      case ABSTENTION -> abstentionVotes();
    };
  }

  /** The Members who said afterwards they meant to vote one way. */
  default List<Member> intended(Position position) {
    return switch (position) {
      case FAVOR -> intendedFavor();
      case AGAINST -> intendedAgainst();
      case ABSTENTION -> intendedAbstention();
    };
  }

  /** Every Member's vote: those for, then against, then abstaining, each by group as listed. */
  @Value.Lazy
  default List<MemberVote> memberVotes() {
    List<MemberVote> all = new ArrayList<>();
    for (Position position : Position.values()) {
      for (GroupVotes group : votes(position)) {
        for (Member member : group.members()) {
          all.add(MemberVote.of(member, group.group(), position));
        }
      }
    }
    return List.copyOf(all);
  }

  /** The Members named, counted by group, the groups in the order they first appear. */
  @Value.Lazy
  default List<GroupCounts> groups() {
    Map<String, int[]> counts = new LinkedHashMap<>();
    for (MemberVote vote : memberVotes()) {
      counts.computeIfAbsent(vote.group(), g -> new int[3])[vote.position().ordinal()]++;
    }
    List<GroupCounts> groups = new ArrayList<>();
    counts.forEach((g, c) -> groups.add(GroupCounts.of(g, VoteCounts.of(c[0], c[1], c[2]))));
    return List.copyOf(groups);
  }

  /**
   * Where the list's counts and the Members it names disagree, one line each: "2 favor counted, 1
   * Member named". Empty for a whole, correct list.
   */
  default List<String> problems() {
    int[] named = new int[3];
    for (MemberVote vote : memberVotes()) {
      named[vote.position().ordinal()]++;
    }
    int[] counted = {counts().favor(), counts().against(), counts().abstention()};
    List<String> problems = new ArrayList<>();
    for (Position position : Position.values()) {
      int i = position.ordinal();
      if (named[i] != counted[i]) {
        problems.add(
            counted[i]
                + " "
                + position.key()
                + " counted, "
                + named[i]
                + (named[i] == 1 ? " Member named" : " Members named"));
      }
    }
    return problems;
  }

  static Builder builder() {
    return new Builder();
  }

  final class Builder extends ImmutableRollCall.Builder {}
}
