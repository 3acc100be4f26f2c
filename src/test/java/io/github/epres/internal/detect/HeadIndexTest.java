package io.github.epres.internal.detect;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.epres.internal.lines.AmendmentLines;
import io.github.epres.lang.LanguageProfile;
import io.github.epres.lang.LanguageProfiles;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * An author line is looked up as each profile's {@code isAuthorLine} tells it, and no line that is
 * a profile's amendment heading is passed over.
 */
class HeadIndexTest {
  private static final LanguageProfile LV = LanguageProfiles.forCode("lv").orElseThrow();
  private static final LanguageProfile EN = LanguageProfiles.forCode("en").orElseThrow();

  /** A second profile with English's author lines. */
  private static final LanguageProfile COPY = LanguageProfile.builder().from(EN).code("xx").build();

  @Test
  void givesEveryProfileThatWritesTheLineInOrder() {
    HeadIndex index = HeadIndex.of(List.of(LV, EN, COPY));
    assertThat(index.profilesWriting("  The European Parliament,\t")).containsExactly(1, 2);
    assertThat(index.profilesWriting("Eiropas Parlaments,")).containsExactly(0);
    assertThat(index.profilesWriting("The European Parliament")).isNull();
  }

  @Test
  void readsNoLongLineAsAnAuthorLine() {
    HeadIndex index = HeadIndex.of(List.of(LV, EN));
    String padded = " ".repeat(180) + "The European Parliament,";
    assertThat(EN.isAuthorLine(padded)).isFalse();
    assertThat(index.profilesWriting(padded)).isNull();
    assertThat(index.profilesWriting(" ".repeat(150) + "The European Parliament,"))
        .containsExactly(1);
  }

  @Test
  void isMadeAgainForAnotherListOfProfiles() {
    assertThat(HeadIndex.of(List.of(EN)).profilesWriting("The European Parliament,"))
        .containsExactly(0);
    assertThat(HeadIndex.of(List.of(LV, EN)).profilesWriting("The European Parliament,"))
        .containsExactly(1);
  }

  @Test
  void passesOverNoAmendmentHeadingOfAnyProfile() {
    HeadIndex index = HeadIndex.of(LanguageProfiles.builtIn());
    for (LanguageProfile profile : LanguageProfiles.builtIn()) {
      for (String heading : profile.amendmentHeadings()) {
        for (String line : List.of(heading + " 1", "  " + heading + " 12a ", heading + " Nr. 3")) {
          assertThat(AmendmentLines.number(profile, line)).as(line).isNotNull();
          assertThat(index.mayBeAmendmentHeading(line)).as(line).isTrue();
        }
      }
    }
    assertThat(index.mayBeAmendmentHeading("Sandra Kalniete, Michael Gahler")).isFalse();
    assertThat(index.mayBeAmendmentHeading(" – having regard to")).isFalse();
    assertThat(index.mayBeAmendmentHeading("Amendment " + "1".repeat(80))).isFalse();
  }
}
