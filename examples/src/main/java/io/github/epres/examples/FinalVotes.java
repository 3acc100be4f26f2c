package io.github.epres.examples;

import io.github.epres.votes.Vote;
import io.github.epres.votes.Voting;
import io.github.epres.votes.VotingList;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Prints, for each vote of a sitting's voting list (the EP's "vot-list" XML), the result and the
 * counts of its vote on the text as a whole: the example of reading votes as a library.
 */
public final class FinalVotes {
  private FinalVotes() {}

  public static void main(String[] args) throws IOException {
    System.out.print(summarize(VotingList.read(Path.of(args[0]))));
  }

  static String summarize(VotingList list) {
    StringBuilder out = new StringBuilder();
    for (Vote vote : list.votes()) {
      Optional<Voting> whole = vote.wholeText();
      if (whole.isEmpty()) {
        continue; // a vote with no vote on the whole text, such as a legislative agreement
      }
      Voting v = whole.get();
      out.append(vote.title().orElse(v.subject())).append(": ");
      out.append(v.result().map(Voting.Result::name).orElse("no result"));
      v.counts()
          .ifPresent(
              c ->
                  out.append(
                      String.format(
                          " (%d for, %d against, %d abstentions)",
                          c.favor(), c.against(), c.abstention())));
      out.append('\n');
    }
    return out.toString();
  }
}
