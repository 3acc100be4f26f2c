package io.github.epres;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.github.epres.model.Diagnostic;
import io.github.epres.model.OtherLine;
import io.github.epres.model.Resolution;
import io.github.epres.model.Severity;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Whole real pages end with their web page's footer, in the page's language: it is page furniture
 * (a {@code FOOTER} line), never an error, also where the last paragraph is not the final formula
 * (the Rule 133 motions end with a call on the Commission).
 */
class RealPageFooterTest {
  private static final Path REAL =
      Path.of(System.getProperty("epres.shared", "../shared"), "corpus", "real");

  private static final ResolutionParser PARSER = ResolutionParser.builder().build();

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          motions/motion_B-8-2015-0302_IT.txt      | Avvertenza legale - Informativa sulla privacy
          motions/motion_B-8-2015-0742_SL.txt      | Pravno obvestilo
          motions/motion_B-8-2015-0817_HR.txt      | Pravna napomena
          motions/motion_B-8-2015-1091_DE.txt      | Rechtlicher Hinweis
          motions/motion_B-8-2017-0705_NL.txt      | Laatst bijgewerkt op: 11 januari 2018Juridische mededeling - Privacybeleid
          parallel/parallel_TA-9-2019-0002_LV.txt  | Pēdējā atjaunošana: 2019. gada 13. septembrisJuridisks paziņojums
          parallel/parallel_TA-9-2019-0002_HU.txt  | Utolsó frissítés: 2019. szeptember 13.Jogi nyilatkozat
          parallel/parallel_TA-9-2019-0002_PL.txt  | Ostatnia aktualizacja: 13 września 2019Informacja prawna
          parallel/parallel_TA-9-2019-07-16_MT.txt | Avviż legali - Politika tal-privatezza
          parallel/parallel_TA-8-2015-0296_ET.txt  | Õigusteave - Privaatsuspoliitika
          """)
  void readsTheFooterAsFurniture(String file, String footer) throws IOException {
    Path path = REAL.resolve(file);
    assumeTrue(Files.exists(path), "../shared/corpus/real is absent: " + path);
    Resolution r = PARSER.parse(Files.readString(path, StandardCharsets.UTF_8));
    List<OtherLine> footers =
        r.otherLines().stream().filter(l -> l.kind() == OtherLine.Kind.FOOTER).toList();
    assertThat(footers).extracting(l -> l.text().strip()).containsExactly(footer);
    int line = footers.get(0).span().line();
    assertThat(r.diagnostics())
        .filteredOn(d -> d.severity() == Severity.ERROR)
        .extracting(Diagnostic::span)
        .noneMatch(s -> s.line() == line);
  }
}
