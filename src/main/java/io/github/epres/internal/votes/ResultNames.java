package io.github.epres.internal.votes;

import io.github.epres.votes.Voting;
import java.util.Optional;

/**
 * A voting's result and result type as the JSON and CSV outputs write them: the enum constant's
 * name ({@code ELECTRONIC} for the list's {@code ELECTRONICAL}), or for a code the enum does not
 * know, the code as written, so that nothing the list says is lost.
 */
public final class ResultNames {
  private ResultNames() {}

  public static Optional<String> result(Voting voting) {
    return voting
        .result()
        .map(r -> r == Voting.Result.UNKNOWN ? voting.resultCode().orElseThrow() : r.name());
  }

  public static Optional<String> resultType(Voting voting) {
    return voting
        .resultType()
        .map(
            t -> t == Voting.ResultType.UNKNOWN ? voting.resultTypeCode().orElseThrow() : t.name());
  }
}
