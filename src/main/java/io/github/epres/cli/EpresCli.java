package io.github.epres.cli;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code epres} command. Exit codes: 0 ok, 1 parse or input error, 2 usage error. */
@Command(
    name = "epres",
    mixinStandardHelpOptions = true,
    versionProvider = Version.class,
    description = "Turns European Parliament resolutions into structured data.",
    subcommands = {ParseCommand.class})
public final class EpresCli implements Runnable {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  public static void main(String[] args) {
    System.exit(run(args));
  }

  /** Runs the command line with standard output and error; returns the exit code. */
  public static int run(String... args) {
    return run(
        new PrintWriter(System.out, false, StandardCharsets.UTF_8),
        new PrintWriter(System.err, true, StandardCharsets.UTF_8),
        args);
  }

  /** Runs the command line writing to {@code out} and {@code err}; returns the exit code. */
  public static int run(PrintWriter out, PrintWriter err, String... args) {
    int code = new CommandLine(new EpresCli()).setOut(out).setErr(err).execute(args);
    out.flush();
    err.flush();
    return code;
  }

  @Override
  public void run() {
    throw new CommandLine.ParameterException(spec.commandLine(), "missing command: try 'parse'");
  }
}
