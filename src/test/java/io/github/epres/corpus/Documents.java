package io.github.epres.corpus;

import io.github.epres.ResolutionParser;
import io.github.epres.model.Resolution;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * The documents the tests read: those of {@code ../shared/corpus} (system property {@code
 * epres.shared}), its cut real pages under {@code real/} among them, and the text fixtures of this
 * repository. A document is a {@code .txt} file (parsed as text) or a {@code .html} EP web page
 * (parsed as HTML; its text is the page's extracted text), as the CLI reads them.
 */
public final class Documents {
  /** {@code ../shared/corpus}, or where {@code epres.shared} says the shared material is. */
  public static final Path CORPUS =
      Path.of(System.getProperty("epres.shared", "../shared"), "corpus");

  /** The real pages by class, each folder with its {@code expect.json}. */
  public static final Path REAL = CORPUS.resolve("real");

  /** The EP's voting lists ({@code vot-…}) and roll-call lists ({@code rcv…}). */
  public static final Path VOTES = CORPUS.resolve("votes");

  private static final Path RESOURCES = Path.of("src", "test", "resources");

  /** The folders of {@link #RESOURCES} whose files are documents (not tables of cases). */
  private static final List<String> FIXTURE_FOLDERS =
      List.of("golden", "languages", "realworld", "amendments", "html");

  private Documents() {}

  /** Every document under {@code dir}, sorted; none when it is absent. */
  public static List<Path> under(Path dir) throws IOException {
    if (!Files.isDirectory(dir)) {
      return List.of();
    }
    try (Stream<Path> files = Files.walk(dir)) {
      return files.filter(Documents::isDocument).sorted().toList();
    }
  }

  /**
   * The lists of {@link #VOTES} whose names start with {@code prefix}, sorted; when the folder is
   * absent, one path that does not exist, so that a parameterized test has a case to skip.
   */
  public static Stream<Path> voteLists(String prefix) throws IOException {
    if (!Files.isDirectory(VOTES)) {
      return Stream.of(VOTES.resolve("absent"));
    }
    try (Stream<Path> files = Files.list(VOTES)) {
      return files
          .filter(p -> p.getFileName().toString().startsWith(prefix))
          .sorted()
          .toList()
          .stream();
    }
  }

  /** Every document of the corpus, the real pages included. */
  public static List<Path> corpus() throws IOException {
    return under(CORPUS);
  }

  /** The repository's document fixtures and the bundled reference document. */
  public static List<Path> fixtures() throws IOException {
    List<Path> fixtures = new ArrayList<>();
    for (String folder : FIXTURE_FOLDERS) {
      fixtures.addAll(under(RESOURCES.resolve(folder)));
    }
    fixtures.addAll(under(Path.of("seeds")));
    return fixtures;
  }

  /** Whether a corpus document is a real page, judged by the facts rather than by CorpusTest. */
  public static boolean isReal(Path document) {
    return document.startsWith(REAL);
  }

  /** A document's name: its path below the corpus, below the test resources, or as given. */
  public static String name(Path document) {
    for (Path root : List.of(CORPUS, RESOURCES)) {
      if (document.startsWith(root)) {
        return root.relativize(document).toString().replace('\\', '/');
      }
    }
    return document.toString().replace('\\', '/');
  }

  public static boolean isHtml(Path document) {
    return document.getFileName().toString().endsWith(".html");
  }

  /** The document parsed as the CLI parses it: an EP web page as HTML, anything else as text. */
  public static Resolution parse(ResolutionParser parser, Path document) throws IOException {
    return isHtml(document) ? parser.parseHtml(document) : parser.parse(document);
  }

  /** The text the model's spans point into: the file's text, or the page's extracted text. */
  public static String text(Path document) throws IOException {
    String content = new String(Files.readAllBytes(document), StandardCharsets.UTF_8);
    return isHtml(document) ? ResolutionParser.htmlText(content) : content;
  }

  private static boolean isDocument(Path file) {
    String name = file.getFileName().toString();
    return Files.isRegularFile(file) && (name.endsWith(".txt") || name.endsWith(".html"));
  }
}
