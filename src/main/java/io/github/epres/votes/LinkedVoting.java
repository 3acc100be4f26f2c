package io.github.epres.votes;

import io.github.epres.internal.EpresStyle;
import org.immutables.value.Value;

/** A voting of a list with what it decides in a parsed document. */
@Value.Immutable
@EpresStyle
public interface LinkedVoting {
  /** The document's number: {@code RC-B10-0249/2025}. */
  String document();

  Voting voting();

  /**
   * What the subject names, whatever the document holds: the voting's {@link Voting#subjectKind()}.
   */
  default SubjectKind subjectKind() {
    return voting().subjectKind();
  }

  VoteTarget target();

  static Builder builder() {
    return new Builder();
  }

  final class Builder extends ImmutableLinkedVoting.Builder {}
}
