package io.github.epres.internal.detect;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.epres.ResolutionParser;
import io.github.epres.model.Resolution;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A page cut before its title and author line (a motion's header, a report's cover) is read in its
 * language from its headings: the lines are the real pages' (../shared/corpus/real/motions and
 * reports).
 */
class HeadSignalsTest {
  private static final ResolutionParser PARSER = ResolutionParser.builder().build();

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '¦',
      textBlock =
          """
          fr ¦ PROPOSITION DE RÉSOLUTION COMMUNE sur la répression continue de l’opposition démocratique à Cuba⏎23.11.2022 - (2022/2956(RSP))⏎déposée conformément à l’article 144, paragraphe 5, et à l’article 132, paragraphe 4⏎Tomasz Frankowski, Michael Gahler⏎au nom du groupe PPE
          nl ¦ Stemmingen :⏎<TitreType>GEZAMENLIJKE ONTWERPRESOLUTIE</TitreType>⏎<TitreRecueil>ingediend overeenkomstig artikel 144, lid 5, en artikel 132, lid 4, van het Reglement</TitreRecueil>
          el ¦ ΚΟΙΝΗ ΠΡΟΤΑΣΗ ΨΗΦΙΣΜΑΤΟΣ σχετικά με την κατάσταση στη Νικαράγουα⏎17.12.2019 - (2019/2978(RSP))⏎σύμφωνα με το άρθρο 132 παράγραφοι 2 και 4 του Κανονισμού⏎Tilly Metz⏎εξ ονόματος της Ομάδας Verts/ALE
          """)
  void readsTheLanguageOfAHeaderAlone(String language, String lines) {
    Resolution r = PARSER.parse(lines.replace("⏎", "\n") + "\n");

    assertThat(r.language()).isEqualTo(language);
    assertThat(r.header().orElseThrow().motion()).isPresent();
  }

  @Test
  void aSignalAloneThatTwoLanguagesShareIsNotEnough() {
    // "Rapporteur:" is English and French alike: half a signal, below the threshold.
    double headed = HeadSignals.headed(new String[] {"Rapporteur: Anne McIntosh"}, en());
    assertThat(headed).isEqualTo(0.5);
    assertThat(PARSER.parse("Rapporteur: Anne McIntosh\n").language()).isEqualTo("und");
  }

  private static io.github.epres.lang.LanguageProfile en() {
    return io.github.epres.lang.LanguageProfiles.forCode("en").orElseThrow();
  }
}
