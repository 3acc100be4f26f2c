package io.github.epres.votes;

import io.github.epres.internal.EpresStyle;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One roll-call vote of a sitting: what was voted ("B10-0020/2024 – Motion for a resolution"), the
 * counts, each Member's vote by group, and the corrections Members announced afterwards
 * ("intentions"), which do not change the result.
 */
@Value.Immutable
@EpresStyle
public interface RollCall {
  /** The list's Identifier of the vote. */
  String id();

  /** When the vote was taken, as written: "2024-09-18 12:18:27". */
  Optional<String> time();

  /** What was voted, as written. */
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

  static Builder builder() {
    return new Builder();
  }

  final class Builder extends ImmutableRollCall.Builder {}
}
