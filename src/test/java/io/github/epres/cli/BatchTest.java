package io.github.epres.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.epres.Seeds;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * {@code epres parse DIR}: a summary closes the run on stderr, --output writes one file per
 * document named after its input in every format, --quiet leaves only failures, and messages are
 * printed above the progress bar, never through it.
 */
class BatchTest {
  @TempDir Path dir;
  private Path docs;

  private static CliRun run(String... args) {
    return CliRun.of(args);
  }

  /** docs/: the reference, a text with errors and a warning in sub/, and one that is no text. */
  @BeforeEach
  void documents() throws IOException {
    docs = Files.createDirectories(dir.resolve("docs"));
    Files.writeString(docs.resolve("TA-9-2021-0056_LV.txt"), Seeds.reference());
    Files.createDirectories(docs.resolve("sub"));
    Files.copy(
        Path.of("src/test/resources/golden/problems-lv.txt"), docs.resolve("sub/problems-lv.txt"));
    Files.writeString(docs.resolve("lorem.txt"), "Lorem ipsum");
    Files.writeString(docs.resolve("notes.md"), "not a document");
  }

  @Test
  void endsWithASummaryOnStderr() {
    CliRun run = run("parse", docs.toString(), "--format", "jsonl", "--threads", "2");
    assertThat(run.exitCode()).isZero();
    String[] lines = run.err().split("\n");
    // lorem.txt: not a resolution, no language; problems-lv.txt: four errors, a warning.
    assertThat(lines).hasSize(2 + 5 + 1);
    assertThat(lines[lines.length - 1])
        .matches("3 documents, 2 with errors, 2 warnings, in \\d+\\.\\d s");
  }

  @Test
  void quietLeavesOnlyTheDocumentsThatFail() {
    assertThat(run("parse", docs.toString(), "-q").err()).isEmpty();
    CliRun strict = run("parse", docs.toString(), "--quiet", "--strict");
    assertThat(strict.exitCode()).isEqualTo(1);
    // Strict parsing stops a document at its first error (a warning does not).
    assertThat(strict.err())
        .isEqualTo(
            docs.resolve("lorem.txt")
                + ":1:1: not a resolution: no citation, recital or paragraph found\nLorem ipsum\n^\n"
                + docs.resolve("sub/problems-lv.txt")
                + ":6:1: recital C out of sequence: expected B\nC. tā kā trešais, bet B trūkst;\n^\n");
  }

  /** Each file holds what printing that document alone gives, under its input's name. */
  @ParameterizedTest
  @EnumSource(Format.class)
  void writesAFilePerDocumentInEveryFormat(Format format) throws IOException {
    Path out = dir.resolve("out");
    CliRun run =
        run("parse", docs.toString(), "--format", format.name(), "--output", out.toString());
    assertThat(run.exitCode()).isZero();
    assertThat(run.out()).isEmpty();
    assertThat(files(out))
        .containsExactly(
            "TA-9-2021-0056_LV" + format.extension,
            "lorem" + format.extension,
            "sub/problems-lv" + format.extension);
    for (String name : List.of("TA-9-2021-0056_LV.txt", "sub/problems-lv.txt")) {
      Path input = docs.resolve(name);
      String alone = run("parse", input.toString(), "--format", format.name()).out();
      String base = name.substring(0, name.length() - ".txt".length());
      assertThat(Files.readString(out.resolve(base + format.extension))).isEqualTo(alone);
    }
  }

  private static List<String> files(Path folder) throws IOException {
    List<String> names = new ArrayList<>();
    try (Stream<Path> walk = Files.walk(folder)) {
      walk.filter(Files::isRegularFile)
          .map(p -> folder.relativize(p).toString())
          .sorted()
          .forEach(names::add);
    }
    return names;
  }

  @Test
  void givesNamesakesFilesOfTheirOwnAndWritesOverNoInput() throws IOException {
    Files.writeString(docs.resolve("lorem.html"), "<html><body><p>Lorem</p></body></html>");
    Path out = dir.resolve("out");
    CliRun run = run("parse", docs.toString(), "--format", "md", "--output", out.toString(), "-q");
    assertThat(run.exitCode()).isZero();
    assertThat(run.err()).isEmpty();
    assertThat(files(out))
        .containsExactly("TA-9-2021-0056_LV.md", "lorem.md", "lorem.txt.md", "sub/problems-lv.md");
    String html = docs.resolve("lorem.html").toString();
    assertThat(Files.readString(out.resolve("lorem.md")))
        .isEqualTo(run("parse", html, "--format", "md").out());
    String text = docs.resolve("lorem.txt").toString();
    assertThat(Files.readString(out.resolve("lorem.txt.md")))
        .isEqualTo(run("parse", text, "--format", "md").out());

    // Text files are documents: written into the folder read, they would replace or join them.
    CliRun over = run("parse", docs.toString(), "--format", "text", "--output", docs.toString());
    assertThat(over.exitCode()).isEqualTo(2);
    assertThat(over.err())
        .startsWith(
            "epres parse: --output "
                + docs
                + " is in the folder read, "
                + docs
                + ", where its text files would be read as documents: choose another folder\n");
    Path lorem = docs.resolve("lorem.txt");
    Path page = docs.resolve("lorem.html");
    CliRun named =
        run("parse", page.toString(), lorem.toString(), "-f", "text", "-o", docs.toString());
    assertThat(named.err())
        .isEqualTo(
            "epres: "
                + page
                + ": not written: "
                + lorem
                + " is an input; choose another --output folder\n"
                + "epres: "
                + lorem
                + ": not written: "
                + lorem
                + " is an input; choose another --output folder\n"
                + "2 documents, 2 with errors, 0 warnings, in 0.0 s\n"
                    .replace("0.0", named.err().replaceAll("(?s).*, in (\\d+\\.\\d) s\n$", "$1")));
    assertThat(Files.readString(lorem)).isEqualTo("Lorem ipsum");
  }

  /**
   * Read as a terminal shows it (a carriage return goes back to the line's start), stderr holds the
   * messages on lines of their own and, while the run goes on, the bar on the last line.
   */
  @Test
  void printsMessagesAboveTheProgressBar() {
    StringWriter err = new StringWriter();
    Progress progress = Progress.withBar(new PrintWriter(err));
    progress.update(1, 4);
    progress.message("a.txt:1:1: error: one\na.txt:2:1: warning: two\n");
    assertThat(screen(err.toString()))
        .containsExactly(
            "a.txt:1:1: error: one",
            "a.txt:2:1: warning: two",
            "[=======                       ] 1/4 documents");
    progress.update(4, 4);
    progress.message("d.txt:1:1: error: three\n");
    progress.finish();
    assertThat(screen(err.toString()))
        .containsExactly(
            "a.txt:1:1: error: one", "a.txt:2:1: warning: two", "d.txt:1:1: error: three", "");
  }

  /** The lines a terminal shows for {@code text}, trailing spaces left out. */
  private static List<String> screen(String text) {
    List<String> lines = new ArrayList<>();
    StringBuilder line = new StringBuilder();
    int cursor = 0;
    for (char c : text.toCharArray()) {
      if (c == '\n') {
        lines.add(line.toString().stripTrailing());
        line.setLength(0);
        cursor = 0;
      } else if (c == '\r') {
        cursor = 0;
      } else {
        if (cursor < line.length()) {
          line.setCharAt(cursor, c);
        } else {
          line.append(c);
        }
        cursor++;
      }
    }
    lines.add(line.toString().stripTrailing());
    return lines;
  }
}
