package io.github.epres.table;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.github.epres.ResolutionParser;
import io.github.epres.votes.LinkedVoting;
import io.github.epres.votes.SubjectKind;
import io.github.epres.votes.TextRange;
import io.github.epres.votes.VoteCounts;
import io.github.epres.votes.VoteLinker;
import io.github.epres.votes.VoteTarget;
import io.github.epres.votes.Voting;
import io.github.epres.votes.VotingList;
import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;

/**
 * Votes as CSV: a list alone and votings linked to a page, one record per voting, with the counts
 * named {@code favor}, {@code against} and {@code abstention} as in the JSON.
 */
class VotesCsvTest {
  private static final Path CORPUS =
      Path.of(System.getProperty("epres.shared", "../shared"), "corpus");
  private static final Path LIST = CORPUS.resolve("votes/vot-list_pv-10-2025-05-08-vot-en.xml");
  private static final Path PAGE = CORPUS.resolve("en/RC-10-2025-0249_EN.html");

  @Test
  void aListAloneHasOneRecordPerVoting() throws IOException {
    assumeTrue(Files.exists(LIST), "../shared/corpus is absent");
    VotingList list = VotingList.read(LIST);
    StringBuilder out = new StringBuilder();
    VotesCsv.write(list, out);
    List<CSVRecord> records = records(out, VotesCsv.LIST_COLUMNS);
    assertThat(records).hasSize(list.votes().stream().mapToInt(v -> v.votings().size()).sum());
    assertThat(out.toString()).startsWith(String.join(",", VotesCsv.LIST_COLUMNS) + "\r\n");
    CSVRecord title =
        records.stream().filter(r -> r.get("votingId").equals("176227")).findFirst().orElseThrow();
    // The title row's two lines make one.
    assertThat(title.get("subject"))
        .isEqualTo(
            "Joint motion for a resolution RC-B10-0249/2025 (PPE, S&D, ECR, Renew, Verts/ALE,"
                + " Members)");
    assertThat(title.get("subjectKind")).isEqualTo("TITLE");
    assertThat(title.get("result")).isEmpty();
    CSVRecord whole =
        records.stream().filter(r -> r.get("votingId").equals("176309")).findFirst().orElseThrow();
    assertThat(whole.toList())
        .containsExactly(
            "1",
            "RESOLUTION",
            "Return of Ukrainian children forcibly transferred and deported by Russia",
            whole.get("documents"),
            "176309",
            "Motion for a resolution (as a whole)",
            "WHOLE",
            "RCV",
            "",
            "",
            "ADOPTED",
            "ROLL_CALL",
            "516",
            "3",
            "34");
    assertThat(whole.get("documents").split(" ")).contains("RC-B10-0249/2025", "B10-0247/2025");
  }

  @Test
  void linkedVotingsGiveTheirTargets() throws IOException {
    assumeTrue(Files.exists(LIST) && Files.exists(PAGE), "../shared/corpus is absent");
    List<LinkedVoting> linked =
        VoteLinker.link(
            VotingList.read(LIST), List.of(ResolutionParser.builder().build().parseHtml(PAGE)));
    StringBuilder out = new StringBuilder();
    VotesCsv.write(linked, out);
    List<CSVRecord> records = records(out, VotesCsv.LINKED_COLUMNS);
    assertThat(records).hasSize(15);
    assertThat(records.get(2).get("target")).isEqualTo("PART");
    assertThat(records.get(2).get("targetId")).isEqualTo("para_1");
    assertThat(records.get(2).get("offset")).isEqualTo("0");
    assertThat(records.get(7).toList())
        .containsExactly(
            "RC-B10-0249/2025",
            "176309",
            "Motion for a resolution (as a whole)",
            "WHOLE",
            "RCV",
            "DOCUMENT",
            "",
            "",
            "",
            "",
            "",
            "ADOPTED",
            "ROLL_CALL",
            "516",
            "3",
            "34",
            "");
  }

  /** A part "without the words" has two ranges: both offsets, then both lengths. */
  @Test
  void aPartWithTwoRangesListsBoth() throws IOException {
    Voting voting =
        Voting.builder()
            .id("7")
            .index(0)
            .type("AMENDMENT")
            .subject("§ 1")
            .subjectKind(SubjectKind.BLOCK)
            .marker("1")
            .resultCode("FELL")
            .counts(VoteCounts.of(1, 2, 3))
            .build();
    LinkedVoting linked =
        LinkedVoting.builder()
            .document("B10-0300/2025")
            .voting(voting)
            .target(
                VoteTarget.builder()
                    .kind(VoteTarget.Kind.PART)
                    .id("para_1")
                    .addRanges(TextRange.of(0, 300), TextRange.of(312, 40))
                    .build())
            .build();
    StringBuilder out = new StringBuilder();
    VotesCsv.write(List.of(linked), out);
    assertThat(out.toString())
        .isEqualTo(
            String.join(",", VotesCsv.LINKED_COLUMNS)
                + "\r\nB10-0300/2025,7,§ 1,BLOCK,1,PART,para_1,0 312,300 40,,,FELL,,1,2,3,\r\n");
  }

  private static List<CSVRecord> records(CharSequence csv, List<String> columns)
      throws IOException {
    try (CSVParser parser =
        CSVParser.parse(
            new StringReader(csv.toString()),
            BlockTable.CSV.builder().setHeader().setSkipHeaderRecord(true).get())) {
      assertThat(parser.getHeaderNames()).containsExactlyElementsOf(columns);
      return parser.getRecords();
    }
  }
}
