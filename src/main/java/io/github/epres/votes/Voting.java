package io.github.epres.votes;

import io.github.epres.internal.EpresStyle;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One voting of a vote, as the list gives it: its subject ("§ 1", "After § 4", "Recital B",
 * "B10-0247/2025"), the amendment and its author, the part marker of a split or roll-call vote, the
 * result and, for roll calls and electronic votes, the counts. A title row ("Joint motion for a
 * resolution RC-…") has a title and no result.
 */
@Value.Immutable
@EpresStyle
public interface Voting {
  /** The list's id of the voting. */
  String id();

  /** Its position in its vote, from 0. */
  int index();

  /** {@code AMENDMENT} (any voting) or {@code TITLE_BLOCK} (a title row). */
  String type();

  Optional<String> title();

  Optional<String> label();

  /** The subject as written: "§ 1", "After recital B", "Article 3, § 2". */
  Optional<String> subject();

  /** The amendment number, "1", "4D", or "§" for the original text. */
  Optional<String> amendment();

  /** Who tabled it: a group, "committee", "original text". */
  Optional<String> author();

  /** {@code ADOPTED}, {@code REJECTED}, {@code LAPSED}, {@code WITHDRAWN} … as written. */
  Optional<String> result();

  /** {@code RAISE_HAND}, {@code ROLL_CALL}, {@code ELECTRONICAL}, {@code SECRET}. */
  Optional<String> resultType();

  /**
   * The marker of the voting's kind: {@code RCV} (roll call), {@code EV} (electronic), {@code
   * split} (the row announcing a split vote), {@code 1}, {@code 2} (its parts), {@code 1/RCV}.
   */
  Optional<String> marker();

  Optional<Integer> favor();

  Optional<Integer> against();

  Optional<Integer> abstention();

  Optional<Integer> voters();

  static Builder builder() {
    return new Builder();
  }

  final class Builder extends ImmutableVoting.Builder {}
}
