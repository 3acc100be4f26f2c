package io.github.epres.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The distribution `package` builds, target/epres-VERSION.zip, unpacked as a user would (into a
 * folder whose name holds a space), its bin/ put on the PATH through a symbolic link, and run from
 * another folder: the reference's JSON, the version, a file named relative to that folder, and the
 * class-data archive made silently on the first run in the user's cache.
 */
class DistributionIT {
  private static final String VERSION = System.getProperty("epres.version", "0.1.0-SNAPSHOT");
  private static final Path ZIP = Path.of("target", "epres-" + VERSION + ".zip");

  @TempDir static Path root;
  private static Path home;
  private static Path links;
  private static Path cache;

  private record Run(int exitCode, String out, String err) {}

  @BeforeAll
  static void unpack() throws Exception {
    assumeTrue(Files.exists(Path.of("/bin/sh")), "a POSIX shell");
    assumeTrue(Files.exists(ZIP), ZIP + ", written by `mvn package`");
    Path install = Files.createDirectories(root.resolve("an install"));
    unzip(ZIP, install);
    home = install.resolve("epres-" + VERSION);
    links = Files.createDirectories(root.resolve("links"));
    Files.createSymbolicLink(links.resolve("epres"), home.resolve("bin/epres"));
    cache = root.resolve("cache");
  }

  /** With the system's unzip where there is one, which sets the file modes the archive records. */
  private static void unzip(Path zip, Path into) throws Exception {
    if (Files.isExecutable(Path.of("/usr/bin/unzip"))) {
      Process unzip =
          new ProcessBuilder("/usr/bin/unzip", "-q", zip.toAbsolutePath().toString())
              .directory(into.toFile())
              .inheritIO()
              .start();
      assertThat(unzip.waitFor()).isZero();
      return;
    }
    try (ZipFile file = new ZipFile(zip.toFile())) {
      for (ZipEntry entry : file.stream().toList()) {
        Path to = into.resolve(entry.getName());
        if (entry.isDirectory()) {
          Files.createDirectories(to);
        } else {
          Files.createDirectories(to.getParent());
          try (InputStream in = file.getInputStream(entry)) {
            Files.copy(in, to);
          }
        }
      }
    }
    assertThat(into.resolve("epres-" + VERSION + "/bin/epres").toFile().setExecutable(true))
        .isTrue();
  }

  /** `epres ARGS` found on the PATH, run in {@code cwd} with the test's cache folder. */
  private static Run epres(Path cwd, String... args) throws Exception {
    // A shell finds epres on the PATH given here (a ProcessBuilder would search this JVM's).
    List<String> command = new ArrayList<>(List.of("/bin/sh", "-c", "epres \"$@\"", "sh"));
    command.addAll(Arrays.asList(args));
    ProcessBuilder builder = new ProcessBuilder(command).directory(cwd.toFile());
    Map<String, String> env = builder.environment();
    env.put("PATH", links + ":" + env.getOrDefault("PATH", "/usr/bin:/bin"));
    env.put("XDG_CACHE_HOME", cache.toString());
    env.remove("JAVA");
    return start(builder);
  }

  private static Run start(ProcessBuilder builder) throws Exception {
    Path out = Files.createTempFile(root, "out", ".txt");
    Path err = Files.createTempFile(root, "err", ".txt");
    Process process =
        builder
            .redirectOutput(out.toFile())
            .redirectError(err.toFile())
            .redirectInput(devNull())
            .start();
    int code = process.waitFor();
    return new Run(
        code,
        Files.readString(out, StandardCharsets.UTF_8),
        Files.readString(err, StandardCharsets.UTF_8));
  }

  private static java.io.File devNull() {
    return new java.io.File("/dev/null");
  }

  @Test
  void holdsTheLaunchersTheJarsAndTheReadme() throws IOException {
    assertThat(home.resolve("README.md")).isRegularFile();
    assertThat(home.resolve("docs/images/viewer-document.png")).isRegularFile();
    try (Stream<Path> docs = Files.list(Path.of("docs"))) {
      assertThat(docs)
          .isNotEmpty()
          .allSatisfy(doc -> assertThat(home.resolve("docs").resolve(doc.getFileName())).exists());
    }
    assertThat(home.resolve("bin/epres.bat")).isRegularFile();
    assertThat(Files.getPosixFilePermissions(home.resolve("bin/epres")))
        .contains(PosixFilePermission.OWNER_EXECUTE, PosixFilePermission.OTHERS_EXECUTE);
    try (Stream<Path> jars = Files.list(home.resolve("lib"))) {
      assertThat(jars.map(jar -> jar.getFileName().toString().replaceAll("-[0-9].*", "")))
          .contains(
              "epres",
              "antlr4-runtime",
              "jackson-core",
              "jackson-databind",
              "jackson-datatype-jdk8",
              "jackson-datatype-jsr310",
              "commons-csv",
              "jsoup",
              "picocli")
          .doesNotContain("value", "junit-jupiter", "assertj-core");
    }
  }

  /**
   * From another folder: the reference's JSON, as the CLI jar prints it; the first run makes the
   * class-data archive in the cache without a word, and later runs print the same.
   */
  @Test
  void parsesTheReferenceFromAnotherFolder(@TempDir Path cwd) throws Exception {
    Run first = epres(cwd, "parse");
    assertThat(first.err()).isEmpty();
    assertThat(first.exitCode()).isZero();
    JsonNode json = new ObjectMapper().readTree(first.out());
    assertThat(json.path("language").asText()).isEqualTo("lv");
    assertThat(json.path("title").path("date").asText()).isEqualTo("2021-02-11");
    assertThat(json.path("title").path("procedure").path("reference").asText())
        .isEqualTo("2021/2544(RSP)");
    assertThat(json.path("paragraphs").size()).isEqualTo(27);
    assertThat(json.path("recitals").size()).isPositive();
    try (Stream<Path> archives = Files.list(cache.resolve("epres"))) {
      assertThat(archives.map(p -> p.getFileName().toString()))
          .singleElement()
          .satisfies(name -> assertThat(name).startsWith("cds-").endsWith(".jsa"));
    }
    Run second = epres(cwd, "parse");
    assertThat(second.err()).isEmpty();
    assertThat(second.out()).isEqualTo(first.out());
    Run jar =
        start(
            new ProcessBuilder(
                "java",
                "-jar",
                Path.of("target/epres-cli.jar").toAbsolutePath().toString(),
                "parse"));
    assertThat(second.out()).isEqualTo(jar.out());
  }

  /** A file named relative to the folder the user is in: the launcher does not move. */
  @Test
  void readsAFileNamedFromTheUsersFolder(@TempDir Path cwd) throws Exception {
    try (InputStream reference = Source.class.getResourceAsStream("seeds/" + Source.REFERENCE)) {
      Files.copy(reference, cwd.resolve("doc.txt"));
    }
    Run md = epres(cwd, "parse", "doc.txt", "--format", "md");
    assertThat(md.exitCode()).isZero();
    assertThat(md.out()).contains("Eiropas Parlamenta 2021. gada 11. februāra rezolūcija");
  }

  @Test
  void printsTheVersionOfTheBuild(@TempDir Path cwd) throws Exception {
    Run version = epres(cwd, "--version");
    assertThat(version.exitCode()).isZero();
    assertThat(version.out()).startsWith("epres " + VERSION);
  }

  /** Without java, one line that says what to do. */
  @Test
  void saysSoWithoutJava(@TempDir Path cwd) throws Exception {
    ProcessBuilder builder =
        new ProcessBuilder("/bin/sh", home.resolve("bin/epres").toString(), "parse")
            .directory(cwd.toFile());
    builder.environment().put("JAVA", cwd.resolve("no-such-java").toString());
    Run run = start(builder);
    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.out()).isEmpty();
    assertThat(run.err())
        .isEqualTo("epres: no java found: install Java 17 or later, or set JAVA_HOME\n");
  }
}
