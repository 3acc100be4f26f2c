package io.github.epres.votes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every roll-call result list of {@code ../shared/corpus/votes} read without loss: as many roll
 * calls and Members' votes as the XML has, and each count equal to the Members listed under it.
 */
class RollCallListTest {
  private static final Path VOTES =
      Path.of(System.getProperty("epres.shared", "../shared"), "corpus", "votes");

  static Stream<Path> lists() throws IOException {
    if (!Files.isDirectory(VOTES)) {
      return Stream.of(VOTES.resolve("absent"));
    }
    try (Stream<Path> files = Files.list(VOTES)) {
      return files
          .filter(p -> p.getFileName().toString().startsWith("rcv"))
          .sorted()
          .toList()
          .stream();
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("lists")
  void readsEveryRollCallAndMember(Path file) throws IOException {
    assumeTrue(Files.exists(file), "../shared/corpus is absent: " + VOTES);
    String xml = Files.readString(file, StandardCharsets.UTF_8);
    RollCallList list = RollCallList.read(file);
    assertThat(list.rollCalls()).hasSize(count(xml, "<RollCallVote.Result "));
    int members = 0;
    for (RollCall call : list.rollCalls()) {
      assertThat(call.description()).isNotBlank();
      assertThat(sum(call.forVotes())).as(call.id()).isEqualTo(call.favor());
      assertThat(sum(call.againstVotes())).as(call.id()).isEqualTo(call.against());
      assertThat(sum(call.abstentionVotes())).as(call.id()).isEqualTo(call.abstention());
      members += call.favor() + call.against() + call.abstention();
      members +=
          call.intendedFor().size()
              + call.intendedAgainst().size()
              + call.intendedAbstention().size();
    }
    assertThat(members)
        .isEqualTo(count(xml, "<PoliticalGroup.Member.Name ") + count(xml, "<Member.Name "));
    assertThat(list.date()).isPresent();
    System.out.printf(
        "rcv | %s | %d roll calls | %d Members' votes%n",
        file.getFileName(), list.rollCalls().size(), members);
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
