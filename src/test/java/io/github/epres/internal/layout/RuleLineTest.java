package io.github.epres.internal.layout;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.epres.lang.LanguageProfile;
import io.github.epres.lang.LanguageProfiles;
import java.util.Arrays;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A motion's Rule line in 23 languages, as real headers print it (the pages named in {@code
 * ../shared/reference/languages.md} §11 and {@code ../shared/corpus/real/motions}): told by the
 * name of the Rules of Procedure, its Rules read with their paragraphs whatever the words and their
 * order.
 */
class RuleLineTest {
  @ParameterizedTest(name = "{0}: {1}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          en | pursuant to Rule 144 of the Rules of Procedure                                               | 144
          en | pursuant to Rule 123(2) and (4), of the Rules of Procedure                                   | 123(2);123(4)
          de | eingereicht gemäß Artikel 136 Absätze 2 und 4 der Geschäftsordnung                           | 136(2);136(4)
          de | eingereicht gemäß Artikel 122 Absatz 5 und Artikel 110 Absatz 4 der Geschäftsordnung         | 122(5);110(4)
          el | σύμφωνα με το άρθρο 132 παράγραφοι 2 και 4 του Κανονισμού                                    | 132(2);132(4)
          nl | ingediend overeenkomstig artikel 144, lid 5, en artikel 132, lid 4, van het Reglement        | 144(5);132(4)
          fr | déposée conformément à l’article 144, paragraphe 5, et à l’article 132, paragraphe 4, du règlement intérieur | 144(5);132(4)
          hu | az eljárási szabályzat 115. cikkének (5) bekezdése alapján                                   | 115(5)
          hu | az eljárási szabályzat 133. cikke alapján                                                    | 133
          hr | u skladu s člankom 132. stavkom 2. Poslovnika                                                | 132(2)
          hr | podnesen u skladu s člankom 123. stavcima 2. i 4. Poslovnika,                                | 123(2);123(4)
          es | presentada de conformidad con el artículo 122, apartado 5, del Reglamento                    | 122(5)
          es | presentada de conformidad con el artículo 106, apartados 2 y 3, del Reglamento interno       | 106(2);106(3)
          it | a norma dell'articolo 115, paragrafo 5, del regolamento                                      | 115(5)
          pt | apresentada nos termos do artigo 133.º do Regimento                                          | 133
          pt | apresentada nos termos do nº 4 do artigo 103º do Regimento por:                              | 103(4)
          pt | apresentada nos termos do artigo 106.º, n.os 2 e 3, do Regimento                             | 106(2);106(3)
          bg | съгласно член 132, параграф 2 от Правилника за дейността                                     | 132(2)
          cs | předložený v souladu s čl. 123 odst. 2 a 4 jednacího řádu                                    | 123(2);123(4)
          da | jf. forretningsordenens artikel 106, stk. 2 og 3                                             | 106(2);106(3)
          et | vastavalt kodukorra artikli 123 lõigetele 2 ja 4,                                            | 123(2);123(4)
          fi | työjärjestyksen 123 artiklan 2 ja 4 kohdan mukaisesti                                        | 123(2);123(4)
          lt | pateiktas pagal Darbo tvarkos taisyklių 112 straipsnio 2 ir 3 dalis                          | 112(2);112(3)
          lv | iesniegts saskaņā ar Reglamenta 106. panta 2. un 3. punktu                                   | 106(2);106(3)
          mt | imressqa skont l-Artikoli 144(5) u 132(4) tar-Regoli ta' Proċedura                           | 144(5);132(4)
          pl | złożony zgodnie z art. 106 ust. 2 i 3 Regulaminu                                             | 106(2);106(3)
          ro | depusă în conformitate cu articolul 133 din Regulamentul de procedură                        | 133
          sk | predložený v súlade s článkom 132 ods. 2 a 4 rokovacieho poriadku,                           | 132(2);132(4)
          sl | v skladu s členom 103(4) Poslovnika, ki ga vlagajo:                                          | 103(4)
          sv | i enlighet med artikel 106.2 och 106.3 i arbetsordningen                                     | 106(2);106(3)
          """)
  void readsTheRulesOfTheRuleLine(String language, String line, String rules) {
    LanguageProfile profile = LanguageProfiles.forCode(language).orElseThrow();
    assertThat(RuleLine.isRuleLine(line, profile)).isTrue();
    assertThat(RuleLine.rules(line)).isEqualTo(Arrays.asList(rules.split(";")));
  }

  /** Lines of a motion's header that name no Rules of Procedure, though some have numbers. */
  @ParameterizedTest(name = "{0}: {1}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          en | to wind up the debate on the statement by the Vice-President of the Commission/High Representative
          hu | B7–0000/2010. számú szóbeli választ igénylő kérdéshez
          it | presentata a seguito delle interrogazioni con richiesta di risposta orale B7‑0215/2013 e B7‑0216/2013
          de | 7.10.2025 - (2025/2872(RSP))
          el | εν συνεχεία δηλώσεων του Συμβουλίου και της Επιτροπής
          """)
  void tellsOtherLinesApart(String language, String line) {
    assertThat(RuleLine.isRuleLine(line, LanguageProfiles.forCode(language).orElseThrow()))
        .isFalse();
  }

  /** Years and document numbers are not Rules; a line without a Rule's number gives none. */
  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          of the Rules of Procedure                            | ''
          Rule 37(3) of the Rules of Procedure and the Framework Agreement of 2010 | 37(3)
          Rules 133 and 144(2)                                 | 133;144(2)
          """)
  void readsRuleNumbersOnly(String line, String rules) {
    assertThat(String.join(";", RuleLine.rules(line))).isEqualTo(rules);
  }
}
