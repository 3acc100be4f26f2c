package io.github.epres.cli;

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

  /** Runs the command line and returns its exit code. */
  public static int run(String... args) {
    return new CommandLine(new EpresCli()).execute(args);
  }

  @Override
  public void run() {
    throw new CommandLine.ParameterException(spec.commandLine(), "missing command: try 'parse'");
  }
}
