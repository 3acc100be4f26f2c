package io.github.epres.cli;

import java.io.ByteArrayOutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;

/** One run of the CLI in this JVM: its exit code and what it printed on stdout and stderr. */
record CliRun(int exitCode, String out, String err) {
  /** Runs the command line as {@code epres} does. */
  static CliRun of(String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    StringWriter err = new StringWriter();
    int code = EpresCli.run(out, new PrintWriter(err), args);
    return new CliRun(code, out.toString(StandardCharsets.UTF_8), err.toString());
  }

  /** Runs the command line through picocli, never the quick start. */
  static CliRun withPicocli(String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    StringWriter err = new StringWriter();
    int code = EpresCli.runWithPicocli(out, new PrintWriter(err), args);
    return new CliRun(code, out.toString(StandardCharsets.UTF_8), err.toString());
  }
}
