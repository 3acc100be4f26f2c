package io.github.epres.internal.lines;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.epres.lang.LanguageProfiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The footers EP web pages end with, as the real pages in {@code ../shared/corpus/real} (motions,
 * texts adopted, the parallel decisions) and those named in {@code
 * ../shared/reference/languages.md} §11 print them, in 21 languages; and lines that only look like
 * them.
 */
class PageFurnitureTest {
  @ParameterizedTest(name = "{0}: {1}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          en | Last updated: 8 October 2019Legal notice - Privacy policy
          en | Legal notice - Privacy policy
          en | Last updated: 1 July 2009Legal notice
          cs | Právní upozornění - Ochrana soukromí
          da | Seneste opdatering: 8. oktober 2019Juridisk meddelelse - Databeskyttelsespolitik
          da | Juridisk meddelelse
          de | Rechtlicher Hinweis
          de | Rechtlicher Hinweis - Datenschutzbestimmungen
          et | Õigusteave - Privaatsuspoliitika
          fi | Päivitetty viimeksi: 8. lokakuuta 2019Oikeudellinen huomautus - Tietosuojakäytäntö
          fr | Dernière mise à jour: 6 octobre 2017Avis juridique
          ga | An nuashonrú is déanaí: 13 Bealtaine 2019Fógra dlíthiúil - Beartas príobháideachais
          hr | Pravna napomena
          hr | Pravna obavijest - Politika zaštite privatnosti
          hu | Utolsó frissítés: 2019. szeptember 13.Jogi nyilatkozat
          it | Avvertenza legale - Informativa sulla privacy
          it | Note legali - Informativa sulla privacy
          it | Ultimo aggiornamento: 9 gennaio 2018Avvertenza legale - Informativa sulla privacy
          lt | Atnaujinta: 2019 m. spalio 8 d.Teisinė informacija - Privatumo politika
          lt | Atnaujinta: 2018 m. sausio 22 d.Teisinis pranešimas - Privatumo politika
          lv | Pēdējā atjaunošana: 2019. gada 13. septembrisJuridisks paziņojums
          mt | Avviż legali - Politika tal-privatezza
          nl | Laatst bijgewerkt op: 11 januari 2018Juridische mededeling - Privacybeleid
          nl | Laatst bijgewerkt op: 8 oktober 2019Juridische mededeling
          pl | Ostatnia aktualizacja: 13 września 2019Informacja prawna
          pl | Informacja prawna - Polityka ochrony prywatności
          ro | Aviz juridic - Politica de confidențialitate
          ro | Ultima actualizare: 17 ianuarie 2018Notă juridică
          sk | Právne upozornenie - Politika ochrany súkromia
          sk | Posledná úprava: 24. apríla 2019Právne oznámenie
          sl | Pravno obvestilo
          sv | Senaste uppdatering: 8 oktober 2019Rättsligt meddelande - Integritetspolicy
          sv | Rättsligt meddelande - Integritetspolicy
          """)
  void knowsTheFooter(String language, String line) {
    assertThat(PageFurniture.isFooter(line, LanguageProfiles.forCode(language).orElseThrow()))
        .isTrue();
    // With the no-break spaces and the indent a copy may keep.
    assertThat(
            PageFurniture.isFooter(
                "  " + line.replace(' ', '\u00A0') + " ",
                LanguageProfiles.forCode(language).orElseThrow()))
        .isTrue();
  }

  @ParameterizedTest(name = "{0}: {1}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          en | Legal notice - Contact
          en | Legal notice of the Commission on the protection of bees
          en | 1. Calls for a Legal notice - Privacy policy
          en | Last updated: the Commission's list
          en | Last updated: 8 October 2019 by the Commission, which published a notice on its website of 12 pages
          en | Rechtlicher Hinweis
          de | Legal notice - Privacy policy
          it | Avvertenza legale - Informativa sulla privacy e altro
          """)
  void takesNothingElseForIt(String language, String line) {
    assertThat(PageFurniture.isFooter(line, LanguageProfiles.forCode(language).orElseThrow()))
        .isFalse();
  }

  @Test
  void needsALanguage() {
    assertThat(PageFurniture.isFooter("Legal notice - Privacy policy", null)).isFalse();
  }
}
