package io.github.epres.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * The commonest command, {@code epres parse [--format F] [FILE|-]}, run without building picocli's
 * model of the commands: picocli reads its annotations and registers its converters by reflection,
 * about 200 ms of a 400 ms run. Anything else (help, other options, several files, a directory)
 * goes to picocli, which gives the same output for these arguments.
 */
final class QuickStart {
  private QuickStart() {}

  /** The exit code, or null when the arguments are not this command's. */
  static Integer run(String[] args, OutputStream out, PrintWriter err) {
    if (args.length == 0 || !args[0].equals("parse")) {
      return null;
    }
    Format format = Format.json;
    String input = null;
    for (int i = 1; i < args.length; i++) {
      String arg = args[i];
      String value = arg.startsWith("--format=") ? arg.substring("--format=".length()) : null;
      if (arg.equals("--format") && i + 1 < args.length) {
        value = args[++i];
      }
      if (value != null) {
        format = Format.named(value);
        if (format == null) {
          return null;
        }
      } else if (input == null && (arg.equals(ParseCommand.STDIN) || !arg.startsWith("-"))) {
        input = arg;
      } else {
        return null;
      }
    }
    if (input != null && !input.equals(ParseCommand.STDIN) && Files.isDirectory(Path.of(input))) {
      return null;
    }
    Source source =
        input == null
            ? Source.reference()
            : input.equals(ParseCommand.STDIN) ? Source.stdin() : Source.of(Path.of(input));
    try {
      return ParseCommand.print(ParseCommand.Settings.defaults(format), List.of(source), out, err);
    } catch (IOException e) {
      return EpresCli.ioFailure(e, err);
    }
  }
}
