package io.github.epres.corpus;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Predicate;

/**
 * A checked-in list of what fails today, one entry a line (lines starting with {@code #} are
 * comments), which lets the score only go up: what fails and is not listed is a regression, what is
 * listed and no longer fails must come off the list. {@code -Depres.updateFacts=true} rewrites the
 * list from today's results, keeping its leading comment.
 */
final class Ratchet {
  static final boolean UPDATE = Boolean.getBoolean("epres.updateFacts");

  private final Path file;
  private final List<String> header;
  private final Set<String> listed;

  private Ratchet(Path file, List<String> header, Set<String> listed) {
    this.file = file;
    this.header = header;
    this.listed = listed;
  }

  /** The list in {@code file}; {@code header} is its comment when the file does not exist yet. */
  static Ratchet read(Path file, List<String> header) throws IOException {
    if (!Files.exists(file)) {
      return new Ratchet(file, header, new TreeSet<>());
    }
    List<String> comment = new ArrayList<>();
    Set<String> listed = new TreeSet<>();
    for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
      String entry = line.strip();
      if (entry.startsWith("#") || entry.isEmpty()) {
        if (listed.isEmpty()) {
          comment.add(line);
        }
      } else {
        listed.add(entry);
      }
    }
    return new Ratchet(file, comment, listed);
  }

  Set<String> listed() {
    return listed;
  }

  /**
   * What is wrong with the list against today's failing entries (each with what went wrong), a line
   * each, none when it agrees; with {@code -Depres.updateFacts=true} the list is first rewritten.
   */
  List<String> problems(Map<String, String> failing) throws IOException {
    return problems(failing, entry -> true);
  }

  /**
   * As {@link #problems(Map)}, where only the entries {@code judged} today were checked: the others
   * (documents of {@code ../shared} when it is absent) are left on the list as they are.
   */
  List<String> problems(Map<String, String> failing, Predicate<String> judged) throws IOException {
    Set<String> unjudged = new TreeSet<>(listed);
    unjudged.removeIf(judged);
    listed.removeAll(unjudged);
    if (UPDATE) {
      List<String> lines = new ArrayList<>(header);
      TreeSet<String> entries = new TreeSet<>(failing.keySet());
      entries.addAll(unjudged);
      lines.addAll(entries);
      Files.createDirectories(file.toAbsolutePath().getParent());
      Files.write(file, lines, StandardCharsets.UTF_8);
      System.out.printf("ratchet | %s rewritten: %d entries%n", file, entries.size());
      listed.clear();
      listed.addAll(failing.keySet());
    }
    List<String> problems = new ArrayList<>();
    for (String entry : new TreeSet<>(failing.keySet())) {
      if (!listed.contains(entry)) {
        problems.add(
            "fails, and is not on "
                + file.getFileName()
                + ": "
                + entry
                + ": "
                + failing.get(entry));
      }
    }
    for (String entry : listed) {
      if (!failing.containsKey(entry)) {
        problems.add("now passes, take it off " + file.getFileName() + ": " + entry);
      }
    }
    return problems;
  }
}
