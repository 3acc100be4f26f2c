package io.github.epres.lang;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The one resource the build writes the profiles into gives the same profiles as their own files:
 * every profile, every key (a file whose keys came before its {@code code} line would not).
 */
class AllProfilesResourceTest {
  @Test
  void givesTheProfilesOfTheirOwnFiles() throws Exception {
    Map<String, LanguageProfile> all = LanguageProfiles.readAll();
    assertThat(all).hasSize(24);
    for (LanguageProfile builtIn : LanguageProfiles.builtIn()) {
      try (InputStream in =
          LanguageProfiles.class.getResourceAsStream(builtIn.code() + ".properties")) {
        LanguageProfile own = LanguageProfiles.read(in);
        assertThat(all.get(builtIn.code())).as(builtIn.code()).isEqualTo(own);
        assertThat(builtIn).isEqualTo(own);
      }
    }
  }
}
