package io.github.epres.lang;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.epres.model.DocumentKind;
import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Titles in their real forms, per language: the date as each language writes it in a title, and
 * brackets that hold more than the procedure (a comitology draft, a nomination, a Council or
 * Commission document before it, separated by " – ").
 */
class TitleTableTest {
  @ParameterizedTest(name = "[{0}] {1}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          hu | Az Európai Parlament 2017. április 5-i állásfoglalása a migránsokról (2016/2828(RSP)) | 2017-04-05 | a migránsokról | 2016/2828(RSP)
          lt | 2021 m. vasario 11 d. Europos Parlamento rezoliucija dėl žmogaus teisių padėties Kazachstane (2021/2544(RSP)) | 2021-02-11 | dėl žmogaus teisių padėties Kazachstane | 2021/2544(RSP)
          sk | Uznesenie Európskeho parlamentu zo 4. februára 2016 o situácii v Líbyi (2016/2537(RSP)) | 2016-02-04 | o situácii v Líbyi | 2016/2537(RSP)
          el | Ψήφισμα του Ευρωπαϊκού Κοινοβουλίου της 7ης Φεβρουαρίου 2018 σχετικά με τη Συρία (2018/2559(RSP)) | 2018-02-07 | σχετικά με τη Συρία | 2018/2559(RSP)
          mt | Riżoluzzjoni tal-Parlament Ewropew tal-14 ta' Marzu 2019 dwar il-Venezwela (2019/2628(RSP)) | 2019-03-14 | dwar il-Venezwela | 2019/2628(RSP)
          ga | Rún ó Pharlaimint na hEorpa an 24 Samhain 2020 maidir leis an Nigéir (2020/2881(RSP)) | 2020-11-24 | maidir leis an Nigéir | 2020/2881(RSP)
          it | Risoluzione del Parlamento europeo dell'11 febbraio 2021 sulla situazione dei diritti umani in Kazakhstan (2021/2544(RSP)) | 2021-02-11 | sulla situazione dei diritti umani in Kazakhstan | 2021/2544(RSP)
          lv | Eiropas Parlamenta 2021. gada 11. februāra rezolūcija par cilvēktiesību stāvokli Kazahstānā (2021/2544(RSP)) | 2021-02-11 | par cilvēktiesību stāvokli Kazahstānā | 2021/2544(RSP)
          en | European Parliament resolution of 14 March 2018 on the draft Commission implementing decision (D051971 – 2017/2878(RSP)) | 2018-03-14 | on the draft Commission implementing decision | 2017/2878(RSP)
          it | Risoluzione del Parlamento europeo del 14 marzo 2018 sul progetto di decisione di esecuzione (D051971 — 2017/2878(RSP)) | 2018-03-14 | sul progetto di decisione di esecuzione | 2017/2878(RSP)
          en | European Parliament decision of 10 March 2021 on the proposal for the appointment of a member of the Court of Auditors (C9-0100/2021 – 2021/0806(NLE)) | 2021-03-10 | on the proposal for the appointment of a member of the Court of Auditors | 2021/0806(NLE)
          fr | Résolution législative du Parlement européen du 16 février 2022 sur la proposition de règlement du Conseil (COM(2021)0123 – C9-0100/2021 – 2021/0066(CNS)) | 2022-02-16 | sur la proposition de règlement du Conseil | 2021/0066(CNS)
          de | Entschließung des Europäischen Parlaments vom 11. Februar 2021 zur Lage in Kasachstan. (2021/2544(RSP)) | 2021-02-11 | zur Lage in Kasachstan. | 2021/2544(RSP)
          """)
  void readsTheTitle(
      String language, String title, LocalDate date, String subject, String procedure) {
    LanguageProfile profile = LanguageProfiles.forCode(language).orElseThrow();
    LanguageProfile.TitleParts parts = profile.readTitle(title).orElseThrow();
    assertThat(parts.date()).contains(date);
    assertThat(parts.subject()).isEqualTo(subject);
    assertThat(parts.procedure()).isEqualTo(procedure);
  }

  /**
   * The kind a line names where it is no full title: a report's section heading in capitals, whose
   * accents may be dropped and whose words are in the genitive (each seen on the page named), a
   * title without a date; but a word whose accents differ in a line of lower case names no kind.
   */
  @ParameterizedTest(name = "[{0}] {1}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          # ../shared/corpus/real/reports: A-8-2019-0060_CS, A-8-2018-0193_HR, A-7-2011-0212_RO,
          # A-8-2015-0146_EL, A-7-2013-0256_DE, A-8-2017-0148_PL, A-6-2008-0107_PL
          cs | NÁVRH LEGISLATIVNÍHO USNESENÍ EVROPSKÉHO PARLAMENTU | LEGISLATIVE_RESOLUTION
          hr | NACRT ZAKONODAVNE REZOLUCIJE EUROPSKOG PARLAMENTA | LEGISLATIVE_RESOLUTION
          ro | PROIECT DE REZOLUȚIE LEGISLATIVĂ A PARLAMENTULUI EUROPEAN | LEGISLATIVE_RESOLUTION
          el | ΣΧΕΔΙΟ ΝΟΜΟΘΕΤΙΚΟΥ ΨΗΦΙΣΜΑΤΟΣ ΤΟΥ ΕΥΡΩΠΑΪΚΟΥ ΚΟΙΝΟΒΟΥΛΙΟΥ | LEGISLATIVE_RESOLUTION
          de | ENTWURF EINER LEGISLATIVEN ENTSCHLIESSUNG DES EUROPÄISCHEN PARLAMENTS | LEGISLATIVE_RESOLUTION
          pl | 1. PROJEKT DECYZJI PARLAMENTU EUROPEJSKIEGO | DECISION
          pl | PROJEKT REZOLUCJI PARLAMENTU EUROPEJSKIEGO | RESOLUTION
          # languages.md §11, A-8-2018-0028_SK
          sk | NÁVRH LEGISLATÍVNEHO UZNESENIA EURÓPSKEHO PARLAMENTU | LEGISLATIVE_RESOLUTION
          # ../shared/corpus/real/eurlex/eurlex_51999IP0356_EN-plain.txt, line 7
          en | Resolution on the results of the extraordinary European Council in Berlin | RESOLUTION
          # reports/report_A-6-2008-0107_PL.txt, line 40: "decyzją" is no "Decyzja"
          pl | uprawnień wykonawczych przyznanych Komisji, zmienionej decyzją 2006/512/WE | -
          """)
  void readsTheKindOfALooseTitle(String language, String line, String kind) {
    LanguageProfile profile = LanguageProfiles.forCode(language).orElseThrow();
    assertThat(profile.readLooseTitle(line).map(LanguageProfile.TitleParts::kind))
        .isEqualTo(
            kind.equals("-")
                ? java.util.Optional.empty()
                : java.util.Optional.of(DocumentKind.valueOf(kind)));
  }
}
