package io.github.epres.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import picocli.CommandLine;
import picocli.CommandLine.Model.UsageMessageSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.UnmatchedArgumentException;

/**
 * How every command's help looks and how a wrong command line is reported. Help fills the
 * terminal's width (picocli reflows each paragraph: the texts hold no line breaks inside
 * sentences); a usage error is one line saying what is wrong, then where the help is, exit code 2.
 */
final class Usage {
  /** picocli's message for a value that is none of an option's choices. */
  private static final Pattern NOT_A_CHOICE =
      Pattern.compile(
          "Invalid value for option '([^']+)': expected one of \\[(.*)\\] \\(case-sensitive\\)"
              + " but was '(.*)'");

  private Usage() {}

  /** {@code -h, --help} for the subcommands (the top command also has {@code --version}). */
  static final class HelpOption {
    @Option(
        names = {"-h", "--help"},
        usageHelp = true,
        description = "Show this help and exit.")
    boolean help;
  }

  /** Lays out the help of {@code line} and its subcommands alike. */
  static void style(CommandLine line) {
    line.setUsageHelpAutoWidth(true);
    UsageMessageSpec usage = line.getCommandSpec().usageMessage();
    usage
        .abbreviateSynopsis(true)
        .sortOptions(false)
        .synopsisHeading("Usage: ")
        .descriptionHeading("%n")
        .parameterListHeading("%nArguments:%n")
        .optionListHeading("%nOptions:%n")
        .commandListHeading("%nCommands:%n");
    if (!usage.exitCodeList().isEmpty()) {
      usage.exitCodeListHeading("%nExit status:%n");
    }
    if (usage.footer().length > 0) {
      usage.footerHeading("%nExamples:%n");
    }
    if (line.getCommandSpec().helpCommand()) {
      // picocli's `help` command, in the others' words.
      usage
          .header(new String[0])
          .description("Show a command's help, as `epres COMMAND --help` does.");
    }
    for (CommandLine sub : line.getSubcommands().values()) {
      style(sub);
    }
  }

  /** Prints what is wrong with the command line and where its help is; exit code 2. */
  static int error(ParameterException e, String[] args) {
    CommandLine line = e.getCommandLine();
    String name = line.getCommandSpec().qualifiedName();
    PrintWriter err = line.getErr();
    err.println(name + ": " + message(e));
    err.println("try `" + name + " --help`");
    err.flush();
    return 2;
  }

  /**
   * One line: picocli's message, shorter for a value that is none of the choices ("--format xml:
   * use one of json, …", as for --lang), or for an unknown word what it was taken for.
   */
  static String message(ParameterException e) {
    if (e instanceof UnmatchedArgumentException unmatched && !unmatched.getUnmatched().isEmpty()) {
      String word = unmatched.getUnmatched().get(0);
      String what =
          word.startsWith("-")
              ? "unknown option"
              : e.getCommandLine().getSubcommands().isEmpty()
                  ? "unexpected argument"
                  : "unknown command";
      List<String> suggestions = unmatched.getSuggestions();
      return what
          + " '"
          + word
          + "'"
          + (suggestions.isEmpty()
              ? ""
              : " (did you mean " + String.join(" or ", suggestions) + "?)");
    }
    String message = e.getMessage().lines().findFirst().orElse("").strip();
    Matcher choice = NOT_A_CHOICE.matcher(message);
    if (choice.matches()) {
      return choice.group(1) + " " + choice.group(3) + ": use one of " + choice.group(2);
    }
    return message.isEmpty()
        ? "wrong command line"
        : message.substring(0, 1).toLowerCase(Locale.ROOT) + message.substring(1);
  }
}
