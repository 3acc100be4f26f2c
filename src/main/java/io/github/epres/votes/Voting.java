package io.github.epres.votes;

import io.github.epres.internal.EpresStyle;
import java.time.OffsetDateTime;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One voting of a vote, as the list gives it: its subject ("§ 1", "After § 4", "Recital B",
 * "B10-0247/2025", "Motion for a resolution (as a whole)"), what the subject names, the amendment
 * and its author, the part marker of a split or roll-call vote, the result and, for roll calls and
 * electronic votes, the counts. A title row ("Joint motion for a resolution RC-…") has a subject
 * and no result.
 */
@Value.Immutable
@EpresStyle
public interface Voting {
  /** A voting's result, as the list's {@code result} codes name them. */
  enum Result {
    ADOPTED,
    REJECTED,
    /** Not voted on because an earlier voting decided it ("fell"). */
    LAPSED,
    WITHDRAWN,
    /** A code this version does not know; {@link Voting#resultCode()} holds it as written. */
    UNKNOWN;

    /** The result a list's code names: {@code "ADOPTED"} is {@link #ADOPTED}. */
    public static Result of(String code) {
      for (Result result : values()) {
        if (result != UNKNOWN && result.name().equals(code)) {
          return result;
        }
      }
      return UNKNOWN;
    }
  }

  /** How a voting was taken, as the list's {@code resultType} codes name it. */
  enum ResultType {
    /** By show of hands ({@code RAISE_HAND}). */
    RAISE_HAND,
    /** By roll call: each Member's vote is recorded ({@code ROLL_CALL}). */
    ROLL_CALL,
    /** By electronic vote, counted but not recorded by name ({@code ELECTRONICAL}). */
    ELECTRONIC("ELECTRONICAL"),
    /** By secret ballot ({@code SECRET}). */
    SECRET,
    /** A code this version does not know; {@link Voting#resultTypeCode()} holds it as written. */
    UNKNOWN;

    private final String code;

    ResultType() {
      this.code = name();
    }

    ResultType(String code) {
      this.code = code;
    }

    /** The type a list's code names: {@code "ELECTRONICAL"} is {@link #ELECTRONIC}. */
    public static ResultType of(String code) {
      for (ResultType type : values()) {
        if (type != UNKNOWN && type.code.equals(code)) {
          return type;
        }
      }
      return UNKNOWN;
    }
  }

  /** The list's id of the voting. */
  String id();

  /**
   * The list's {@code voteTimestamp}: when the voting was taken, for one with counts; for one not
   * voted on (lapsed, a title row), when the list was last edited.
   */
  Optional<OffsetDateTime> time();

  /** Its position in its vote, from 0. */
  int index();

  /** {@code AMENDMENT} (any voting) or {@code TITLE_BLOCK} (a title row), as written. */
  String type();

  /** The list's title of the voting, as written: a title row's or a whole-text row's subject. */
  Optional<String> title();

  Optional<String> label();

  /**
   * The subject as written, with no-break spaces and hyphens as plain ones: the amendment subject
   * ("§ 1", "After recital B", "Article 3, § 2", "B10-0247/2025") or, for a title row or a vote on
   * the whole text where the list has none, the voting's title ("Joint motion for a resolution
   * RC-B10-0249/2025\n(PPE, …)", "Motion for a resolution (as a whole)"). Every voting has one;
   * empty only where the list gives neither.
   */
  String subject();

  /** What the subject names, read with the words of the list's language. */
  SubjectKind subjectKind();

  /** The amendment number, "1", "4D", or "§" for the original text. */
  Optional<String> amendment();

  /** Who tabled it: a group, "committee", "original text". */
  Optional<String> author();

  /**
   * The result code as the list writes it: {@code ADOPTED}, {@code REJECTED}, {@code LAPSED},
   * {@code WITHDRAWN}; absent for a title row and for the row announcing a split vote.
   */
  Optional<String> resultCode();

  /** The result; absent where {@link #resultCode()} is, {@code UNKNOWN} for a code not known. */
  default Optional<Result> result() {
    return resultCode().map(Result::of);
  }

  /** Whether the result is {@link Result#ADOPTED}. */
  default boolean adopted() {
    return result().orElse(null) == Result.ADOPTED;
  }

  /** The result type code as the list writes it: {@code RAISE_HAND}, {@code ELECTRONICAL} … */
  Optional<String> resultTypeCode();

  /** How the voting was taken; absent where {@link #resultTypeCode()} is. */
  default Optional<ResultType> resultType() {
    return resultTypeCode().map(ResultType::of);
  }

  /**
   * The marker of the voting's kind: {@code RCV} (roll call), {@code EV} (electronic), {@code
   * split} (the row announcing a split vote), {@code 1}, {@code 2} (its parts), {@code 1/RCV}.
   */
  Optional<String> marker();

  /** The counts of a roll-call, electronic or secret vote; absent for a show of hands. */
  Optional<VoteCounts> counts();

  static Builder builder() {
    return new Builder();
  }

  final class Builder extends ImmutableVoting.Builder {}
}
