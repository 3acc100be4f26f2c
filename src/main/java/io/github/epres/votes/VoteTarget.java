package io.github.epres.votes;

import io.github.epres.internal.EpresStyle;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * What a voting decides in a parsed document: the document as a whole, a block ({@code para_1},
 * {@code rec_B}, {@code cit_3}, a point), the place after or before one (an amendment inserting
 * text), a part of a block (a split vote's part, as ranges of its text), another document (a motion
 * a joint motion replaced), a title row of the list, or nothing, with the reason.
 */
@Value.Immutable
@EpresStyle
public interface VoteTarget {
  enum Kind {
    DOCUMENT,
    BLOCK,
    AFTER,
    BEFORE,
    PART,
    OTHER_DOCUMENT,
    TITLE,
    UNRESOLVED
  }

  Kind kind();

  /** The block's id ({@code para_4}), or for OTHER_DOCUMENT the document's number. */
  Optional<String> id();

  /** For PART: the ranges of the block's text the part holds (two for "without the words"). */
  List<TextRange> ranges();

  /** For UNRESOLVED: why ("no § 12 in the document", "a legislative article"). */
  Optional<String> reason();

  /**
   * Whether this target is of {@code kind} with {@code id}: {@code is(BLOCK, "para_5")} for a
   * voting on § 5 itself, {@code is(AFTER, "para_4")} for an amendment inserted after § 4.
   */
  default boolean is(Kind kind, String id) {
    return kind() == kind && id().filter(id::equals).isPresent();
  }

  static Builder builder() {
    return new Builder();
  }

  final class Builder extends ImmutableVoteTarget.Builder {}
}
