package io.github.epres.votes;

import io.github.epres.internal.EpresStyle;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A vote of a sitting: the item voted on (a resolution, a report, a proposal), the documents it
 * concerns, its votings in order, and the requests for split and roll-call votes made on it.
 */
@Value.Immutable
@EpresStyle
public interface Vote {
  /** Its position in the list, from 0. */
  int index();

  /** {@code RESOLUTION}, {@code REPORT}, {@code PROPOSAL}, {@code INFO} … as written. */
  String type();

  Optional<String> title();

  Optional<String> label();

  List<VoteDocument> documents();

  List<Voting> votings();

  List<SplitRequest> splitRequests();

  /** Requests for roll-call and separate votes. */
  List<VoteRequest> requests();

  /** Other remarks, as written: "Amendments 533 and 534 had been cancelled." */
  List<String> remarks();

  /**
   * The voting on the text as a whole ("Motion for a resolution (as a whole)", the "final vote" of
   * a roll-call request), the last where there are several; absent where the list has none, as for
   * a legislative text voted as a "Provisional agreement" ({@link SubjectKind#PROCEDURAL}).
   */
  default Optional<Voting> wholeText() {
    Voting whole = null;
    for (Voting voting : votings()) {
      if (voting.subjectKind() == SubjectKind.WHOLE) {
        whole = voting;
      }
    }
    return Optional.ofNullable(whole);
  }

  static Builder builder() {
    return new Builder();
  }

  final class Builder extends ImmutableVote.Builder {}
}
