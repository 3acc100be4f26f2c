package io.github.epres.internal.util;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class HeaderTextTest {
  /** What the reader removes, as the one expression it was written as before. */
  private static final Pattern MARKUP =
      Pattern.compile("</?[A-Z][A-Za-z-]*>|^\\{[^}]{0,40}\\}|(?<=>)\\{[^}]{0,40}\\}");

  @ParameterizedTest
  @CsvSource(
      delimiter = ';',
      value = {
        "<Date>{06/07/2020}6.7.2020</Date>;6.7.2020",
        "<NoDocSe>B9‑0220/2020</NoDocSe>;B9‑0220/2020",
        "<TitreType>MOTION FOR A RESOLUTION</TitreType>;MOTION FOR A RESOLUTION",
        "{Verts/ALE}on behalf of the Verts/ALE Group;on behalf of the Verts/ALE Group",
        "<Depute>{PPE}Michael Gahler</Depute>;Michael Gahler",
        "a {code} inside stays;a {code} inside stays",
        "<lowercase> stays;<lowercase> stays",
        "<A-b>x</A-b>;x",
        "<Open but never closed;<Open but never closed",
        "{12345678901234567890123456789012345678901}too long;"
            + "{12345678901234567890123456789012345678901}too long",
        "{1234567890123456789012345678901234567890}just fits;just fits",
        "'  <Titre>  padded  </Titre>  ';padded",
        "3 < 4 > 2 {x};3 < 4 > 2 {x}",
        "<B>{unclosed;{unclosed"
      })
  void removesTheHiddenMarkupOfOlderPages(String line, String plain) {
    assertThat(HeaderText.plain(line)).isEqualTo(plain);
    assertThat(HeaderText.plain(line))
        .isEqualTo(MARKUP.matcher(line.strip()).replaceAll("").strip());
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = ';',
      value = {"a\u00A0–\u00A0b;a – b", "\u00A0x\u00A0;x"})
  void turnsNoBreakSpacesIntoSpaces(String line, String plain) {
    assertThat(HeaderText.plain(line)).isEqualTo(plain);
  }
}
