package io.github.epres.lang;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The profiles' lines the build compiles into a class give the same profiles as their own files:
 * every profile, every key (a file whose keys came before its {@code code} line would not, nor a
 * backslash or quote escaped wrongly).
 */
class BuiltInProfilesTest {
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

  /** The amendment heading test skips lines without a capital first; a profile must fit it. */
  @Test
  void anAmendmentHeadingStartsWithACapital() throws Exception {
    String profile =
        "code = xx\nname = X\nauthorLines = X,\ncitationOpeners = x\ntitlePattern = {kind}\n"
            + "datePattern.1 = (?<day>\\\\d+) (?<month>\\\\p{L}+) (?<year>\\\\d{4})\n"
            + "month.1 = a\nmonth.2 = b\nmonth.3 = c\nmonth.4 = d\nmonth.5 = e\nmonth.6 = f\n"
            + "month.7 = g\nmonth.8 = h\nmonth.9 = i\nmonth.10 = j\nmonth.11 = k\nmonth.12 = l\n";
    assertThat(read(profile + "amendmentHeadings = Emenda\n").amendmentHeadings())
        .containsExactly("Emenda");
    org.assertj.core.api.Assertions.assertThatThrownBy(
            () -> read(profile + "amendmentHeadings = emenda\n"))
        .hasMessageContaining("an amendment heading must start with a capital: emenda");
    // The clause finder tries the addressee's end within the clause alone.
    assertThat(read(profile + "addresseeEnd = \\\\s(?:to)\\\\s|[,;]\n").addresseeEnd())
        .contains("\\s(?:to)\\s|[,;]");
    for (String end : new String[] {"(?<=a)b", "(?<!a)b", "^to"}) {
      org.assertj.core.api.Assertions.assertThatThrownBy(
              () -> read(profile + "addresseeEnd = " + end + "\n"))
          .hasMessageContaining("addresseeEnd may not look behind or anchor at a line start");
    }
  }

  private static LanguageProfile read(String properties) throws Exception {
    return LanguageProfiles.read(
        new java.io.ByteArrayInputStream(
            properties.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
  }
}
