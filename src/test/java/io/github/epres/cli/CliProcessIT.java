package io.github.epres.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.github.epres.Seeds;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The packaged CLI (target/epres-cli.jar) in a process of its own, for what needs one: a reader
 * that closes the pipe early, a file its user may not read, and the memory of a batch of 100,000
 * documents under a 64 MB heap.
 */
class CliProcessIT {
  private static final Path JAR = Path.of("target", "epres-cli.jar");

  @TempDir Path dir;

  private static List<String> java(String... args) {
    List<String> command = new ArrayList<>(List.of("java"));
    command.addAll(Arrays.asList(args));
    return command;
  }

  /** {@code epres parse DIR | head -1}: the first line, then nothing, exit code 0. */
  @Test
  void aReaderThatStopsEndsTheRunQuietly() throws Exception {
    assumeTrue(Files.exists(JAR), "target/epres-cli.jar, written by `mvn package`");
    for (int i = 0; i < 50; i++) {
      Files.writeString(dir.resolve(String.format("doc%02d.txt", i)), Seeds.reference());
    }
    for (String[] args :
        List.of(
            new String[] {"parse", dir.toString()}, // picocli, a batch
            new String[] {"parse"}, // the quick start: one document of 500 KB
            new String[] {"parse", "--format", "csv", dir.toString()})) {
      Path err = dir.resolve("err.txt");
      List<String> command = java("-jar", JAR.toString());
      command.addAll(Arrays.asList(args));
      Process process = new ProcessBuilder(command).redirectError(err.toFile()).start();
      try (BufferedReader out =
          new BufferedReader(
              new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
        assertThat(out.readLine()).isNotEmpty();
      }
      assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
      assertThat(process.exitValue()).as(String.join(" ", args)).isZero();
      assertThat(Files.readString(err)).as(String.join(" ", args)).isEmpty();
    }
  }

  /**
   * A file its user may not read: "permission denied". Root reads any file, so as root the CLI runs
   * without the capabilities that let it (setpriv, from util-linux).
   */
  @Test
  void aFileThatMayNotBeReadIsOneLine() throws Exception {
    assumeTrue(Files.exists(JAR), "target/epres-cli.jar, written by `mvn package`");
    Path locked = Files.writeString(dir.resolve("locked.txt"), Seeds.reference());
    Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("---------"));
    List<String> command = java("-jar", JAR.toString(), "parse", locked.toString());
    if (Files.isReadable(locked)) {
      boolean setpriv = Files.isExecutable(Path.of("/usr/bin/setpriv"));
      assumeTrue(setpriv, "running as root without setpriv to drop the power to read any file");
      command.addAll(0, List.of("setpriv", "--bounding-set=-dac_override,-dac_read_search"));
    }
    Path out = dir.resolve("out.txt");
    Path err = dir.resolve("err.txt");
    Process process =
        new ProcessBuilder(command)
            .redirectOutput(out.toFile())
            .redirectError(err.toFile())
            .start();
    assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
    assertThat(Files.readString(err)).isEqualTo("epres: " + locked + ": permission denied\n");
    assertThat(process.exitValue()).isEqualTo(1);
    assertThat(Files.readString(out)).isEmpty();
  }

  /**
   * 100,000 small documents, parsed with a 64 MB heap: their JSON Lines alone would fill it many
   * times over (each result is built in a 64 KB buffer), so this passes only if results stream.
   * Written to stdout and, in a second run, one file each (--output).
   */
  @Test
  void aBatchOf100000DocumentsRunsInABoundedHeap() throws Exception {
    assumeTrue(Files.exists(JAR), "target/epres-cli.jar, written by `mvn package`");
    Path big = bigTemporaryFolder();
    try {
      runBatchOf100000(big);
    } finally {
      new ProcessBuilder("rm", "-rf", big.toString()).inheritIO().start().waitFor();
    }
  }

  /**
   * A folder for 200,000 small files: in memory (/dev/shm) where there is room, since a disk that
   * discards freed blocks at once takes over a minute to delete them; removed with rm, which is
   * faster than JUnit's @TempDir.
   */
  private static Path bigTemporaryFolder() throws IOException {
    Path memory = Path.of("/dev/shm");
    if (Files.isDirectory(memory)
        && Files.isWritable(memory)
        && Files.getFileStore(memory).getUsableSpace() > (4L << 30)) {
      return Files.createTempDirectory(memory, "epres-batch");
    }
    return Files.createTempDirectory("epres-batch");
  }

  private void runBatchOf100000(Path big) throws Exception {
    long start = System.nanoTime();
    int count = 100_000;
    Path docs = Files.createDirectories(big.resolve("docs"));
    for (int i = 0; i < count; i++) {
      Files.writeString(
          docs.resolve(String.format("doc%06d.txt", i)),
          "The European Parliament,\n1. Calls on the Commission to act on item " + i + ".\n");
    }
    Path err = dir.resolve("err.txt");
    Process batch =
        new ProcessBuilder(
                java("-Xmx64m", "-jar", JAR.toString(), "parse", "-f", "jsonl", docs.toString()))
            .redirectError(err.toFile())
            .start();
    // The reader pauses after the first row: were nothing holding the parsing back, thousands of
    // results would pile up meanwhile.
    long rows = 0;
    try (BufferedReader out =
        new BufferedReader(new InputStreamReader(batch.getInputStream(), StandardCharsets.UTF_8))) {
      for (String row = out.readLine(); row != null; row = out.readLine()) {
        rows += row.contains("\"id\":\"para_1\"") ? 1 : 0;
        if (rows == 1) {
          Thread.sleep(5_000);
        }
      }
    }
    assertThat(batch.waitFor(10, TimeUnit.MINUTES)).isTrue();
    assertThat(Files.readString(err)).doesNotContain("OutOfMemoryError");
    assertThat(batch.exitValue()).isZero();
    assertThat(rows).isEqualTo(count);
    String summary = lastLine(err);
    assertThat(summary).matches(count + " documents, " + count + " with errors, 0 warnings, in .*");

    Path folder = big.resolve("md");
    Process files =
        new ProcessBuilder(
                java(
                    "-Xmx64m",
                    "-jar",
                    JAR.toString(),
                    "parse",
                    "-f",
                    "md",
                    "-q",
                    "-o",
                    folder.toString(),
                    docs.toString()))
            .redirectError(err.toFile())
            .start();
    assertThat(files.waitFor(10, TimeUnit.MINUTES)).isTrue();
    assertThat(files.exitValue()).isZero();
    assertThat(Files.readString(err)).isEmpty();
    try (var written = Files.list(folder)) {
      assertThat(written.count()).isEqualTo(count);
    }
    assertThat(Files.readString(folder.resolve("doc099999.md")))
        .contains("Calls on the Commission to act on item 99999.");
    System.out.printf(
        "CliProcessIT: %,d documents under -Xmx64m, printed and written, in %d s%n",
        count, (System.nanoTime() - start) / 1_000_000_000);
  }

  private static String lastLine(Path file) throws IOException {
    List<String> lines = Files.readAllLines(file);
    return lines.get(lines.size() - 1);
  }
}
