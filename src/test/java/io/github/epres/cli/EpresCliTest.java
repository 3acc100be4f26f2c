package io.github.epres.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.epres.Seeds;
import io.github.epres.json.ResolutionJson;
import io.github.epres.model.Resolution;
import io.github.epres.table.BlockRow;
import io.github.epres.table.BlockTable;
import java.io.ByteArrayOutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class EpresCliTest {
  @TempDir Path dir;

  private static CliRun run(String... args) {
    return CliRun.of(args);
  }

  /**
   * The quick start path gives what picocli gives for the arguments it takes, and leaves the others
   * to picocli.
   */
  @org.junit.jupiter.params.ParameterizedTest
  @org.junit.jupiter.params.provider.ValueSource(
      strings = {
        "parse",
        "parse --format md",
        "parse --format=csv",
        "parse --format akn src/test/resources/golden/problems-lv.txt",
        "parse src/test/resources/golden/problems-lv.txt",
        "parse src/test/resources/amendments/report-page-de.html",
        "parse no-such-file.txt",
        "parse --format nope",
        "parse --strict src/test/resources/golden/problems-lv.txt",
        "parse src/test/resources/golden",
        "parse --help"
      })
  void theQuickPathPrintsWhatPicocliPrints(String line) {
    String[] args = line.split(" ");
    CliRun quick = run(args);
    CliRun picocli = CliRun.withPicocli(args);
    assertThat(quick.exitCode()).isEqualTo(picocli.exitCode());
    assertThat(quick.out()).isEqualTo(picocli.out());
    // A batch's summary ends with its time, which differs from run to run.
    assertThat(untimed(quick.err())).isEqualTo(untimed(picocli.err()));
  }

  private static String untimed(String err) {
    return err.replaceAll(", in \\d+\\.\\d s\n", ", in T s\n");
  }

  @Test
  void theQuickPathTakesOnlyItsOwnArguments() {
    PrintWriter err = new PrintWriter(new StringWriter());
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    assertThat(QuickStart.run(new String[] {"parse", "--lang", "lv"}, out, err)).isNull();
    assertThat(QuickStart.run(new String[] {"parse", "a.txt", "b.txt"}, out, err)).isNull();
    assertThat(QuickStart.run(new String[] {"parse", "--format", "xml"}, out, err)).isNull();
    assertThat(QuickStart.run(new String[] {"votes", "a.xml"}, out, err)).isNull();
    assertThat(QuickStart.run(new String[] {"parse", "src/test/resources"}, out, err)).isNull();
    assertThat(out.size()).isZero();
    assertThat(QuickStart.run(new String[] {"parse", "--format", "md"}, out, err)).isZero();
    assertThat(out.toString(StandardCharsets.UTF_8)).startsWith("# Eiropas Parlamenta");
  }

  @Test
  void withoutAFileParsesTheBundledReferenceDocument() {
    CliRun run = run("parse");
    assertThat(run.exitCode()).isZero();
    assertThat(run.err()).isEmpty();
    Resolution r = ResolutionJson.read(run.out());
    assertThat(r.language()).isEqualTo("lv");
    assertThat(r.citations()).hasSize(11);
    assertThat(r.recitals()).hasSize(23);
    assertThat(r.paragraphs()).hasSize(27);
    assertThat(r.title().orElseThrow().procedure().orElseThrow().reference())
        .isEqualTo("2021/2544(RSP)");
  }

  @Test
  void textFormatReproducesTheFile() throws Exception {
    Path file = dir.resolve("crlf.txt");
    Files.writeString(file, Seeds.withCrlf(), StandardCharsets.UTF_8);
    CliRun run = run("parse", file.toString(), "--format", "text");
    assertThat(run.exitCode()).isZero();
    assertThat(run.out()).isEqualTo(Seeds.withCrlf());
  }

  @Test
  void anEpWebPageIsReadAsHtml() throws Exception {
    Path page =
        Path.of(
            System.getProperty("epres.shared", "../shared"), "corpus/en/RC-10-2025-0249_EN.html");
    org.junit.jupiter.api.Assumptions.assumeTrue(Files.exists(page), "../shared/corpus is absent");
    CliRun run = run("parse", page.toString(), "--strict");
    assertThat(run.exitCode()).isZero();
    JsonNode json = new ObjectMapper().readTree(run.out());
    assertThat(json.at("/header/documentNumber").asText()).isEqualTo("RC-B10-0249/2025");
    assertThat(json.at("/header/motion/kind").asText()).isEqualTo("JOINT_MOTION");
    assertThat(json.at("/header/motion/date").asText()).isEqualTo("2025-05-07");
    assertThat(json.at("/header/motion/replacedMotions").size()).isEqualTo(5);
    assertThat(json.at("/header/motion/authorGroups/5/authors/2").asText())
        .isEqualTo("Merja Kyllönen");
    assertThat(json.at("/paragraphs").size()).isEqualTo(9);
    assertThat(json.at("/paragraphs/8/clauses/0/action").asText()).isEqualTo("INSTRUCTS");
  }

  @Test
  void textCopiedFromAPageGivesItsHeaderInJson() throws Exception {
    CliRun run = run("parse", "src/test/resources/realworld/copied-en.txt", "--strict");
    assertThat(run.exitCode()).isZero();
    JsonNode json = new ObjectMapper().readTree(run.out());
    assertThat(json.at("/header/documentNumber").asText()).isEqualTo("P9_TA(2021)0056");
    assertThat(json.at("/header/place").asText()).isEqualTo("Brussels");
    assertThat(json.at("/paragraphs/1/points/1/points/0/id").asText())
        .isEqualTo("para_2__point_b__point_i");
    assertThat(json.at("/footnotes/0/text").asText()).isEqualTo("OJ C 23, 21.1.2021, p. 23.");
    assertThat(json.at("/annex/heading").asText()).isEqualTo("ANNEX");
  }

  @Test
  void explicitLanguage() {
    CliRun run = run("parse", "--lang", "lv");
    assertThat(run.exitCode()).isZero();
    assertThat(ResolutionJson.read(run.out()).languageConfidence()).isEqualTo(1.0);
  }

  @Test
  void strictParseErrorGoesToStderrWithFileLineAndColumn() throws Exception {
    Path file = dir.resolve("bad.txt");
    Files.writeString(file, Seeds.reference().replace("\nB. tā kā", "\nC. tā kā"));
    CliRun run = run("parse", file.toString(), "--strict");
    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.out()).isEmpty();
    assertThat(run.err())
        .startsWith(file + ":15:1: recital C out of sequence: expected B\nC. tā kā 2015.");
  }

  @Test
  void lenientParseReportsDiagnosticsAndStillPrintsJson() throws Exception {
    Path file = dir.resolve("bad.txt");
    Files.writeString(file, Seeds.reference().replace("\nB. tā kā", "\nC. tā kā"));
    CliRun run = run("parse", file.toString());
    assertThat(run.exitCode()).isZero();
    assertThat(run.err())
        .isEqualTo(
            file
                + ":15:1: error: recital C out of sequence: expected B\n"
                + file
                + ":16:1: error: recital C repeated\n");
    assertThat(ResolutionJson.read(run.out()).recitals()).hasSize(23);
  }

  @Test
  void missingFileIsAnError() {
    CliRun run = run("parse", dir.resolve("none.txt").toString());
    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.err()).isEqualTo("epres: " + dir.resolve("none.txt") + ": no such file\n");
  }

  @Test
  void usageErrorsExitWithTwo() {
    assertThat(run("parse", "--format", "xml").exitCode()).isEqualTo(2);
    assertThat(run("parse", "--no-such-option").exitCode()).isEqualTo(2);
    assertThat(run("parse", "--lang", "xx").exitCode()).isEqualTo(2);
    assertThat(run("nothing").exitCode()).isEqualTo(2);
  }

  @Test
  void batchParsesADirectoryInParallelAndPrintsResultsInInputOrder() throws Exception {
    for (int i = 0; i < 12; i++) {
      Files.writeString(dir.resolve(String.format("doc%02d.txt", i)), Seeds.reference());
    }
    Files.writeString(dir.resolve("doc05.txt"), "Lorem ipsum");
    Files.writeString(dir.resolve("notes.md"), "not a .txt file");
    CliRun run = run("parse", dir.toString(), "--format", "json", "--strict", "--threads", "3");

    assertThat(run.exitCode()).as("one file failed").isEqualTo(1);
    String[] lines = run.out().split("\n");
    assertThat(lines).hasSize(12);
    for (int i = 0; i < 12; i++) {
      String file = dir.resolve(String.format("doc%02d.txt", i)).toString();
      String quoted = new ObjectMapper().writeValueAsString(file);
      assertThat(lines[i])
          .startsWith("{\"file\":" + quoted + ",\"" + (i == 5 ? "error" : "resolution"));
    }
    assertThat(lines[5])
        .endsWith(
            "\"error\":\"line 1:1: not a resolution: no citation, recital or paragraph found\"}");
    JsonNode first = new ObjectMapper().readTree(lines[0]);
    Resolution r = ResolutionJson.read(first.get("resolution").toString());
    assertThat(r.paragraphs()).hasSize(27);
    assertThat(run.err()).startsWith(dir.resolve("doc05.txt") + ":1:1: not a resolution");
    assertThat(run.err()).doesNotContain("[=");
  }

  @Test
  void severalFilesNeedALineFormat() throws Exception {
    Path a = Files.writeString(dir.resolve("a.txt"), Seeds.reference());
    CliRun run = run("parse", a.toString(), a.toString(), "--format", "akn");
    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err())
        .isEqualTo(
            "epres parse: several documents need --format json, jsonl or csv, or --output DIR for"
                + " a file each\ntry `epres parse --help`\n");
    assertThat(run("parse", "--threads", "0").exitCode()).isEqualTo(2);
  }

  @ParameterizedTest
  @MethodSource("io.github.epres.lang.LanguageFixturesTest#codes")
  void printsTheRightJsonForAFixtureInEveryLanguage(String code) {
    CliRun run = run("parse", "src/test/resources/languages/" + code + ".txt");
    assertThat(run.exitCode()).isZero();
    Resolution r = ResolutionJson.read(run.out());
    assertThat(r.language()).isEqualTo(code);
    assertThat(r.title().orElseThrow().date()).contains(java.time.LocalDate.of(2021, 2, 11));
    assertThat(r.paragraphs()).hasSize(4);
  }

  @Test
  void csvAndJsonLinesGiveOneRowPerBlock() throws Exception {
    CliRun csv = run("parse", "--format", "csv");
    assertThat(csv.exitCode()).isZero();
    try (CSVParser parser =
        CSVParser.parse(
            csv.out(), BlockTable.CSV.builder().setHeader().setSkipHeaderRecord(true).get())) {
      List<CSVRecord> records = parser.getRecords();
      assertThat(parser.getHeaderNames()).containsExactlyElementsOf(BlockRow.COLUMNS);
      assertThat(records).hasSize(11 + 23 + 27);
      CSVRecord first = records.get(0);
      assertThat(first.get("id")).isEqualTo("cit_1");
      assertThat(first.get("kind")).isEqualTo("citation");
      assertThat(first.get("procedure")).isEqualTo("2021/2544(RSP)");
      assertThat(first.get("voteLabelEn")).isEqualTo("Citation 1");
      assertThat(records.get(34).get("actions")).isEqualTo("URGES CALLS_ON");
      assertThat(first.get("dates")).isEqualTo("2019-03-14 2013-04-18 2012-03-15 2009-09-17");
      assertThat(first.get("text")).startsWith("ņemot vērā 2019. gada 14. marta");
      assertThat(records.get(60).get("id")).isEqualTo("para_27");
    }
    CliRun jsonl = run("parse", "--format", "jsonl");
    String[] lines = jsonl.out().split("\n");
    assertThat(lines).hasSize(61);
    JsonNode last = new ObjectMapper().readTree(lines[60]);
    assertThat(last.get("id").asText()).isEqualTo("para_27");
    assertThat(last.get("number").asInt()).isEqualTo(27);
    assertThat(last.get("voteLabel").asText()).isEqualTo("27. punkts");
    assertThat(last.get("actions").asText()).isEqualTo("INSTRUCTS");
    assertThat(last.get("label").asText()).isEqualTo("27");
  }

  @Test
  void aknAndMarkdownFormats() {
    CliRun akn = run("parse", "--format", "akn");
    assertThat(akn.exitCode()).isZero();
    assertThat(akn.out()).startsWith("<?xml").contains("<paragraph eId=\"para_27\">");
    CliRun md = run("parse", "--format", "md");
    assertThat(md.out())
        .startsWith("# Eiropas Parlamenta 2021. gada 11. februāra rezolūcija")
        .contains("\n*Eiropas Parlaments,*\n")
        .contains("\n- ņemot vērā 2019. gada 14. marta")
        .contains("\n**W.** tā kā LGBTI")
        .contains("\n**27.** uzdod priekšsēdētājam");
  }

  /** Akoma Ntoso is indented; --compact gives the writer's one line, in a batch's files too. */
  @Test
  void compactAkomaNtosoIsOneLine() throws Exception {
    Resolution reference =
        io.github.epres.ResolutionParser.builder().build().parse(Seeds.reference());
    String indented = run("parse", "--format", "akn").out();
    assertThat(indented).isEqualTo(io.github.epres.akn.AknWriter.write(reference));
    assertThat(indented).contains("\n  <doc name=\"resolution\">\n    <meta>");
    CliRun compact = run("parse", "--format", "akn", "--compact");
    assertThat(compact.exitCode()).isZero();
    assertThat(compact.out()).isEqualTo(io.github.epres.akn.AknWriter.writeCompact(reference));
    assertThat(compact.out().strip().lines().count()).isLessThan(3);
    Path docs = Files.createDirectories(dir.resolve("docs"));
    Files.writeString(docs.resolve("a.txt"), Seeds.reference());
    Files.writeString(docs.resolve("b.txt"), Seeds.reference());
    Path out = dir.resolve("out");
    CliRun batch =
        run("parse", "-f", "akn", "--compact", "-q", "-o", out.toString(), docs.toString());
    assertThat(batch.exitCode()).isZero();
    assertThat(Files.readString(out.resolve("b.xml"))).isEqualTo(compact.out());
  }

  /**
   * A closed output (as in "epres parse | head") ends the run quietly with exit code 0; another
   * failure to write is one line, exit code 1. CliProcessIT closes a real pipe.
   */
  @ParameterizedTest
  @org.junit.jupiter.params.provider.CsvSource({
    "Broken pipe, 0, ''",
    "No space left on device, 1, 'epres: cannot write the output: No space left on device\n'"
  })
  void aClosedOutputEndsQuietly(String failure, int exit, String message) {
    java.io.OutputStream closed =
        new java.io.OutputStream() {
          @Override
          public void write(int b) throws java.io.IOException {
            throw new java.io.IOException(failure);
          }
        };
    for (String[] args :
        List.of(
            new String[] {"parse"},
            new String[] {"parse", "--lang", "lv"},
            new String[] {"votes", "src/test/resources/cli/voting-list.xml"})) {
      java.io.StringWriter err = new java.io.StringWriter();
      assertThat(EpresCli.run(closed, new PrintWriter(err), args)).isEqualTo(exit);
      assertThat(err.toString()).isEqualTo(message);
    }
  }
}
