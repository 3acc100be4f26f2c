package io.github.epres.internal.layout;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** Group names under their usual spelling, with the quotes around them taken off by hand. */
class PoliticalGroupsTest {
  /** What the quotes were taken off by before: the same result on any name. */
  private static final Pattern QUOTES = Pattern.compile("^[\"„“”«»]+|[\"„“”«»]+$");

  @Test
  void namesEachGroupOneWay() {
    assertThat(PoliticalGroups.canonical("„Renew Europe“")).isEqualTo("Renew");
    assertThat(PoliticalGroups.canonical(" \"EPP\" ")).isEqualTo("PPE");
    assertThat(PoliticalGroups.canonical("«Verts/ALE»")).isEqualTo("Verts/ALE");
    assertThat(PoliticalGroups.canonical("“ The Left ”")).isEqualTo("The Left");
    assertThat(PoliticalGroups.canonical("„Grupa „X““")).isEqualTo("Grupa „X");
    assertThat(PoliticalGroups.canonical("\"\"")).isEmpty();
    assertThat(PoliticalGroups.canonical(null)).isNull();
  }

  @Test
  void takesOffTheQuotesAsThePatternDid() {
    Random random = new Random(7);
    String pieces = "\"„“”«» aRe";
    for (int round = 0; round < 20_000; round++) {
      StringBuilder name = new StringBuilder();
      for (int i = random.nextInt(8); i > 0; i--) {
        name.append(pieces.charAt(random.nextInt(pieces.length())));
      }
      // No group's name is made of these letters: the name comes back bare.
      String bare = QUOTES.matcher(name.toString().strip()).replaceAll("").strip();
      assertThat(PoliticalGroups.canonical(name.toString())).as("[%s]", name).isEqualTo(bare);
    }
  }
}
