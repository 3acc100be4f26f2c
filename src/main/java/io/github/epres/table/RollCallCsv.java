package io.github.epres.table;

import io.github.epres.votes.JoinedVoting;
import io.github.epres.votes.MemberVote;
import io.github.epres.votes.RollCall;
import io.github.epres.votes.RollCallList;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVPrinter;

/**
 * Roll calls as CSV ({@link BlockTable#CSV}, with a header record), one record per Member's vote,
 * with the names of {@link io.github.epres.json.RollCallJson}: {@code vote} is {@code favor},
 * {@code against} or {@code abstention}, {@code documents} the numbers the subject names, separated
 * by spaces. Counts by group are the JSON's; a table of votes sums them.
 */
public final class RollCallCsv {
  /** The columns of {@link #write(RollCallList, Appendable)}. */
  public static final List<String> COLUMNS =
      List.of("rollCall", "time", "documents", "subject", "group", "name", "mepId", "vote");

  /** The columns of {@link #write(List, Appendable)}: the voting's id and match, then those. */
  public static final List<String> JOINED_COLUMNS = joinedColumns();

  private RollCallCsv() {}

  /** Writes every Member's vote of every roll call of a list. */
  public static void write(RollCallList list, Appendable out) throws IOException {
    CSVPrinter csv = VotesCsv.printer(COLUMNS, out);
    for (RollCall call : list.rollCalls()) {
      for (MemberVote vote : call.memberVotes()) {
        csv.printRecord(record(List.of(), call, vote));
      }
    }
    csv.flush();
  }

  /**
   * Writes every Member's vote of the votings joined to roll calls ({@link
   * io.github.epres.votes.RollCallJoin}); a voting with no roll call, or one that names no Member,
   * is one record with its id and match alone.
   */
  public static void write(List<JoinedVoting> joined, Appendable out) throws IOException {
    CSVPrinter csv = VotesCsv.printer(JOINED_COLUMNS, out);
    for (JoinedVoting voting : joined) {
      List<Object> head = List.of(voting.voting().id(), voting.match());
      List<MemberVote> votes = voting.rollCall().map(RollCall::memberVotes).orElse(List.of());
      if (votes.isEmpty()) {
        List<Object> record = new ArrayList<>(head);
        while (record.size() < JOINED_COLUMNS.size()) {
          record.add("");
        }
        csv.printRecord(record);
      }
      for (MemberVote vote : votes) {
        csv.printRecord(record(head, voting.rollCall().get(), vote));
      }
    }
    csv.flush();
  }

  private static List<Object> record(List<Object> head, RollCall call, MemberVote vote) {
    List<Object> record = new ArrayList<>(head);
    record.add(call.id());
    record.add(call.time().orElse(""));
    record.add(String.join(" ", call.documents()));
    record.add(call.description());
    record.add(vote.group());
    record.add(vote.member().name());
    record.add(vote.member().id().orElse(""));
    record.add(vote.position().key());
    return record;
  }

  private static List<String> joinedColumns() {
    List<String> columns = new ArrayList<>(List.of("votingId", "match"));
    columns.addAll(COLUMNS);
    return List.copyOf(columns);
  }
}
