package io.github.epres.examples;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.epres.votes.VotingList;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class FinalVotesTest {
  /** A list in the EP's layout: a title row, an amendment, the vote as a whole by roll call. */
  private static final String LIST =
      "<?xml version=\"1.0\" encoding=\"UTF-8\"?><file language=\"EN\" date=\"2025-05-08+02:00\">"
          + "<sitting date=\"2025-05-08+02:00\"><votes><vote listIndex=\"0\" type=\"RESOLUTION\">"
          + "<title>Human rights in Kazakhstan</title><votings>"
          + "<voting type=\"TITLE_BLOCK\" votingId=\"1\" listIndex=\"0\"><title>Motion for a"
          + " resolution B10-0001/2025</title><amendmentSubject/></voting>"
          + "<voting type=\"AMENDMENT\" votingId=\"2\" listIndex=\"1\" result=\"REJECTED\""
          + " resultType=\"RAISE_HAND\"><title/><amendmentSubject>After § 4</amendmentSubject>"
          + "<amendmentNumber>1</amendmentNumber></voting>"
          + "<voting type=\"AMENDMENT\" votingId=\"3\" listIndex=\"2\" result=\"ADOPTED\""
          + " resultType=\"ROLL_CALL\" numberFavor=\"516\" numberAgainst=\"3\""
          + " numberAbstention=\"34\"><title>Motion for a resolution (as a whole)</title>"
          + "<amendmentSubject/></voting></votings>"
          + "<documents><document documentNumber=\"B10-0001/2025\" documentType=\"PR\"/>"
          + "</documents></vote></votes></sitting></file>";

  @Test
  void printsTheVoteOnTheWholeText() throws Exception {
    VotingList list =
        VotingList.read(new ByteArrayInputStream(LIST.getBytes(StandardCharsets.UTF_8)));
    assertThat(FinalVotes.summarize(list))
        .isEqualTo("Human rights in Kazakhstan: ADOPTED (516 for, 3 against, 34 abstentions)\n");
  }
}
