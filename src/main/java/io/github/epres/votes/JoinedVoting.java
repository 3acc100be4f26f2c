package io.github.epres.votes;

import io.github.epres.internal.EpresStyle;
import java.util.Optional;
import org.immutables.value.Value;

/** A voting decided by roll call, with its roll call where one was found ({@link RollCallJoin}). */
@Value.Immutable
@EpresStyle
public interface JoinedVoting {
  /** How the roll call was found. */
  enum Match {
    /** The roll call's Identifier is the voting's {@code votingId}. */
    ID,
    /** No roll call has its id; one was taken at the same time, on the same subject. */
    TIME_AND_SUBJECT,
    /** None of the lists given has its roll call (a lapsed voting, a list of another sitting). */
    NONE
  }

  /** The vote the voting belongs to: its documents and title. */
  Vote vote();

  Voting voting();

  Optional<RollCall> rollCall();

  Match match();

  /**
   * Whether the roll call's counts are the voting list's ({@code numberFavor}, {@code
   * numberAgainst}, {@code numberAbstention}); false where either has none, or where they differ,
   * as a short extract of a roll-call list does.
   */
  default boolean countsAgree() {
    return rollCall().isPresent()
        && voting().counts().map(c -> c.equals(rollCall().get().counts())).orElse(false);
  }

  static Builder builder() {
    return new Builder();
  }

  final class Builder extends ImmutableJoinedVoting.Builder {}
}
