package io.github.epres.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import picocli.CommandLine;

/**
 * Every help page fits the terminal: at 80 and at 200 columns no line is longer than the width, no
 * line ends early although the next line's first word would have fitted on it (a hard break inside
 * a sentence), and no word is cut (the same words at every width). Plain {@code epres} lists every
 * command; {@code --version} gives the build's version.
 */
class HelpLayoutTest {
  private static final int[] WIDTHS = {80, 200};

  /** Each command's name in the hierarchy: "epres", "epres parse" … */
  static Stream<String> commands() {
    List<String> names = new ArrayList<>();
    collect(line(), names);
    return names.stream();
  }

  private static void collect(CommandLine line, List<String> names) {
    names.add(line.getCommandSpec().qualifiedName());
    line.getSubcommands().values().forEach(sub -> collect(sub, names));
  }

  private static CommandLine line() {
    StringWriter text = new StringWriter();
    return EpresCli.commandLine(
        new ByteArrayOutputStream(), new PrintWriter(text), new PrintWriter(new StringWriter()));
  }

  /** The help of {@code command} laid out for {@code width} columns. */
  static String help(String command, int width) {
    CommandLine line = line();
    line.setUsageHelpAutoWidth(false);
    line.setUsageHelpWidth(width);
    for (String name : command.split(" ")) {
      line = name.equals("epres") ? line : line.getSubcommands().get(name);
    }
    return line.getUsageMessage();
  }

  @ParameterizedTest
  @MethodSource("commands")
  void fitsEveryWidthWithoutRaggedLines(String command) {
    for (int width : WIDTHS) {
      String[] lines = help(command, width).split("\n");
      for (int i = 0; i < lines.length; i++) {
        assertThat(lines[i].length())
            .as("%s at %d: %s", command, width, lines[i])
            .isLessThan(width + 1);
        if (i + 1 < lines.length && continues(lines[i], lines[i + 1])) {
          String next = lines[i + 1].strip();
          String word = next.substring(0, next.contains(" ") ? next.indexOf(' ') : next.length());
          assertThat(lines[i].stripTrailing().length() + 1 + word.length())
              .as("%s at %d: a break before \"%s\" after: %s", command, width, word, lines[i])
              .isGreaterThan(width - 1);
        }
      }
    }
  }

  @ParameterizedTest
  @MethodSource("commands")
  void cutsNoWord(String command) {
    List<String> narrow = words(help(command, WIDTHS[0]));
    assertThat(words(help(command, WIDTHS[1]))).isEqualTo(narrow);
    assertThat(words(help(command, 120))).isEqualTo(narrow);
  }

  private static List<String> words(String text) {
    List<String> words = new ArrayList<>(Arrays.asList(text.strip().split("\\s+")));
    words.sort(null);
    return words;
  }

  /**
   * Whether {@code next} continues the text of {@code line}'s last column: it starts where that
   * text starts, and is no new example ("$", "#") or list entry.
   */
  private static boolean continues(String line, String next) {
    if (line.isBlank() || next.isBlank()) {
      return false;
    }
    int column = line.lastIndexOf("  ", line.stripTrailing().length() - 1);
    int start = column < 0 || line.substring(0, column).isBlank() ? indent(line) : column + 2;
    while (start < line.length() && line.charAt(start) == ' ') {
      start++;
    }
    String item = next.strip();
    return indent(next) == start && !item.startsWith("$") && !item.startsWith("#");
  }

  private static int indent(String line) {
    return line.length() - line.stripLeading().length();
  }

  @Test
  void plainEpresListsEveryCommand() {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    StringWriter err = new StringWriter();
    int code = EpresCli.run(out, new PrintWriter(err));
    String help = out.toString(java.nio.charset.StandardCharsets.UTF_8);
    assertThat(code).isZero();
    assertThat(err.toString()).isEmpty();
    assertThat(line().getSubcommands().keySet())
        .containsExactly("parse", "votes", "rollcall", "serve", "help");
    for (String command : line().getSubcommands().keySet()) {
      assertThat(help).containsPattern("\n  " + command + " +[A-Z]");
    }
  }

  @Test
  void versionComesFromTheBuild() throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    assertThat(EpresCli.run(out, new PrintWriter(new StringWriter()), "--version")).isZero();
    String[] lines = out.toString(java.nio.charset.StandardCharsets.UTF_8).split("\n");
    String pom = Files.readString(Path.of("pom.xml"));
    String version = pom.replaceFirst("(?s).*?</artifactId>\\s*<version>([^<]+)</version>.*", "$1");
    assertThat(lines[0]).startsWith("epres " + version);
    if (Files.exists(Path.of(".git"))) {
      assertThat(lines[0]).matches("epres \\S+ \\(commit [0-9a-f]{12}\\)");
    }
    assertThat(lines[1]).startsWith("Java " + Runtime.version());
  }
}
