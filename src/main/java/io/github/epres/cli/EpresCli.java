package io.github.epres.cli;

import java.io.BufferedOutputStream;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code epres} command. Exit codes: 0 ok, 1 parse or input error, 2 usage error. */
@Command(
    name = "epres",
    versionProvider = Version.class,
    description = {
      "Turn European Parliament resolutions into structured data.",
      "",
      "epres reads the resolutions of the European Parliament (texts adopted, motions, reports,"
          + " copies from EUR-Lex) in any of the 24 EU languages, as text or as the EP's web pages,"
          + " into JSON, Akoma Ntoso, CSV, Markdown or text; links a sitting's voting list to"
          + " the texts it votes on; and reads its roll calls: who voted how, by political group."
    },
    subcommands = {
      ParseCommand.class,
      VotesCommand.class,
      RollCallCommand.class,
      ServeCommand.class,
      CommandLine.HelpCommand.class
    },
    footer = {
      "  $ epres parse TA-9-2021-0056_EN.html",
      "  $ epres parse --format csv texts/ > blocks.csv",
      "  $ epres votes PV-10-2025-05-08-VOT_EN.xml RC-10-2025-0249_EN.html",
      "  $ epres rollcall --format csv PV-10-2025-05-08-RCV_EN.xml > members.csv",
      "  $ epres serve",
      "",
      "Run `epres COMMAND --help` for a command's options and examples."
    })
public final class EpresCli implements Runnable {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @CommandLine.Mixin Usage.HelpOption help;

  @CommandLine.Option(
      names = {"-V", "--version"},
      versionHelp = true,
      description = "Print the version and exit.")
  boolean version;

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
    Stdout stdout = new Stdout(out);
    Integer quick = QuickStart.run(args, stdout, err);
    return quick != null ? finish(quick, stdout, err) : runWithPicocli(stdout, err, args);
  }

  /** Runs the command line through picocli, whatever the arguments. */
  static int runWithPicocli(OutputStream out, PrintWriter err, String... args) {
    Stdout stdout = out instanceof Stdout given ? given : new Stdout(out);
    PrintWriter text = new PrintWriter(stdout, false, StandardCharsets.UTF_8);
    int code = commandLine(stdout, text, err).execute(args);
    text.flush();
    return finish(code, stdout, err);
  }

  /** The command line, its help laid out alike in every command. */
  static CommandLine commandLine(OutputStream out, PrintWriter text, PrintWriter err) {
    CommandLine line =
        new CommandLine(new EpresCli(out))
            .setOut(text)
            .setErr(err)
            .setParameterExceptionHandler(Usage::error)
            .setExecutionExceptionHandler(EpresCli::failed);
    Usage.style(line);
    return line;
  }

  /** Flushes standard output: a reader that has gone is no error (exit code 0). */
  private static int finish(int code, OutputStream out, PrintWriter err) {
    int result = code;
    try {
      out.flush();
    } catch (IOException e) {
      result = ioFailure(e, err);
    }
    err.flush();
    return result;
  }

  /**
   * A command whose output's reader has gone ({@code epres parse DIR | head -1}) ends quietly with
   * exit code 0; one that cannot write its output otherwise says so in one line (Stdout's message),
   * exit code 1.
   */
  static int ioFailure(IOException e, PrintWriter err) {
    if (e instanceof Stdout.Closed) {
      return 0;
    }
    err.println("epres: " + InputProblem.reason(e));
    return 1;
  }

  /** A failure on input or output is one line, without a stack trace. */
  private static int failed(Exception e, CommandLine command, CommandLine.ParseResult parseResult)
      throws Exception {
    IOException io =
        e instanceof UncheckedIOException unchecked
            ? unchecked.getCause()
            : e instanceof IOException checked ? checked : null;
    if (io == null) {
      throw e;
    }
    return ioFailure(io, command.getErr());
  }

  /** Plain {@code epres}: its help, which lists every command. */
  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }
}
