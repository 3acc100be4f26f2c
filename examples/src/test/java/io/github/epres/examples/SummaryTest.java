package io.github.epres.examples;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.epres.ResolutionParser;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class SummaryTest {
  @Test
  void summarizesTheReferenceDocument() throws Exception {
    var resolution =
        ResolutionParser.builder().build().parse(Path.of("../seeds/TA-9-2021-0056_LV.txt"));
    assertThat(Summary.summarize(resolution))
        .isEqualTo(
            String.format(
                "lv 2021-02-11 2021/2544(RSP)%n"
                    + "11 citations, 23 recitals, 27 paragraphs, 28 dates%n"
                    + "para_27: uzdod priekšsēdētājam nosūtīt šo rezolūc…%n"
                    + "§ 5 condemns: nosoda ekstrēmisma novēršanas tiesību ak…%n"
                    + "20 calls on: [AUTHORITIES, GOVERNMENT, OTHER, MEMBER_STATES, VP_HR, COMMISSION]%n"));
  }
}
