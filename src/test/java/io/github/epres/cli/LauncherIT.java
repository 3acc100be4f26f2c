package io.github.epres.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The launcher `package` writes, target/epres, with the class-data-sharing archive beside it: the
 * same output as `java -jar`, nothing from the JVM on standard output even when the archive does
 * not fit the jar, and the start time it gives.
 */
class LauncherIT {
  private static final Path TARGET = Path.of("target");
  private static final Path LAUNCHER = TARGET.resolve("epres");

  private record Run(int exitCode, String out, String err, long millis) {}

  private static Run run(Path launcher, String... args) throws Exception {
    List<String> command = new ArrayList<>(List.of("/bin/sh", launcher.toString()));
    command.addAll(Arrays.asList(args));
    return start(command);
  }

  private static Run start(List<String> command) throws Exception {
    Path out = Files.createTempFile("epres-out", ".txt");
    Path err = Files.createTempFile("epres-err", ".txt");
    long start = System.nanoTime();
    Process process =
        new ProcessBuilder(command)
            .redirectOutput(out.toFile())
            .redirectError(err.toFile())
            .start();
    int code = process.waitFor();
    long millis = (System.nanoTime() - start) / 1_000_000;
    return new Run(
        code,
        Files.readString(out, StandardCharsets.UTF_8),
        Files.readString(err, StandardCharsets.UTF_8),
        millis);
  }

  private static void assumeBuilt() {
    assumeTrue(Files.exists(Path.of("/bin/sh")), "a POSIX shell");
    assumeTrue(Files.exists(LAUNCHER), "target/epres, written by `mvn package`");
  }

  @Test
  void printsWhatTheJarPrints() throws Exception {
    assumeBuilt();
    assertThat(TARGET.resolve("epres-cli.jsa")).exists();
    Run launcher = run(LAUNCHER, "parse");
    Run jar = start(List.of("java", "-jar", TARGET.resolve("epres-cli.jar").toString(), "parse"));
    assertThat(launcher.exitCode()).isZero();
    assertThat(launcher.err()).isEmpty();
    assertThat(launcher.out()).startsWith("{\n  \"schemaVersion\"").isEqualTo(jar.out());
    Run md = run(LAUNCHER, "parse", "--format", "md");
    assertThat(md.out()).startsWith("# Eiropas Parlamenta 2021. gada 11. februāra rezolūcija");
    assertThat(run(LAUNCHER, "--version").out()).startsWith("epres ");
  }

  /** An archive made for another jar or JDK is skipped silently, not reported on stdout. */
  @Test
  void anArchiveThatDoesNotFitIsSkippedWithoutAWord(@TempDir Path dir) throws Exception {
    assumeBuilt();
    Files.copy(LAUNCHER, dir.resolve("epres"));
    Files.copy(TARGET.resolve("epres-cli.jar"), dir.resolve("epres-cli.jar"));
    Files.writeString(dir.resolve("epres-cli.jsa"), "not an archive");
    Run run = run(dir.resolve("epres"), "parse");
    assertThat(run.exitCode()).isZero();
    assertThat(run.out()).startsWith("{");
    assertThat(run.err()).isEmpty();
    Files.delete(dir.resolve("epres-cli.jsa"));
    assertThat(run(dir.resolve("epres"), "parse").out()).startsWith("{");
  }

  /**
   * The JIT the launcher picks (seen through a stand-in for java that prints its arguments): C1
   * only for one document and for a batch of fewer than 10,000, the full JIT for a larger batch and
   * for other commands.
   */
  @Test
  void picksTheCompilerByTheNumberOfDocuments(@TempDir Path dir) throws Exception {
    assumeBuilt();
    Path java = dir.resolve("java");
    Files.writeString(java, "#!/bin/sh\necho \"$@\"\n");
    assertThat(java.toFile().setExecutable(true)).isTrue();
    Path small = Files.createDirectories(dir.resolve("small/nested"));
    for (int i = 0; i < 3; i++) {
      Files.writeString(small.resolve("doc" + i + ".txt"), "x");
    }
    Files.writeString(small.resolve("notes.md"), "not a document");
    Path large = Files.createDirectories(dir.resolve("large"));
    for (int i = 0; i < 9_999; i++) {
      Files.writeString(large.resolve("doc" + i + ".html"), "");
    }
    String c1 = "-XX:TieredStopAtLevel=1";
    assertThat(withJava(java, "parse").out()).contains(c1);
    assertThat(withJava(java, "parse", "--format", "md", "doc.txt").out()).contains(c1);
    assertThat(withJava(java, "parse", dir.resolve("small").toString()).out()).contains(c1);
    assertThat(withJava(java, "parse", large.toString()).out()).contains(c1);
    assertThat(withJava(java, "parse", large.toString(), "one-more.txt").out())
        .doesNotContain(c1)
        .contains("-jar");
    assertThat(withJava(java, "serve").out()).doesNotContain(c1).contains("serve");
  }

  private static Run withJava(Path java, String... args) throws Exception {
    List<String> command = new ArrayList<>(List.of("env", "JAVA=" + java, "/bin/sh"));
    command.add(LAUNCHER.toString());
    command.addAll(Arrays.asList(args));
    return start(command);
  }

  /** The wall time of `epres parse` on the reference, launcher and plain jar: medians of 9. */
  @Test
  void startTime() throws Exception {
    assumeBuilt();
    long[] launcher = new long[9];
    long[] jar = new long[9];
    for (int i = 0; i < launcher.length; i++) {
      launcher[i] = run(LAUNCHER, "parse").millis();
      jar[i] =
          start(List.of("java", "-jar", TARGET.resolve("epres-cli.jar").toString(), "parse"))
              .millis();
    }
    Arrays.sort(launcher);
    Arrays.sort(jar);
    System.out.printf(
        "LauncherIT: epres parse, median of 9: launcher %d ms, java -jar %d ms%n",
        launcher[4], jar[4]);
    assertThat(launcher[4]).isLessThan(10_000);
  }
}
