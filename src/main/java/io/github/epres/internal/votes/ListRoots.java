package io.github.epres.internal.votes;

/**
 * The root elements of the EP's two list formats, which tell one from the other: the CLI tells a
 * file's kind by them, and each reader refuses the other's list by name.
 */
public final class ListRoots {
  /** A sitting's voting list ({@code vot-list…}). */
  public static final String VOTING_LIST = "file";

  /** A sitting's roll-call results ({@code rcv-list…}). */
  public static final String ROLL_CALL_LIST = "PV.RollCallVoteResults";

  private ListRoots() {}

  /** What a list of this root is, as a message says it, and which class reads it; or null. */
  static String description(String root) {
    return switch (root) {
      case VOTING_LIST -> "a voting list (VotingList reads it)";
      case ROLL_CALL_LIST -> "a roll-call result list (RollCallList reads it)";
      default -> null;
    };
  }
}
