package io.github.epres.internal.util;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Author lines compared as people read them. */
class LooseTextTest {
  @Test
  void capitalsSpacesAndASpaceBeforeTheCommaMakeNoDifference() {
    String key = LooseText.key("The European Parliament,");
    assertThat(LooseText.key("THE EUROPEAN PARLIAMENT,")).isEqualTo(key);
    assertThat(LooseText.key("  The  European\u00A0Parliament ,  ")).isEqualTo(key);
    assertThat(LooseText.key("DAS EUROPÄISCHE PARLAMENT,"))
        .isEqualTo(LooseText.key("Das Europäische Parlament,"));
    assertThat(LooseText.key("The European Parliament")).isNotEqualTo(key);
  }

  @Test
  void aFormEndingWithAWordAlsoTakesAComma() {
    assertThat(LooseText.keys("Euroopan parlamentti, joka"))
        .containsExactly("euroopan parlamentti, joka", "euroopan parlamentti, joka,");
    assertThat(LooseText.keys("Europos Parlamentas,")).containsExactly("europos parlamentas,");
  }
}
