package io.github.epres.lang;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.epres.model.Action;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PhraseIndexTest {
  private static final LanguageProfile ENGLISH = LanguageProfiles.forCode("en").orElseThrow();
  private static final PhraseIndex INDEX = ENGLISH.verbPhraseIndex();

  @Test
  void givesThePhrasesThatCanStartAtAPlaceLongestFirst() {
    List<Map.Entry<String, Action>> candidates = INDEX.at("x; calls on the Commission", 3);
    assertThat(candidates).extracting(Map.Entry::getKey).contains("Calls on", "Calls for");
    for (int i = 1; i < candidates.size(); i++) {
      assertThat(candidates.get(i - 1).getKey().length())
          .isGreaterThanOrEqualTo(candidates.get(i).getKey().length());
    }
    assertThat(INDEX.at("Calls on the Commission", 0)).isEqualTo(candidates);
    assertThat(INDEX.at("qq", 0)).isEmpty();
  }

  /**
   * The phrase of a clause is the profile's own string where the text writes it so, or one string
   * for it with the other case first; a copy otherwise.
   */
  @Test
  void givesThePhraseAsWrittenWithoutACopyWhereItCan() {
    String phrase = null;
    for (Map.Entry<String, Action> candidate : INDEX.at("Calls on", 0)) {
      phrase = candidate.getKey().equals("Calls on") ? candidate.getKey() : phrase;
    }
    assertThat(phrase).isEqualTo("Calls on");
    assertThat(INDEX.asWritten("Calls on the Council", 0, phrase)).isSameAs(phrase);
    String lower = INDEX.asWritten("; calls on the Council", 2, phrase);
    assertThat(lower).isEqualTo("calls on");
    assertThat(INDEX.asWritten("and calls on", 4, phrase)).isSameAs(lower);
    assertThat(INDEX.asWritten("CALLS ON the Council", 0, phrase)).isEqualTo("CALLS ON");
  }
}
