package io.github.epres.lang;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LatvianProfileTest {
  private static final LanguageProfile LV = LanguageProfiles.forCode("lv").orElseThrow();

  @ParameterizedTest(name = "{0}")
  @CsvSource({
    "'2021. gada 11. februāra',2021-02-11",
    "'2020. gada 1. martā',2020-03-01",
    "'2013. gada 18. aprīļa',2013-04-18",
    "'2020. gada 20. janvārī',2020-01-20",
    "'2019. gada 17. jūnija',2019-06-17",
    "'2020. gada 25. septembrī',2020-09-25",
    "'2020. gada 26. un 27. novembrī',2020-11-26",
    "'2020. gada 22. oktobra',2020-10-22",
    "'2021. gada 5. februārī',2021-02-05",
    "'2015. gada 21. decembrī',2015-12-21",
    "'2010. gada 5. maijs',2010-05-05",
    "'2016. gada 6. jūlija',2016-07-06",
    "'2018. gada 3. augustā',2018-08-03",
  })
  // A range ("26. un 27. novembrī") reads as the day it starts.
  void readsDatesInEveryCase(String text, LocalDate expected) {
    assertThat(LV.readDate(text)).contains(expected);
  }

  @Test
  void rejectsWhatIsNotADate() {
    assertThat(LV.readDate("2021. gada 31. februāra")).isEmpty();
    assertThat(LV.readDate("2021. gada 11. nekas")).isEmpty();
    assertThat(LV.readDate("no date here")).isEmpty();
  }

  @Test
  void findsOpenersAsWrittenAtAWordBoundary() {
    assertThat(LV.citationOpener("ņemot vērā Padomes secinājumus")).contains("ņemot vērā");
    assertThat(LV.recitalOpener("Tā kā X")).contains("Tā kā");
    assertThat(LV.recitalOpener("tā kāds")).isEmpty();
    assertThat(LV.citationOpener("Padomes secinājumus")).isEmpty();
  }

  @Test
  void readsTheTitle() {
    var parts =
        LV.readTitle(
                "Eiropas Parlamenta 2021. gada 11. februāra rezolūcija par cilvēktiesību stāvokli"
                    + " Kazahstānā (2021/2544(RSP))")
            .orElseThrow();
    assertThat(parts.dateText()).isEqualTo("2021. gada 11. februāra");
    assertThat(parts.date()).contains(LocalDate.of(2021, 2, 11));
    assertThat(parts.subject()).isEqualTo("par cilvēktiesību stāvokli Kazahstānā");
    assertThat(parts.procedure()).isEqualTo("2021/2544(RSP)");
  }

  @Test
  void authorLine() {
    assertThat(LV.isAuthorLine("Eiropas Parlaments,")).isTrue();
    assertThat(LV.isAuthorLine("  Eiropas Parlaments, ")).isTrue();
    assertThat(LV.isAuthorLine("Eiropas Parlamenta")).isFalse();
  }
}
