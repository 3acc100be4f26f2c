package io.github.epres.votes;

import io.github.epres.internal.semantics.ReferenceFinder;
import io.github.epres.votes.JoinedVoting.Match;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Joins a voting list to the roll-call lists of its sitting: each voting taken by roll call ({@link
 * Voting.ResultType#ROLL_CALL}) with its {@link RollCall}, so that its counts by group and its
 * Members' votes come with it.
 *
 * <p>A roll call is found by id first: its Identifier is the voting's {@code votingId}, as in every
 * real pair of lists. Failing that, by time and subject: a roll call not already taken, of no more
 * than {@link #TIME_TOLERANCE} from the voting's {@code voteTimestamp} (both lists write the
 * sitting's clock, equal to the second in every real pair; the tolerance is well under the dozen
 * seconds between two votings), whose subject is the voting's: the same text as the voting's label
 * once dashes, white space and case are set aside, or, as the two lists may be in two languages,
 * naming EP document numbers all of which the voting's label or vote names. Of several such, the
 * nearest in time. A voting with no counts (lapsed, withdrawn) was not taken, and is matched by id
 * only.
 */
public final class RollCallJoin {
  /** The largest difference in time of a roll call and its voting matched by time and subject. */
  public static final Duration TIME_TOLERANCE = Duration.ofSeconds(5);

  private static final Pattern DASHES = Pattern.compile("[\u2010\u2011\u2012\u2013\u2014]");
  private static final Pattern WHITE_SPACE = Pattern.compile("[\\s\u00A0]+");

  private RollCallJoin() {}

  /**
   * Every voting of {@code list} taken by roll call, in list order, with its roll call from {@code
   * rollCalls} (of two with the same id, the one of the list given first).
   */
  public static List<JoinedVoting> join(VotingList list, Collection<RollCallList> rollCalls) {
    Map<String, RollCall> byId = new HashMap<>();
    List<RollCall> all = new ArrayList<>();
    for (RollCallList rollCallList : rollCalls) {
      for (RollCall call : rollCallList.rollCalls()) {
        if (byId.putIfAbsent(call.id(), call) == null) {
          all.add(call);
        }
      }
    }
    List<Vote> votes = new ArrayList<>();
    List<Voting> votings = new ArrayList<>();
    for (Vote vote : list.votes()) {
      for (Voting voting : vote.votings()) {
        if (voting.resultType().orElse(null) == Voting.ResultType.ROLL_CALL) {
          votes.add(vote);
          votings.add(voting);
        }
      }
    }
    Set<String> taken = new HashSet<>();
    for (Voting voting : votings) {
      if (byId.containsKey(voting.id())) {
        taken.add(voting.id());
      }
    }
    List<JoinedVoting> joined = new ArrayList<>();
    for (int i = 0; i < votings.size(); i++) {
      Voting voting = votings.get(i);
      RollCall call = byId.get(voting.id());
      Match match = Match.ID;
      if (call == null) {
        call = byTimeAndSubject(voting, votes.get(i), all, taken);
        match = call == null ? Match.NONE : Match.TIME_AND_SUBJECT;
      }
      joined.add(
          JoinedVoting.builder()
              .vote(votes.get(i))
              .voting(voting)
              .rollCall(Optional.ofNullable(call))
              .match(match)
              .build());
    }
    return joined;
  }

  /** The nearest roll call in time on the voting's subject, not yet taken (then taken), or null. */
  private static RollCall byTimeAndSubject(
      Voting voting, Vote vote, List<RollCall> calls, Set<String> taken) {
    if (voting.counts().isEmpty() || voting.time().isEmpty()) {
      return null;
    }
    LocalDateTime time = voting.time().get().toLocalDateTime();
    RollCall nearest = null;
    Duration best = null;
    for (RollCall call : calls) {
      Optional<LocalDateTime> at = call.dateTime();
      if (taken.contains(call.id()) || at.isEmpty()) {
        continue;
      }
      Duration apart = Duration.between(at.get(), time).abs();
      if (apart.compareTo(TIME_TOLERANCE) <= 0
          && (best == null || apart.compareTo(best) < 0)
          && sameSubject(call, voting, vote)) {
        nearest = call;
        best = apart;
      }
    }
    if (nearest != null) {
      taken.add(nearest.id());
    }
    return nearest;
  }

  /**
   * Whether a roll call's description is the voting's subject: the same text as its label, or
   * document numbers its label or vote all name.
   */
  static boolean sameSubject(RollCall call, Voting voting, Vote vote) {
    String label = voting.label().orElse("");
    if (!label.isEmpty() && normalised(label).equals(normalised(call.description()))) {
      return true;
    }
    if (call.documents().isEmpty()) {
      return false;
    }
    Set<String> named = new HashSet<>(ReferenceFinder.documentNumbers(label));
    for (VoteDocument document : vote.documents()) {
      named.add(document.number());
    }
    return named.containsAll(call.documents());
  }

  /** Dashes as hyphens, white space as one space, lower case. */
  private static String normalised(String text) {
    String plain = DASHES.matcher(text).replaceAll("-");
    return WHITE_SPACE.matcher(plain).replaceAll(" ").strip().toLowerCase(Locale.ROOT);
  }
}
