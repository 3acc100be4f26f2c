package io.github.epres.corpus;

import io.github.epres.ResolutionParser;
import io.github.epres.model.Block;
import io.github.epres.model.Diagnostic;
import io.github.epres.model.DiagnosticCode;
import io.github.epres.model.Heading;
import io.github.epres.model.Node;
import io.github.epres.model.Resolution;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;

/**
 * Issue 25's prefix property for one document: a document cut at the end of any line parses as far
 * as it goes. The cut's citations, recitals, paragraphs and headings (in document order, bundled
 * documents' too) are the whole document's that start before the cut, with the same ids and texts,
 * the last one's text possibly cut short; and a cut that holds the whole document's author line and
 * one complete citation is never {@code NOT_A_RESOLUTION}. A cut whose last block is a heading is
 * not judged: a line is a heading because paragraphs follow it, and at the end of a cut nothing
 * does (it may as well be the wrapped end of the block above).
 */
final class PrefixCheck {
  /** Documents of more lines than this are cut at a sample of their lines. */
  static final int ALL_CUTS_UP_TO = 400;

  /**
   * How many cuts a long document gets beyond its first blocks: 200, fewer (20 at least) where its
   * prefixes would add up to more than {@link #PARSED} characters.
   */
  private static final int SAMPLED_CUTS = 200;

  private static final long PARSED = 10_000_000;

  /** The blocks from the start that a sampled document is cut inside of at every line. */
  private static final int FIRST_BLOCKS = 3;

  private final ResolutionParser parser;
  private final String text;
  private final int bom;
  private final List<Integer> lineEnds;
  private final List<Unit> whole;
  private final Optional<Integer> authorLineEnd;
  private final Optional<Integer> firstCitationEnd;

  /** A block or heading: what the property compares. */
  record Unit(String id, String text, int start, int end, boolean heading) {
    @Override
    public String toString() {
      String shown = text.length() > 60 ? text.substring(0, 60) + "…" : text;
      return id + " \"" + shown.replace("\n", "\\n") + "\"";
    }
  }

  PrefixCheck(ResolutionParser parser, String text) {
    this.parser = parser;
    this.text = text;
    this.bom = text.startsWith("\uFEFF") ? 1 : 0;
    this.lineEnds = lineEnds(text);
    Resolution resolution = parser.parse(text);
    this.whole = units(resolution);
    this.authorLineEnd = resolution.authorLine().map(a -> a.span().end());
    this.firstCitationEnd =
        resolution.citations().stream().map(c -> c.span().end()).min(Comparator.naturalOrder());
  }

  /** The first cut that breaks the property: "line N: what", or empty when none does. */
  Optional<String> firstFailure() {
    for (int line : cuts()) {
      Optional<String> failure = failure(line);
      if (failure.isPresent()) {
        return Optional.of("line " + line + ": " + failure.get());
      }
    }
    return Optional.empty();
  }

  /**
   * The lines to cut after: all but the last; for a long document every line through its first
   * blocks (the last {@link #ALL_CUTS_UP_TO} of them at most) and an even sample of the rest.
   */
  List<Integer> cuts() {
    int lines = lineEnds.size();
    int headLines = lines - 1;
    TreeSet<Integer> cuts = new TreeSet<>();
    if (lines > ALL_CUTS_UP_TO) {
      int head = whole.isEmpty() ? 0 : whole.get(Math.min(FIRST_BLOCKS, whole.size()) - 1).end();
      head = Math.max(head, authorLineEnd.orElse(0));
      headLines = lineAt(head + bom - 1);
      long sampled = Math.min(SAMPLED_CUTS, Math.max(20, 2 * PARSED / Math.max(1, text.length())));
      for (long i = 1; i <= sampled; i++) {
        cuts.add((int) (i * (lines - 1) / (sampled + 1)));
      }
    }
    for (int line = Math.max(1, headLines - ALL_CUTS_UP_TO + 1);
        line <= Math.min(headLines, lines - 1);
        line++) {
      cuts.add(line);
    }
    cuts.remove(0);
    return List.copyOf(cuts);
  }

  /** The 1-based line holding the character at {@code offset} (0 before the text). */
  private int lineAt(int offset) {
    int line = 0;
    while (line < lineEnds.size() && offset >= 0 && lineEnds.get(line) <= offset) {
      line++;
    }
    return offset < 0 ? 0 : line + 1;
  }

  /** What is wrong with the document cut after {@code line}, if anything. */
  private Optional<String> failure(int line) {
    int cut = lineEnds.get(line - 1);
    Resolution prefix = parser.parse(text.substring(0, cut));
    int end = cut - bom;
    List<Unit> got = units(prefix);
    List<Unit> want = whole.stream().filter(u -> u.start() < end).toList();
    if (!want.isEmpty() && want.get(want.size() - 1).heading()) {
      return Optional.empty();
    }
    for (int i = 0; i < Math.min(got.size(), want.size()); i++) {
      Unit g = got.get(i);
      Unit w = want.get(i);
      boolean last = i == want.size() - 1 && w.end() > end;
      if (!g.id().equals(w.id())) {
        return Optional.of("id: expected " + w + ", got " + g);
      }
      if (last ? !w.text().startsWith(g.text()) : !w.text().equals(g.text())) {
        return Optional.of(
            "text: expected "
                + (last ? "a start of " : "")
                + w
                + ", got "
                + g.text().length()
                + " characters "
                + g);
      }
    }
    if (got.size() > want.size()) {
      return Optional.of(
          "extra: expected " + want.size() + " blocks, got also " + got.get(want.size()));
    }
    if (got.size() < want.size()) {
      return Optional.of(
          "missing: expected also " + want.get(got.size()) + ", got " + got.size() + " blocks");
    }
    boolean resolutionStarted =
        authorLineEnd.filter(a -> a <= end).isPresent()
            && firstCitationEnd.filter(c -> c <= end).isPresent();
    if (resolutionStarted
        && prefix.diagnostics().stream()
            .map(Diagnostic::code)
            .anyMatch(DiagnosticCode.NOT_A_RESOLUTION::equals)) {
      return Optional.of("NOT_A_RESOLUTION though the author line and a citation are in");
    }
    return Optional.empty();
  }

  /** Citations, recitals, paragraphs and headings, of the bundled documents too, in order. */
  private static List<Unit> units(Resolution resolution) {
    List<Node> nodes = new ArrayList<>();
    for (Resolution part : parts(resolution)) {
      nodes.addAll(part.citations());
      nodes.addAll(part.recitals());
      nodes.addAll(part.paragraphs());
      nodes.addAll(part.headings());
    }
    return nodes.stream()
        .map(
            n -> new Unit(id(n), n.text(), n.span().offset(), n.span().end(), n instanceof Heading))
        .sorted(Comparator.comparingInt(Unit::start))
        .toList();
  }

  private static List<Resolution> parts(Resolution resolution) {
    List<Resolution> parts = new ArrayList<>(List.of(resolution));
    parts.addAll(resolution.bundled());
    return parts;
  }

  private static String id(Node node) {
    return node instanceof Block block ? block.id() : ((Heading) node).id();
  }

  /** The offset just past each line's terminator (the last line's end without one). */
  private static List<Integer> lineEnds(String text) {
    List<Integer> ends = new ArrayList<>();
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '\n' || (c == '\r' && (i + 1 == text.length() || text.charAt(i + 1) != '\n'))) {
        ends.add(i + 1);
      }
    }
    if (ends.isEmpty() || ends.get(ends.size() - 1) < text.length()) {
      ends.add(text.length());
    }
    return ends;
  }
}
