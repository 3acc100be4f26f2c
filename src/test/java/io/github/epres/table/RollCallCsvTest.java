package io.github.epres.table;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.github.epres.corpus.Documents;
import io.github.epres.votes.RollCallJoin;
import io.github.epres.votes.RollCallList;
import io.github.epres.votes.VotingList;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Roll calls as CSV: one record per Member's vote, with the names of the JSON. */
class RollCallCsvTest {
  private static final Path VOTES = Documents.VOTES;

  /** The extract of 2020-07-23: three Members, three ways, the number of its link kept. */
  @Test
  void writesOneRecordPerMemberVote() throws IOException {
    Path file = VOTES.resolve("rcv_list_pv-9-2020-07-23-rcv-fr.xml");
    assumeTrue(Files.exists(file), "../shared/corpus is absent: " + VOTES);
    StringBuilder out = new StringBuilder();
    RollCallCsv.write(RollCallList.read(file), out);
    assertThat(out.toString().split("\r\n"))
        .containsExactly(
            "rollCall,time,documents,subject,group,name,mepId,vote",
            "116365,2020-07-23 12:49:32,B9-0229/2020,B9-0229/2020 - § 1/1,ECR,Aguilar,7244,favor",
            "116365,2020-07-23 12:49:32,B9-0229/2020,B9-0229/2020 - § 1/1,ID,de Graaff,6630,against",
            "116365,2020-07-23 12:49:32,B9-0229/2020,B9-0229/2020 - § 1/1,NI,Kolakušić,6836,"
                + "abstention");
  }

  /** The whole list of 2024-09-18: a record for each of its 1,349 Members' votes. */
  @Test
  void writesEveryMemberVoteOfAWholeList() throws IOException {
    Path file = VOTES.resolve("rcv_list_pv-10-2024-09-18-rcv-en.xml");
    assumeTrue(Files.exists(file), "../shared/corpus is absent: " + VOTES);
    StringBuilder out = new StringBuilder();
    RollCallCsv.write(RollCallList.read(file), out);
    String[] lines = out.toString().split("\r\n");
    assertThat(lines).hasSize(1 + 1349);
    assertThat(lines[1])
        .isEqualTo(
            "169418,2024-09-18 12:18:27,B10-0020/2024,B10-0020/2024 – Motion for a resolution,ECR,"
                + "Alexandraki,7511,favor");
  }

  /** Votings joined to the small lists: members of those found, one record for each not found. */
  @Test
  void writesVotingsJoinedToRollCalls() throws IOException {
    StringBuilder out = new StringBuilder();
    RollCallCsv.write(
        RollCallJoin.join(small("voting-list-small.xml"), List.of(rollCalls("rollcall-small.xml"))),
        out);
    assertThat(out.toString().split("\r\n"))
        .containsExactly(
            "votingId,match,rollCall,time,documents,subject,group,name,mepId,vote",
            "1001,ID,1001,2024-04-30 12:00:00,B9-0100/2024,B9-0100/2024 - § 1 - Am 1,PPE,Alpha,1,favor",
            "1001,ID,1001,2024-04-30 12:00:00,B9-0100/2024,B9-0100/2024 - § 1 - Am 1,S&D,Beta Anna,2,"
                + "favor",
            "1001,ID,1001,2024-04-30 12:00:00,B9-0100/2024,B9-0100/2024 - § 1 - Am 1,PPE,Gamma,3,against",
            "1001,ID,1001,2024-04-30 12:00:00,B9-0100/2024,B9-0100/2024 - § 1 - Am 1,The Left,Delta,4,"
                + "abstention",
            "1002,TIME_AND_SUBJECT,2002,2024-04-30 12:00:16,B9-0100/2024,B9-0100/2024 - § 2 -"
                + " Amendement 2,S&D,Beta Anna,2,favor",
            "1002,TIME_AND_SUBJECT,2002,2024-04-30 12:00:16,B9-0100/2024,B9-0100/2024 - § 2 -"
                + " Amendement 2,PPE,Alpha,1,against",
            "1002,TIME_AND_SUBJECT,2002,2024-04-30 12:00:16,B9-0100/2024,B9-0100/2024 - § 2 -"
                + " Amendement 2,PPE,Gamma,3,against",
            "1003,NONE,,,,,,,,",
            "1004,NONE,,,,,,,,",
            "1006,NONE,,,,,,,,");
  }

  private static VotingList small(String name) throws IOException {
    try (InputStream in = RollCallCsvTest.class.getResourceAsStream("/votes/" + name)) {
      return VotingList.read(in);
    }
  }

  private static RollCallList rollCalls(String name) throws IOException {
    try (InputStream in = RollCallCsvTest.class.getResourceAsStream("/votes/" + name)) {
      return RollCallList.read(in);
    }
  }
}
