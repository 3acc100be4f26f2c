package io.github.epres.votes;

import io.github.epres.internal.EpresStyle;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A request made on a vote: for roll-call votes ("Renew: final vote", "ECR: Amendments 22, 23") or
 * for separate votes ("Verts/ALE: §§ 6, 8, 9, 12"), by a group or by Members.
 */
@Value.Immutable
@EpresStyle
public interface VoteRequest {
  enum Kind {
    ROLL_CALL,
    SEPARATE
  }

  Kind kind();

  /** The group's code ("Renew"), or "MEPs" for Members asking on their own. */
  Optional<String> group();

  /** What is asked for, as written. */
  String text();

  static Builder builder() {
    return new Builder();
  }

  final class Builder extends ImmutableVoteRequest.Builder {}
}
