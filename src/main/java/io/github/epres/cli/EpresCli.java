package io.github.epres.cli;

import java.io.BufferedOutputStream;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.OutputStream;
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
    subcommands = {ParseCommand.class, VotesCommand.class, ServeCommand.class})
public final class EpresCli implements Runnable {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  /** Where documents are printed; help and usage text go through picocli's writers. */
  final OutputStream out;

  private EpresCli(OutputStream out) {
    this.out = out;
  }

  public static void main(String[] args) {
    System.exit(run(args));
  }

  /** Runs the command line with standard output and error; returns the exit code. */
  public static int run(String... args) {
    OutputStream out = new BufferedOutputStream(new FileOutputStream(FileDescriptor.out), 1 << 16);
    return run(out, new PrintWriter(System.err, true, StandardCharsets.UTF_8), args);
  }

  /** Runs the command line writing to {@code out} and {@code err}; returns the exit code. */
  public static int run(OutputStream out, PrintWriter err, String... args) {
    Integer quick = QuickStart.run(args, out, err);
    return quick != null ? finish(quick, out, err) : runWithPicocli(out, err, args);
  }

  /** Runs the command line through picocli, whatever the arguments. */
  static int runWithPicocli(OutputStream out, PrintWriter err, String... args) {
    PrintWriter text = new PrintWriter(out, false, StandardCharsets.UTF_8);
    int code =
        new CommandLine(new EpresCli(out))
            .setOut(text)
            .setErr(err)
            .setExecutionExceptionHandler(EpresCli::failed)
            .execute(args);
    text.flush();
    return finish(code, out, err);
  }

  private static int finish(int code, OutputStream out, PrintWriter err) {
    int result = code;
    try {
      out.flush();
    } catch (IOException e) {
      err.println("epres: cannot write output: " + e.getMessage());
      result = 1;
    }
    err.flush();
    return result;
  }

  /**
   * A command that fails on input or output (a closed pipe, as in {@code epres parse | head}) says
   * so in one line, without a stack trace; exit code 1.
   */
  private static int failed(Exception e, CommandLine command, CommandLine.ParseResult parseResult)
      throws Exception {
    if (!(e instanceof IOException || e instanceof java.io.UncheckedIOException)) {
      throw e;
    }
    command.getErr().println("epres: cannot read or write: " + e.getMessage());
    return 1;
  }

  @Override
  public void run() {
    throw new CommandLine.ParameterException(
        spec.commandLine(), "missing command: try 'parse' or 'votes'");
  }
}
