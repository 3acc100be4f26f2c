package io.github.epres.votes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.github.epres.ResolutionParser;
import io.github.epres.corpus.Documents;
import io.github.epres.model.Resolution;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every voting list of {@code ../shared/corpus/votes} read without loss (as many votes and votings
 * as the XML has) with every subject classified; roll-call result files refused with a message;
 * constructed lists for the French forms, points, "without the words" parts and a subject the
 * document lacks.
 */
class VotingListTest {
  private static final Path VOTES = Documents.VOTES;

  static Stream<Path> lists() throws IOException {
    return Documents.voteLists("vot-");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("lists")
  void readsEveryVoteAndVoting(Path file) throws IOException {
    assumeTrue(Files.exists(file), "../shared/corpus is absent: " + VOTES);
    String xml = Files.readString(file, StandardCharsets.UTF_8);
    VotingList list = VotingList.read(file);
    assertThat(list.votes()).hasSize(count(xml, "<vote "));
    assertThat(list.votes().stream().mapToInt(v -> v.votings().size()).sum())
        .isEqualTo(count(xml, "<voting "));
    assertThat(list.votes().stream().mapToInt(v -> v.splitRequests().size()).sum())
        .isEqualTo(count(xml, "<item>"));
    assertThat(list.votes().stream().mapToInt(v -> v.requests().size()).sum())
        .isEqualTo(count(xml, "<RemarkRollCallSeparated>"));
    assertThat(list.votes().stream().mapToInt(v -> v.remarks().size()).sum())
        .isEqualTo(count(xml, "<remarkFreeText>"));
    assertThat(list.glossary()).hasSize(distinctCodes(xml));
    assertThat(list.date()).isPresent();

    Map<SubjectKind, Integer> kinds = new EnumMap<>(SubjectKind.class);
    for (LinkedVoting l : VoteLinker.classify(list)) {
      kinds.merge(l.subjectKind(), 1, Integer::sum);
      if (l.subjectKind() == SubjectKind.NOT_UNDERSTOOD) {
        System.out.println("votes |   not understood: " + l.voting().subject());
      }
    }
    int total = kinds.values().stream().mapToInt(Integer::intValue).sum();
    int understood = total - kinds.getOrDefault(SubjectKind.NOT_UNDERSTOOD, 0);
    System.out.printf(
        "votes | %s | %d votes | %d votings | %d understood | %s%n",
        file.getFileName(), list.votes().size(), total, understood, kinds);
    assertThat(kinds.getOrDefault(SubjectKind.NOT_UNDERSTOOD, 0)).isZero();
  }

  /**
   * Every voting has its subject (a title row's and a whole-text row's from its title), every
   * result and result type is one the enums know, and the counts are there for every electronic and
   * secret vote.
   */
  @ParameterizedTest(name = "{0}")
  @MethodSource("lists")
  void everyVotingHasASubjectAndKnownResults(Path file) throws IOException {
    assumeTrue(Files.exists(file), "../shared/corpus is absent: " + VOTES);
    for (Vote vote : VotingList.read(file).votes()) {
      for (Voting v : vote.votings()) {
        assertThat(v.subject()).as(v.id()).isNotBlank();
        if (v.title().isPresent()) {
          assertThat(v.subject()).as(v.id()).isEqualTo(v.title().get().replace('\u00A0', ' '));
        }
        assertThat(v.result()).as(v.id()).isNotEqualTo(Optional.of(Voting.Result.UNKNOWN));
        assertThat(v.resultType()).as(v.id()).isNotEqualTo(Optional.of(Voting.ResultType.UNKNOWN));
        assertThat(v.result().isPresent()).isEqualTo(v.resultCode().isPresent());
        if (v.type().equals("TITLE_BLOCK")) {
          assertThat(v.subjectKind()).isEqualTo(SubjectKind.TITLE);
          assertThat(v.result()).isEmpty();
        }
        v.resultType()
            .filter(t -> t == Voting.ResultType.ELECTRONIC || t == Voting.ResultType.SECRET)
            .ifPresent(t -> assertThat(v.counts()).as(v.id()).isPresent());
      }
    }
  }

  /**
   * The votes of 8 May 2025 on RC-B10-0249/2025: the title row's subject is its title as the list
   * gives it, and the vote as a whole was adopted by roll call, 516 for, 3 against, 34 abstentions.
   */
  @Test
  void titleRowsAndTheWholeTextKeepTheirSubjectAndCounts() throws IOException {
    Path file = VOTES.resolve("vot-list_pv-10-2025-05-08-vot-en.xml");
    assumeTrue(Files.exists(file), "../shared/corpus is absent: " + VOTES);
    Vote vote = VotingList.read(file).votes().get(1);
    Voting title = vote.votings().get(0);
    assertThat(title.subject())
        .isEqualTo(
            "Joint motion for a resolution RC-B10-0249/2025\n(PPE, S&D, ECR, Renew, Verts/ALE,"
                + " Members)");
    assertThat(title.subjectKind()).isEqualTo(SubjectKind.TITLE);
    assertThat(title.result()).isEmpty();
    assertThat(title.adopted()).isFalse();

    Voting whole = vote.wholeText().orElseThrow();
    assertThat(whole.subject()).isEqualTo("Motion for a resolution (as a whole)");
    assertThat(whole.subjectKind()).isEqualTo(SubjectKind.WHOLE);
    assertThat(whole.result()).contains(Voting.Result.ADOPTED);
    assertThat(whole.adopted()).isTrue();
    assertThat(whole.resultType()).contains(Voting.ResultType.ROLL_CALL);
    assertThat(whole.counts()).contains(VoteCounts.of(516, 3, 34));
    assertThat(whole.counts().orElseThrow().voters()).isEqualTo(553);

    Voting lapsed = vote.votings().get(9);
    assertThat(lapsed.subject()).isEqualTo("B10-0247/2025");
    assertThat(lapsed.result()).contains(Voting.Result.LAPSED);
    assertThat(lapsed.counts()).isEmpty();
  }

  /** The list's ELECTRONICAL is ELECTRONIC, its code kept as written. */
  @Test
  void anElectronicVote() throws IOException {
    Path file = VOTES.resolve("vot-list_pv-10-2024-11-28-vot-en.xml");
    assumeTrue(Files.exists(file), "../shared/corpus is absent: " + VOTES);
    Voting electronic =
        VotingList.read(file).votes().stream()
            .flatMap(v -> v.votings().stream())
            .filter(v -> v.id().equals("170845"))
            .findFirst()
            .orElseThrow();
    assertThat(electronic.resultType()).contains(Voting.ResultType.ELECTRONIC);
    assertThat(electronic.resultTypeCode()).contains("ELECTRONICAL");
    assertThat(electronic.marker()).contains("EV");
    assertThat(electronic.subject()).isEqualTo("After § 3");
    assertThat(electronic.counts()).contains(VoteCounts.of(237, 170, 181));
  }

  /**
   * A code no real list uses is UNKNOWN, and kept as written; counts that are not numbers are
   * absent.
   */
  @Test
  void anUnknownResultKeepsItsCode() throws IOException {
    String xml =
        "<file language=\"EN\"><sitting date=\"2025-05-08\"><votes><vote listIndex=\"0\""
            + " type=\"RESOLUTION\"><votings><voting type=\"AMENDMENT\" votingId=\"1\""
            + " listIndex=\"0\" result=\"POSTPONED\" resultType=\"BY_LOT\" numberFavor=\"x\""
            + " numberAgainst=\"1\" numberAbstention=\"2\"><title/><amendmentSubject>§ 1"
            + "</amendmentSubject></voting></votings></vote></votes></sitting></file>";
    Voting v = read(xml).votes().get(0).votings().get(0);
    assertThat(v.result()).contains(Voting.Result.UNKNOWN);
    assertThat(v.resultCode()).contains("POSTPONED");
    assertThat(v.resultType()).contains(Voting.ResultType.UNKNOWN);
    assertThat(v.resultTypeCode()).contains("BY_LOT");
    assertThat(v.counts()).isEmpty();
    assertThat(v.subjectKind()).isEqualTo(SubjectKind.BLOCK);
  }

  /** A roll-call count that is not a number is read as none (0), never a NumberFormatException. */
  @Test
  void aRollCallListWithABadCountIsReadAsZero() throws IOException {
    String xml =
        "<PV.RollCallVoteResults><RollCallVote.Result Identifier=\"1\">"
            + "<Result.For Number=\"many\"/></RollCallVote.Result></PV.RollCallVoteResults>";
    RollCallList list =
        RollCallList.read(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
    assertThat(list.rollCalls().get(0).counts()).isEqualTo(VoteCounts.of(0, 0, 0));
  }

  @Test
  void rollCallResultListsAreRefusedWithAMessage() {
    Path rcv = VOTES.resolve("rcv_list_pv-10-2024-09-18-rcv-en.xml");
    assumeTrue(Files.exists(rcv), "../shared/corpus is absent: " + VOTES);
    assertThatThrownBy(() -> VotingList.read(rcv))
        .isInstanceOf(IOException.class)
        .hasMessageContaining("PV.RollCallVoteResults");
  }

  /**
   * What is not a voting list says so in one line, with where and what: a text is not XML, a web
   * page has another root, a cut list ends early, a roll-call list is named as one.
   */
  @Test
  void whatIsNotAListSaysWhyInOneLine() {
    assertThatThrownBy(() -> read("Eiropas Parlamenta 2021. gada rezolūcija\n"))
        .hasMessage(
            "not a voting list: it is not XML (line 1, column 1: Content is not allowed in"
                + " prolog.)");
    assertThatThrownBy(() -> read("<!DOCTYPE html>\n<html><body><p>x</p></body></html>"))
        .hasMessage(
            "not a voting list: line 2, column 7: the root element is <html>, not a voting list's"
                + " <file>");
    assertThatThrownBy(() -> read(""))
        .hasMessage("not a voting list: it is not XML (line 1, column 1: Premature end of file.)");
    assertThatThrownBy(() -> read("<file><sitting date=\"2025-01-01\"><votes><vote"))
        .hasMessageStartingWith("not a voting list: line 1, column ")
        .hasMessageNotContaining("ParseError")
        .hasMessageNotContaining("\n");
    assertThatThrownBy(() -> read("<PV.RollCallVoteResults/>"))
        .hasMessageEndingWith(
            "the root element is <PV.RollCallVoteResults>, not a voting list's <file>: it is a"
                + " roll-call result list (RollCallList reads it)");
    assertThatThrownBy(
            () ->
                RollCallList.read(
                    new ByteArrayInputStream("<file/>".getBytes(StandardCharsets.UTF_8))))
        .hasMessageEndingWith(
            "the root element is <file>, not a roll-call list's <PV.RollCallVoteResults>: it is a"
                + " voting list (VotingList reads it)");
  }

  @Test
  void anExternalEntityIsNeverRead() {
    String xml =
        "<?xml version=\"1.0\"?><!DOCTYPE file [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>"
            + "<file language=\"EN\"><sitting date=\"2025-05-08\"><votes><vote listIndex=\"0\""
            + " type=\"INFO\"><title>&x;</title></vote></votes></sitting></file>";
    assertThatThrownBy(() -> read(xml)).isInstanceOf(IOException.class);
  }

  @Test
  void frenchSubjectsPointsAndPartsWithoutTheWords() throws IOException {
    String text =
        String.join(
                "\n",
                "Résolution du Parlement européen du 8 mai 2025 sur la situation (2025/2691(RSP))",
                "Le Parlement européen,",
                "– vu ses résolutions antérieures,",
                "A. considérant que la situation est grave;",
                "1. demande à la Commission d’agir et salue les efforts des ONG;",
                "2. invite le Conseil:",
                "a) à agir;",
                "b) à agir vite;",
                "3. charge sa Présidente de transmettre la présente résolution au Conseil.")
            + "\n";
    Resolution doc = ResolutionParser.builder().build().parse("B10-0300/2025\n" + text);
    String xml =
        "<file language=\"FR\" date=\"2025-05-22+02:00\"><sitting date=\"2025-05-22+02:00\"><votes>"
            + "<vote listIndex=\"0\" type=\"RESOLUTION\"><title>Situation</title><votings>"
            + voting("1", "Après le § 2", "1", "ADOPTED", "")
            + voting("2", "Considérant A", "§", "ADOPTED", "")
            + voting("3", "§ 1", "§", "", "split")
            + voting("4", "§ 1", "§", "ADOPTED", "1")
            + voting("5", "§ 1", "§", "REJECTED", "2")
            + voting("6", "§ 2, point b", "§", "ADOPTED", "")
            + voting("7", "§ 12", "§", "ADOPTED", "")
            + voting("8", "Après le considérant A", "2", "REJECTED", "")
            + voting("9", "Avant le § 1", "3", "REJECTED", "")
            + voting("10", "Visa 1", "4", "ADOPTED", "")
            + "</votings><remarks><remark><remarkSplitVotes><remarkSplitVote><items><item>"
            + "<title>§ 1</title><parts><part><partSection>Première partie</partSection>"
            + "<partValue>Ensemble du texte à l'exception des termes: ‘et salue les efforts des"
            + " ONG’</partValue></part><part><partSection>Deuxième partie</partSection>"
            + "<partValue>ces termes</partValue></part></parts></item></items>"
            + "</remarkSplitVote></remarkSplitVotes></remark></remarks>"
            + "<documents><document documentNumber=\"B10-0300/2025\" documentType=\"PR\"/>"
            + "</documents></vote></votes></sitting></file>";
    List<LinkedVoting> linked = VoteLinker.link(read(xml), List.of(doc));
    assertThat(linked)
        .extracting(
            l -> l.target().kind() + " " + l.target().id().orElse(l.target().reason().orElse("")))
        .containsExactly(
            "AFTER para_2",
            "BLOCK rec_A",
            "BLOCK para_1",
            "PART para_1",
            "PART para_1",
            "BLOCK para_2__point_b",
            "UNRESOLVED no § 12 in the document",
            "AFTER rec_A",
            "BEFORE para_1",
            "BLOCK cit_1");
    String para1 = doc.find("§ 1").orElseThrow().text();
    assertThat(slices(para1, linked.get(3).target().ranges()))
        .containsExactly("demande à la Commission d’agir ", ";");
    assertThat(slices(para1, linked.get(4).target().ranges()))
        .containsExactly("et salue les efforts des ONG");
  }

  private static String voting(
      String id, String subject, String amendment, String result, String marker) {
    return "<voting type=\"AMENDMENT\" votingId=\""
        + id
        + "\" listIndex=\""
        + id
        + "\""
        + (result.isEmpty() ? "" : " result=\"" + result + "\"")
        + " resultType=\"RAISE_HAND\"><title/><label/><amendmentSubject>"
        + subject
        + "</amendmentSubject><amendmentNumber>"
        + amendment
        + "</amendmentNumber><amendmentAuthor>original text</amendmentAuthor>"
        + (marker.isEmpty() ? "" : "<rcv type=\"RCV\"><value>" + marker + "</value></rcv>")
        + "<observations status=\"verbatim\"/></voting>";
  }

  private static List<String> slices(String text, List<TextRange> ranges) {
    return ranges.stream().map(r -> text.substring(r.offset(), r.offset() + r.length())).toList();
  }

  private static VotingList read(String xml) throws IOException {
    return VotingList.read(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
  }

  private static int distinctCodes(String xml) {
    Matcher m = Pattern.compile("<glossaryItem code=\"([^\"]*)\"").matcher(xml);
    java.util.Set<String> codes = new java.util.HashSet<>();
    while (m.find()) {
      codes.add(m.group(1));
    }
    return codes.size();
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
