package io.github.epres.votes;

import io.github.epres.internal.EpresStyle;
import org.immutables.value.Value;

/** A document a vote is on: {@code RC-B10-0249/2025} (type RC), {@code B10-0249/2025} (PR). */
@Value.Immutable
@EpresStyle
public interface VoteDocument {
  /** The number, with the RC- prefix for a joint motion and non-breaking hyphens as hyphens. */
  String number();

  /** The list's type: {@code RC}, {@code PR} (a motion), {@code A} (a report) … */
  String type();

  static Builder builder() {
    return new Builder();
  }

  final class Builder extends ImmutableVoteDocument.Builder {}
}
