package io.github.epres.votes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.github.epres.corpus.Documents;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every roll-call result list of {@code ../shared/corpus/votes} read without loss: as many roll
 * calls and Members' votes as the XML has, and each count as the list gives it. The counts are the
 * list's, not the names counted: where a published list's totals and names disagree (the corpus
 * keeps one such list, {@code rcv_list_incorrect_…}, see {@code SOURCES.md}), the reader reports
 * both as they are.
 */
class RollCallListTest {
  private static final Path VOTES = Documents.VOTES;

  static Stream<Path> lists() throws IOException {
    return Documents.voteLists("rcv");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("lists")
  void readsEveryRollCallAndMember(Path file) throws IOException {
    assumeTrue(Files.exists(file), "../shared/corpus is absent: " + VOTES);
    String xml = Files.readString(file, StandardCharsets.UTF_8);
    RollCallList list = RollCallList.read(file);
    assertThat(list.rollCalls()).hasSize(count(xml, "<RollCallVote.Result "));
    List<Integer> counts = new ArrayList<>();
    int members = 0;
    for (RollCall call : list.rollCalls()) {
      assertThat(call.description()).isNotBlank();
      counts.addAll(
          List.of(call.counts().favor(), call.counts().against(), call.counts().abstention()));
      members += sum(call.favorVotes()) + sum(call.againstVotes()) + sum(call.abstentionVotes());
      members +=
          call.intendedFavor().size()
              + call.intendedAgainst().size()
              + call.intendedAbstention().size();
    }
    assertThat(counts).isEqualTo(numbers(xml));
    assertThat(members)
        .isEqualTo(count(xml, "<PoliticalGroup.Member.Name ") + count(xml, "<Member.Name "));
    assertThat(list.date()).isPresent();
    java.util.Set<String> groups = new java.util.TreeSet<>();
    list.rollCalls().forEach(c -> c.groups().forEach(g -> groups.add(g.group())));
    int votes = list.rollCalls().stream().mapToInt(c -> c.memberVotes().size()).sum();
    System.out.printf(
        "rcv | %s | %d roll calls | %d Members' votes | %d intentions | groups %s%n",
        file.getFileName(), list.rollCalls().size(), votes, members - votes, groups);
  }

  /**
   * The roll call of 2024-09-18 on B10-0020/2024 as an analyst reads it: its counts, the Members
   * counted by group (whose sums are the counts), a Member's vote, the intentions, and the lookup
   * by the voting list's id.
   */
  @Test
  void readsARollCallByGroupAndMember() throws IOException {
    Path file = VOTES.resolve("rcv_list_pv-10-2024-09-18-rcv-en.xml");
    assumeTrue(Files.exists(file), "../shared/corpus is absent: " + VOTES);
    RollCallList list = RollCallList.read(file);
    RollCall call = list.rollCall("169418").orElseThrow();
    assertThat(list.rollCall("169419").orElseThrow().documents()).containsExactly("B10-0021/2024");
    assertThat(list.rollCall("168834")).isEmpty();
    assertThat(call.description()).isEqualTo("B10-0020/2024 \u2013 Motion for a resolution");
    assertThat(call.documents()).containsExactly("B10-0020/2024");
    assertThat(call.dateTime()).contains(java.time.LocalDateTime.of(2024, 9, 18, 12, 18, 27));
    assertThat(call.counts()).isEqualTo(VoteCounts.of(516, 129, 27));
    assertThat(call.groups())
        .containsExactly(
            GroupCounts.of("ECR", VoteCounts.of(68, 1, 5)),
            GroupCounts.of("ESN", VoteCounts.of(9, 0, 12)),
            GroupCounts.of("NI", VoteCounts.of(27, 4, 0)),
            GroupCounts.of("PPE", VoteCounts.of(63, 105, 7)),
            GroupCounts.of("PfE", VoteCounts.of(78, 0, 0)),
            GroupCounts.of("Renew", VoteCounts.of(51, 19, 3)),
            GroupCounts.of("S&D", VoteCounts.of(126, 0, 0)),
            GroupCounts.of("The Left", VoteCounts.of(44, 0, 0)),
            GroupCounts.of("Verts/ALE", VoteCounts.of(50, 0, 0)));
    assertThat(call.memberVotes()).hasSize(672);
    assertThat(call.memberVotes().get(0))
        .isEqualTo(
            MemberVote.of(
                Member.builder().name("Alexandraki").id("7511").build(),
                "ECR",
                MemberVote.Position.FAVOR));
    assertThat(call.intendedFavor()).extracting(Member::name).containsExactly("Camara", "Mandl");
    assertThat(list.rollCall("169418").orElseThrow().problems()).isEmpty();
    assertThat(list.problems()).isEmpty();
  }

  /** A description whose document number is a link keeps the link's text: the number. */
  @Test
  void keepsTheDocumentNumberOfALink() throws IOException {
    Path file = VOTES.resolve("rcv_list_pv-9-2023-12-12-rcv-fr.xml");
    assumeTrue(Files.exists(file), "../shared/corpus is absent: " + VOTES);
    RollCall call = RollCallList.read(file).rollCalls().get(0);
    assertThat(call.description())
        .isEqualTo(
            "The political disqualifications in Venezuela \u2013 RC-B9-0331/2023 \u2013 Motion for"
                + " a resolution (as a whole)");
    assertThat(call.documents()).containsExactly("RC-B9-0331/2023");
  }

  /** The lists but the one published with wrong totals. */
  static Stream<Path> correctLists() throws IOException {
    return lists().filter(file -> !file.getFileName().toString().contains("incorrect"));
  }

  /** Each roll call's counts agree with the Members listed under them, as published. */
  @ParameterizedTest(name = "{0}")
  @MethodSource("correctLists")
  void countsTheMembersItNames(Path file) throws IOException {
    assumeTrue(Files.exists(file), "../shared/corpus is absent: " + VOTES);
    for (RollCall call : RollCallList.read(file).rollCalls()) {
      assertThat(sum(call.favorVotes())).as(call.id()).isEqualTo(call.counts().favor());
      assertThat(sum(call.againstVotes())).as(call.id()).isEqualTo(call.counts().against());
      assertThat(sum(call.abstentionVotes())).as(call.id()).isEqualTo(call.counts().abstention());
    }
  }

  /** The list whose count (2 for) names one Member is read as published: 2, and that one name. */
  @Test
  void readsAListWhoseTotalsAndNamesDisagreeAsPublished() throws IOException {
    Path file = VOTES.resolve("rcv_list_incorrect_pv-9-2020-07-23-rcv-fr.xml");
    assumeTrue(Files.exists(file), "../shared/corpus is absent: " + VOTES);
    RollCall call = RollCallList.read(file).rollCalls().get(0);
    assertThat(call.id()).isEqualTo("116365");
    assertThat(call.counts()).isEqualTo(VoteCounts.of(2, 1, 1));
    assertThat(call.favorVotes())
        .singleElement()
        .satisfies(g -> assertThat(g.group()).isEqualTo("ECR"));
    assertThat(call.favorVotes().get(0).members())
        .extracting(Member::name)
        .containsExactly("Aguilar");
    assertThat(call.problems()).containsExactly("2 favor counted, 1 Member named");
    assertThat(RollCallList.read(file).problems())
        .containsExactly("roll call 116365: 2 favor counted, 1 Member named");
  }

  /** Each roll call's Number of votes for, against and abstaining, 0 where a result is absent. */
  private static List<Integer> numbers(String xml) {
    List<Integer> numbers = new ArrayList<>();
    String[] calls = xml.split("<RollCallVote\\.Result ", -1);
    for (String call : List.of(calls).subList(1, calls.length)) {
      for (String position : List.of("For", "Against", "Abstention")) {
        Matcher m = Pattern.compile("<Result\\." + position + " Number=\"(\\d+)\"").matcher(call);
        numbers.add(m.find() ? Integer.parseInt(m.group(1)) : 0);
      }
    }
    return numbers;
  }

  private static int sum(List<GroupVotes> groups) {
    return groups.stream().mapToInt(g -> g.members().size()).sum();
  }

  private static int count(String xml, String element) {
    Matcher m = Pattern.compile(Pattern.quote(element)).matcher(xml);
    int n = 0;
    while (m.find()) {
      n++;
    }
    return n;
  }
}
