package io.github.epres;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.github.epres.internal.layout.eurlex.EurLexFurniture;
import io.github.epres.lang.LanguageProfiles;
import io.github.epres.model.Block;
import io.github.epres.model.Diagnostic;
import io.github.epres.model.DiagnosticCode;
import io.github.epres.model.Header;
import io.github.epres.model.OfficialJournal;
import io.github.epres.model.Resolution;
import io.github.epres.model.Severity;
import io.github.epres.model.Span;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The real EUR-Lex copies of ../shared/corpus/real/eurlex, every view and many languages: the
 * notice each prints (CELEX number, the Official Journal's series, issue, date, first page, the
 * act's number and the copy's language, the document numbers), as read off the pages' lines; and
 * the site's lines kept as furniture, never as a block or the title. Skipped without ../shared.
 */
class EurLexPagesTest {
  private static final ResolutionParser PARSER = ResolutionParser.builder().build();
  private static final Path PAGES =
      Path.of(System.getProperty("epres.shared", "../shared"), "corpus", "real", "eurlex");

  /**
   * One row a page: the file, then what its head prints ("-" where it prints nothing): the CELEX
   * number is printed on 21 of the 32 pages only.
   */
  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = ';',
      value = {
        "32019B2224_EN-all;32019B2224;L;333;2019-12-27;134;-;EN;-",
        "51997AP0406_DA-plain;51997AP0406;C;34;1998-02-02;75;-;-;A4-0406/97",
        "51999IP0356_EN-plain;51999IP0356;C;219;1999-07-30;190;-;-;B4-0356, 0357, 0364 and 0367/99",
        "52004IP0004_DE-plain;52004IP0004;C;247E;2005-10-06;88;-;-;P6_TA(2005)0004",
        "52005AP0256_EN-plain;-;C;133E;2006-06-08;116;-;-;-",
        "52006IP0568_LV-plain;52006IP0568;C;317E;2006-12-23;480;-;-;P6_TA(2006)0568",
        "52008IP0254_PT-plain;52008IP0254;C;285E;2009-11-26;11;2009/C 285 E/03;PT;P6_TA(2008)0254",
        "52009IP0074_BG-plain;-;C;76E;2010-03-25;54;2010/C 76 E/12;BG;P6_TA(2009)0074",
        "52009IP0091(01)_CS-plain;52009IP0091(01);C;285E;2010-10-21;35;2010/C 285 E/03;CS;"
            + "P7_TA(2009)0091",
        "52010IP0047_DE-plain;-;C;349E;2010-12-22;10;2010/C 349 E/02;DE;P7_TA(2010)0047",
        "52010IP0047_DE-table;-;C;349E;2010-12-22;10;2010/C 349 E/02;DE;P7_TA(2010)0047",
        "52011IP0121_SL-plain;-;C;296E;2012-10-02;1;2012/C 296 E/01;SL;P7_TA(2011)0121",
        "52013AP0194_MT-plain;52013AP0194;C;55;2016-02-12;138;2016/C 055/30;MT;P7_TA(2013)0194",
        "52013AP0557_DE-plain;-;C;468;2016-12-15;279;2016/C 468/59;DE;P7_TA(2013)0557",
        "52015IP0198_EN-plain;52015IP0198;C;353;2016-09-27;27;2016/C 353/03;EN;P8_TA(2015)0198",
        "52016IP0201_HR-oj;52016IP0201;C;66;2018-02-21;17;2018/C 066/03;HR;P8_TA(2016)0201",
        "52016IP0437_EN-table;52016IP0437;C;224;2018-06-27;36;2018/C 224/05;EN;P8_TA(2016)0437",
        "52017IP0063_SV-plain;-;C;263;2018-07-25;28;2018/C 263/04;SV;P8_TA(2017)0063",
        "52017IP0378_IT-all;52017IP0378;C;346;2018-09-27;60;2018/C 346/08;IT;P8_TA(2017)0378",
        "52017IP0378_NL-plain;-;C;346;2018-09-27;60;2018/C 346/08;NL;P8_TA(2017)0378",
        "52017IP0397_LT-plain;-;C;346;2018-09-27;127;2018/C 346/18;LT;P8_TA(2017)0397",
        "52017IP0398_ET-all;52017IP0398;C;346;2018-09-27;133;2018/C 346/19;ET;P8_TA(2017)0398",
        "52017IP0487_ES-plain;52017IP0487;C;369;2018-10-11;11;2018/C 369/02;ES;P8_TA(2017)0487",
        "52018IP0052_FI-all;52018IP0052;C;129;2019-04-05;7;2019/C 129/02;FI;P8_TA(2018)0052",
        "52018IP0222_SK-plain;-;C;76;2020-03-09;48;2020/C 76/07;SK;P8_TA(2018)0222",
        "52019BP1429_HU-oj;52019BP1429;L;249;2019-09-27;123;-;HU;-",
        "52019IP0058_FR-oj;52019IP0058;C;411;2020-11-27;168;2020/C 411/23;FR;P8_TA(2019)0058",
        "52020BP1878_RO-table;-;L;417;2020-12-11;115;-;RO;-",
        "52020IP0211_EN-oj;52020IP0211;C;385;2021-09-22;2;2021/C 385/01;EN;P9_TA(2020)0211",
        "52021IP0514_DE-oj;52021IP0514;C;251;2022-06-30;138;2022/C 251/16;DE;P9_TA(2021)0514",
        "52023BP0119_EN-oj;52023BP0119;C;C/2023/467;2023-12-01;-;C/2023/467;EN;P9_TA(2023)0119",
        "52024BP2277_DE-plain;52024BP2277;L;2024/2277;2024-10-10;-;-;DE;-",
      })
  void readsTheNotice(
      String page,
      String celex,
      String series,
      String issue,
      LocalDate date,
      String firstPage,
      String number,
      String language,
      String numbers)
      throws IOException {
    Resolution r = PARSER.parse(page(page));
    Header header = r.header().orElseThrow();
    assertThat(header.celex().orElse("-")).isEqualTo(celex);
    OfficialJournal journal = header.officialJournal().orElseThrow();
    assertThat(journal.series()).isEqualTo(series);
    assertThat(journal.issue()).contains(issue);
    assertThat(journal.date()).contains(date);
    assertThat(journal.page().orElse("-")).isEqualTo(firstPage);
    assertThat(journal.number().orElse("-")).isEqualTo(number);
    assertThat(journal.language().orElse("-")).isEqualTo(language);
    assertThat(header.documentNumbers())
        .isEqualTo(numbers.equals("-") ? List.of() : List.of(numbers));
  }

  static Stream<String> pages() throws IOException {
    if (!Files.isDirectory(PAGES)) {
      return Stream.of("(absent)");
    }
    try (Stream<Path> files = Files.list(PAGES)) {
      return files
          .map(f -> f.getFileName().toString())
          .filter(f -> f.endsWith(".txt"))
          .map(f -> f.substring("eurlex_".length(), f.length() - ".txt".length()))
          .sorted()
          .toList()
          .stream();
    }
  }

  /**
   * The site's lines and the notice stay page furniture: no block or title holds one and no error
   * points at one. A page still read as no resolution at all (its blocks not found) is skipped.
   */
  @ParameterizedTest(name = "{0}")
  @MethodSource("pages")
  void keepsTheFurnitureOutOfTheText(String page) throws IOException {
    Resolution r = PARSER.parse(page(page));
    assumeTrue(
        r.diagnostics().stream().noneMatch(d -> d.code() == DiagnosticCode.NOT_A_RESOLUTION),
        page + " is not read as a resolution yet");
    String source = Files.readString(page(page), StandardCharsets.UTF_8);
    List<Span> text = new ArrayList<>();
    r.title().ifPresent(t -> text.add(t.span()));
    Stream.of(r.citations(), r.recitals(), r.paragraphs())
        .flatMap(List::stream)
        .map(Block::span)
        .forEach(text::add);
    r.diagnostics().stream()
        .filter(d -> d.severity() == Severity.ERROR)
        .map(Diagnostic::span)
        .forEach(text::add);
    var profile = LanguageProfiles.forCode(r.language()).orElse(null);
    int end = r.authorLine().map(a -> a.span().offset()).orElse(source.length());
    for (int start = 0, next; start < end; start = next + 1) {
      next = source.indexOf('\n', start);
      next = next < 0 ? source.length() : next;
      String line = source.substring(start, next);
      if (EurLexFurniture.isFurniture(line, profile)) {
        int from = start;
        int to = next;
        assertThat(text)
            .as("furniture: %s", line)
            .noneMatch(
                s ->
                    s.length() == 0
                        ? from <= s.offset() && s.offset() <= to
                        : s.offset() < to && from < s.end());
      }
    }
  }

  private static Path page(String page) {
    Path file = PAGES.resolve("eurlex_" + page + ".txt");
    assumeTrue(Files.exists(file), "../shared/corpus is absent: " + file);
    return file;
  }
}
