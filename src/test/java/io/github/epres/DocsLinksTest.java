package io.github.epres;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * README.md and docs/*.md as a reader of a fresh clone sees them: every relative link leads to a
 * file or folder of the repository (an anchor to a heading of the page it names, by the heading's
 * GitHub slug), and no page names a path outside the repository or the project's internal words
 * (its benchmark runs, its issue numbers).
 */
class DocsLinksTest {
  private static final Path ROOT = Path.of("").toAbsolutePath().normalize();

  /** {@code [text](target)} and {@code ![alt](target)}; the target up to a space or ")". */
  private static final Pattern LINK = Pattern.compile("!?\\[[^\\]]*\\]\\(([^)\\s]+)[^)]*\\)");

  private static final Pattern HEADING = Pattern.compile("^#{1,6}\\s+(.+?)\\s*#*\\s*$");
  private static final Pattern INTERNAL_WORDS =
      Pattern.compile("\\.\\./shared|\\brun [A-Z]\\b|\\bissues? \\d+|\\bruns? [A-Z] and [A-Z]\\b");

  private static List<Path> pages() throws IOException {
    List<Path> pages = new ArrayList<>(List.of(ROOT.resolve("README.md")));
    try (Stream<Path> docs = Files.list(ROOT.resolve("docs"))) {
      docs.filter(p -> p.toString().endsWith(".md")).sorted().forEach(pages::add);
    }
    return pages;
  }

  /** A page's lines outside fenced code blocks, with inline code spans blanked out. */
  private static List<String> prose(Path page) throws IOException {
    List<String> lines = new ArrayList<>();
    boolean fenced = false;
    for (String line : Files.readAllLines(page, StandardCharsets.UTF_8)) {
      if (line.stripLeading().startsWith("```")) {
        fenced = !fenced;
      } else if (!fenced) {
        lines.add(line.replaceAll("`[^`]*`", "``"));
      }
    }
    return lines;
  }

  /** GitHub's anchors of a page's headings: lower case, punctuation dropped, spaces as "-". */
  static List<String> anchors(Path page) throws IOException {
    List<String> anchors = new ArrayList<>();
    Map<String, Integer> seen = new HashMap<>();
    boolean fenced = false;
    for (String line : Files.readAllLines(page, StandardCharsets.UTF_8)) {
      if (line.stripLeading().startsWith("```")) {
        fenced = !fenced;
        continue;
      }
      Matcher heading = HEADING.matcher(line);
      if (fenced || !heading.matches()) {
        continue;
      }
      String slug =
          heading
              .group(1)
              .toLowerCase(Locale.ROOT)
              .replaceAll("[^\\p{L}\\p{N}\\p{M} _-]", "")
              .replace(' ', '-');
      int count = seen.merge(slug, 1, Integer::sum);
      anchors.add(count == 1 ? slug : slug + "-" + (count - 1));
    }
    return anchors;
  }

  @Test
  void everyRelativeLinkResolves() throws IOException {
    List<String> broken = new ArrayList<>();
    int links = 0;
    for (Path page : pages()) {
      for (String line : prose(page)) {
        Matcher link = LINK.matcher(line);
        while (link.find()) {
          String target = link.group(1);
          if (target.matches("[a-z]+:.*")) {
            continue; // https:, mailto:
          }
          links++;
          int hash = target.indexOf('#');
          String path = hash < 0 ? target : target.substring(0, hash);
          Path file = path.isEmpty() ? page : page.getParent().resolve(path).normalize();
          String where = ROOT.relativize(page) + ": " + target;
          if (!file.startsWith(ROOT)) {
            broken.add(where + " (outside the repository)");
          } else if (!Files.exists(file)) {
            broken.add(where + " (no such file)");
          } else if (hash >= 0 && !anchors(file).contains(target.substring(hash + 1))) {
            broken.add(where + " (no such heading; " + anchors(file) + ")");
          }
        }
      }
    }
    assertThat(links).as("relative links found").isGreaterThan(20);
    assertThat(broken).as("broken links").isEmpty();
  }

  @Test
  void noPageNamesAPathOutsideTheRepositoryOrAnInternalWord() throws IOException {
    List<String> found = new ArrayList<>();
    for (Path page : pages()) {
      List<String> lines = Files.readAllLines(page, StandardCharsets.UTF_8);
      for (int i = 0; i < lines.size(); i++) {
        Matcher word = INTERNAL_WORDS.matcher(lines.get(i));
        if (word.find()) {
          found.add(ROOT.relativize(page) + ":" + (i + 1) + ": " + word.group());
        }
      }
    }
    assertThat(found).isEmpty();
  }

  @Test
  void anchorsAreGitHubs(@org.junit.jupiter.api.io.TempDir Path dir) throws IOException {
    Path page = dir.resolve("page.md");
    Files.writeString(
        page,
        "# The model\n```\n# not a heading\n```\n## `epres serve`, the viewer\n"
            + "## What it holds\n## What it holds\n## Ça va: 1.5 × 2\n");
    assertThat(anchors(page))
        .containsExactly(
            "the-model",
            "epres-serve-the-viewer",
            "what-it-holds",
            "what-it-holds-1",
            "ça-va-15--2");
  }
}
