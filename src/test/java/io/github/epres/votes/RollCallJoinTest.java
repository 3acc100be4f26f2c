package io.github.epres.votes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.github.epres.corpus.Documents;
import io.github.epres.votes.JoinedVoting.Match;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Voting lists joined to roll-call lists: by id on the real sitting of 2024-04-24 (an English
 * voting list, two French extracts of its roll calls), and by id, by time and subject, or not at
 * all on lists made for the tests.
 */
class RollCallJoinTest {
  private static final Path VOTES = Documents.VOTES;

  /**
   * The 129 votings by roll call of 2024-04-24: the two extracts hold 168834 (both) and 168864,
   * found by id; their counts are the extracts' (one Member each), not the sitting's.
   */
  @Test
  void joinsTheSittingOf20240424ById() throws IOException {
    Path list = VOTES.resolve("vot-list_pv-9-2024-04-24-vot-en.xml");
    assumeTrue(Files.exists(list), "../shared/corpus is absent: " + VOTES);
    List<JoinedVoting> joined =
        RollCallJoin.join(
            VotingList.read(list),
            List.of(
                RollCallList.read(VOTES.resolve("rcv-list_pv-9-2024-04-24-rcv-fr-noon.xml")),
                RollCallList.read(VOTES.resolve("rcv-list_pv-9-2024-04-24-rcv-fr-evening.xml"))));
    assertThat(joined).hasSize(129);
    List<JoinedVoting> found = joined.stream().filter(j -> j.rollCall().isPresent()).toList();
    assertThat(found)
        .extracting(j -> j.voting().id(), JoinedVoting::match)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("168834", Match.ID),
            org.assertj.core.groups.Tuple.tuple("168864", Match.ID));
    JoinedVoting first = found.get(0);
    assertThat(first.vote().documents())
        .extracting(VoteDocument::number)
        .containsExactly("A9-0163/2024");
    assertThat(first.voting().counts()).contains(VoteCounts.of(468, 107, 35));
    assertThat(first.rollCall().get().counts()).isEqualTo(VoteCounts.of(1, 0, 0));
    assertThat(first.rollCall().get().description())
        .isEqualTo("A9-0163/2024 - Gabriele Bischoff - Article 10, § 6, alinéa 2 - Am 1");
    assertThat(first.rollCall().get().memberVotes())
        .containsExactly(
            MemberVote.of(
                Member.builder().name("Adamowicz").id("6883").build(),
                "PPE",
                MemberVote.Position.FAVOR));
    assertThat(first.countsAgree()).isFalse();
    JoinedVoting second = found.get(1);
    assertThat(second.voting().counts()).contains(VoteCounts.of(135, 423, 16));
    assertThat(second.rollCall().get().counts()).isEqualTo(VoteCounts.of(0, 1, 0));
    assertThat(second.rollCall().get().time()).contains("2024-04-24 17:18:07");
    assertThat(joined.stream().filter(j -> j.match() == Match.NONE)).hasSize(127);
  }

  /**
   * Without ids, the French extract's roll call 168834 is still found, at 12:24:12, by its document
   * A9-0163/2024 (its text is French, the voting list's English); 168864 names a Council document,
   * which no EP number reads, and is not.
   */
  @Test
  void findsARealRollCallByTimeAndDocumentAcrossLanguages() throws IOException {
    Path list = VOTES.resolve("vot-list_pv-9-2024-04-24-vot-en.xml");
    assumeTrue(Files.exists(list), "../shared/corpus is absent: " + VOTES);
    RollCallList evening =
        RollCallList.read(VOTES.resolve("rcv-list_pv-9-2024-04-24-rcv-fr-evening.xml"));
    RollCallList withoutIds =
        RollCallList.builder()
            .from(evening)
            .rollCalls(
                evening.rollCalls().stream()
                    .map(c -> RollCall.builder().from(c).id("x" + c.id()).build())
                    .toList())
            .build();
    List<JoinedVoting> found =
        RollCallJoin.join(VotingList.read(list), List.of(withoutIds)).stream()
            .filter(j -> j.rollCall().isPresent())
            .toList();
    assertThat(found)
        .singleElement()
        .satisfies(
            j -> {
              assertThat(j.voting().id()).isEqualTo("168834");
              assertThat(j.match()).isEqualTo(Match.TIME_AND_SUBJECT);
              assertThat(j.rollCall().get().id()).isEqualTo("x168834");
            });
  }

  /**
   * The small lists: 1001 by id; 1002 by time (one second apart) and document; 1003 has a roll call
   * at its time on another document, so none; 1004 lapsed; 1006's roll call is a minute off.
   */
  @Test
  void joinsByIdElseByTimeAndSubject() throws IOException {
    List<JoinedVoting> joined =
        RollCallJoin.join(small("voting-list-small.xml"), List.of(rollCalls("rollcall-small.xml")));
    assertThat(joined)
        .extracting(j -> j.voting().id(), JoinedVoting::match, j -> j.rollCall().map(RollCall::id))
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("1001", Match.ID, java.util.Optional.of("1001")),
            org.assertj.core.groups.Tuple.tuple(
                "1002", Match.TIME_AND_SUBJECT, java.util.Optional.of("2002")),
            org.assertj.core.groups.Tuple.tuple("1003", Match.NONE, java.util.Optional.empty()),
            org.assertj.core.groups.Tuple.tuple("1004", Match.NONE, java.util.Optional.empty()),
            org.assertj.core.groups.Tuple.tuple("1006", Match.NONE, java.util.Optional.empty()));
    assertThat(joined)
        .extracting(JoinedVoting::countsAgree)
        .containsExactly(true, true, false, false, false);
  }

  /** Two lists: 1003 is in the second; 1001, in both, is the first list's. */
  @Test
  void joinsSeveralListsTheFirstGivenFirst() throws IOException {
    List<JoinedVoting> joined =
        RollCallJoin.join(
            small("voting-list-small.xml"),
            List.of(rollCalls("rollcall-small.xml"), rollCalls("rollcall-second.xml")));
    assertThat(joined.get(0).rollCall().get().counts()).isEqualTo(VoteCounts.of(2, 1, 1));
    assertThat(joined.get(2).match()).isEqualTo(Match.ID);
    assertThat(joined.get(2).rollCall().get().groups())
        .containsExactly(GroupCounts.of("Renew", VoteCounts.of(1, 0, 0)));
  }

  /** No roll-call list at all: every voting by roll call, none found. */
  @Test
  void joinsNothingToNoList() throws IOException {
    assertThat(RollCallJoin.join(small("voting-list-small.xml"), List.of()))
        .extracting(JoinedVoting::match)
        .containsOnly(Match.NONE)
        .hasSize(5);
  }

  /** The same subject: the label's text once dashes, spaces and case are set aside. */
  @Test
  void aSubjectIsTheSameTextOrTheSameDocuments() throws IOException {
    VotingList list = small("voting-list-small.xml");
    Vote vote = list.votes().get(0);
    Voting voting = vote.votings().get(5);
    RollCall.Builder call = RollCall.builder().id("1").counts(VoteCounts.of(0, 0, 0));
    assertThat(
            RollCallJoin.sameSubject(
                call.description("b9-0100/2024  -  MOTION for a resolution").build(), voting, vote))
        .isTrue();
    assertThat(RollCallJoin.sameSubject(call.description("Rejet").build(), voting, vote)).isFalse();
    assertThat(
            RollCallJoin.sameSubject(
                call.description("B9-0100/2024 - Rejet").build(), voting, vote))
        .isTrue();
    assertThat(
            RollCallJoin.sameSubject(
                call.description("B9-0100/2024, B9-0101/2024").build(), voting, vote))
        .isFalse();
  }

  static VotingList small(String name) throws IOException {
    try (InputStream in = RollCallJoinTest.class.getResourceAsStream("/votes/" + name)) {
      return VotingList.read(in);
    }
  }

  static RollCallList rollCalls(String name) throws IOException {
    try (InputStream in = RollCallJoinTest.class.getResourceAsStream("/votes/" + name)) {
      return RollCallList.read(in);
    }
  }
}
