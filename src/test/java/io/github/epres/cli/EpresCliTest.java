package io.github.epres.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.epres.Seeds;
import io.github.epres.json.ResolutionJson;
import io.github.epres.model.Resolution;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EpresCliTest {
  @TempDir Path dir;

  private record Run(int exitCode, String out, String err) {}

  private static Run run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = EpresCli.run(new PrintWriter(out), new PrintWriter(err), args);
    return new Run(code, out.toString(), err.toString());
  }

  @Test
  void withoutAFileParsesTheBundledReferenceDocument() {
    Run run = run("parse");
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
    Run run = run("parse", file.toString(), "--format", "text");
    assertThat(run.exitCode()).isZero();
    assertThat(run.out()).isEqualTo(Seeds.withCrlf());
  }

  @Test
  void explicitLanguage() {
    Run run = run("parse", "--lang", "lv");
    assertThat(run.exitCode()).isZero();
    assertThat(ResolutionJson.read(run.out()).languageConfidence()).isEqualTo(1.0);
  }

  @Test
  void strictParseErrorGoesToStderrWithFileLineAndColumn() throws Exception {
    Path file = dir.resolve("bad.txt");
    Files.writeString(file, Seeds.reference().replace("\nB. tā kā", "\nC. tā kā"));
    Run run = run("parse", file.toString(), "--strict");
    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.out()).isEmpty();
    assertThat(run.err())
        .startsWith(file + ":15:1: recital C out of sequence: expected B\nC. tā kā 2015.");
  }

  @Test
  void lenientParseReportsDiagnosticsAndStillPrintsJson() throws Exception {
    Path file = dir.resolve("bad.txt");
    Files.writeString(file, Seeds.reference().replace("\nB. tā kā", "\nC. tā kā"));
    Run run = run("parse", file.toString());
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
    Run run = run("parse", dir.resolve("none.txt").toString());
    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.err()).contains("none.txt: cannot read:");
  }

  @Test
  void usageErrorsExitWithTwo() {
    assertThat(run("parse", "--format", "xml").exitCode()).isEqualTo(2);
    assertThat(run("parse", "--no-such-option").exitCode()).isEqualTo(2);
    assertThat(run("parse", "--lang", "xx").exitCode()).isEqualTo(2);
    assertThat(run().exitCode()).isEqualTo(2);
  }
}
