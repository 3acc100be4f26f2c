package io.github.epres.model;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.epres.internal.EpresStyle;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.immutables.value.Value;

/**
 * A parsed European Parliament resolution. Immutable and safe to share between threads.
 *
 * <p>The typed parts (title, author line, citations, recitals, paragraphs, footnotes) and the
 * {@link #otherLines() other lines} together hold every character of the input; {@link #nodes()}
 * lists them in document order.
 */
@Value.Immutable
@EpresStyle
@JsonSerialize(as = ImmutableResolution.class)
@JsonDeserialize(as = ImmutableResolution.class)
@JsonInclude(JsonInclude.Include.NON_ABSENT)
@JsonPropertyOrder({
  "language",
  "languageConfidence",
  "byteOrderMark",
  "header",
  "title",
  "legislativeOutcome",
  "authorLine",
  "citations",
  "recitals",
  "paragraphs",
  "headings",
  "footnotes",
  "amendments",
  "annex",
  "otherLines",
  "bundled",
  "diagnostics"
})
public interface Resolution {
  /** ISO 639-1 code of the document's language, or {@code und} when no profile matched. */
  String language();

  /** How sure the language is, from 0 to 1; 1 when the language was given explicitly. */
  double languageConfidence();

  /** Whether the input began with a byte-order mark (U+FEFF), which spans do not count. */
  @Value.Default
  default boolean byteOrderMark() {
    return false;
  }

  Optional<Header> header();

  Optional<Title> title();

  /**
   * What paragraph 1 of a legislative resolution decides; absent for a text that is not one (its
   * title names no legislative resolution and its paragraph 1 has none of a legislative
   * resolution's words) and where paragraph 1 is missing.
   */
  Optional<LegislativeOutcome> legislativeOutcome();

  Optional<AuthorLine> authorLine();

  List<Citation> citations();

  List<Recital> recitals();

  List<Paragraph> paragraphs();

  /** Headings between groups of paragraphs. */
  List<Heading> headings();

  /** The footnote block at the end of the text, linked by number to the markers. */
  List<Footnote> footnotes();

  /** The amendments after a legislative resolution or its paragraphs, in document order. */
  List<Amendment> amendments();

  Optional<Annex> annex();

  /** Blank lines and lines that fit no block kind, in document order. */
  List<OtherLine> otherLines();

  /**
   * Further documents in the same text, each from its own title on: a text adopted may hold a
   * decision and then a resolution. Their spans are positions in the whole text; the diagnostics of
   * every part are this resolution's {@link #diagnostics()}.
   */
  List<Resolution> bundled();

  List<Diagnostic> diagnostics();

  /** Every node of the document in source order. */
  @JsonIgnore
  @Value.Lazy
  default List<Node> nodes() {
    List<Node> nodes = new ArrayList<>();
    title().ifPresent(nodes::add);
    authorLine().ifPresent(nodes::add);
    Stream.of(
            citations(),
            recitals(),
            paragraphs(),
            headings(),
            footnotes(),
            amendments(),
            otherLines())
        .forEach(nodes::addAll);
    annex().ifPresent(nodes::add);
    for (Resolution part : bundled()) {
      nodes.addAll(part.nodes());
    }
    nodes.sort(Comparator.comparingInt(n -> n.span().offset()));
    return List.copyOf(nodes);
  }

  /** Citations, recitals and paragraphs in document order. */
  @JsonIgnore
  @Value.Lazy
  default List<Block> blocks() {
    List<Block> blocks = new ArrayList<>(citations());
    blocks.addAll(recitals());
    blocks.addAll(paragraphs());
    blocks.sort(Comparator.comparingInt(b -> b.span().offset()));
    return List.copyOf(blocks);
  }

  /**
   * The block with this id ({@code para_5}) or voting-list label, in English ({@code § 5}, {@code
   * Recital C}, {@code Citation 3}) or in the document's language; case and spacing do not matter.
   */
  default Optional<Block> find(String label) {
    String wanted = VoteLabels.normalise(label);
    for (Block block : blocks()) {
      if (block.id().equals(label)
          || VoteLabels.normalise(block.voteLabelEn()).equals(wanted)
          || VoteLabels.normalise(block.voteLabel()).equals(wanted)) {
        return Optional.of(block);
      }
    }
    return Optional.empty();
  }

  /**
   * The sub-point with this id ({@code para_3__point_a}) or voting-list label, in English ({@code §
   * 3, point a}) or in the document's language.
   */
  default Optional<Point> findPoint(String label) {
    String wanted = VoteLabels.normalise(label);
    List<Point> points = new ArrayList<>();
    for (Block block : blocks()) {
      points.addAll(block.points());
    }
    // Breadth first, over the points of every block and the points nested in them.
    for (int i = 0; i < points.size(); i++) {
      Point point = points.get(i);
      if (point.id().equals(label)
          || VoteLabels.normalise(point.voteLabelEn()).equals(wanted)
          || VoteLabels.normalise(point.voteLabel()).equals(wanted)) {
        return Optional.of(point);
      }
      points.addAll(point.points());
    }
    return Optional.empty();
  }

  /**
   * The document's own number ({@code P9_TA(2021)0056}, {@code RC-B10-0249/2025}, {@code
   * A9-0292/2022}): the header's {@link Header#documentNumber()}; absent where the text prints
   * none.
   */
  @JsonIgnore
  default Optional<String> documentNumber() {
    return header().flatMap(Header::documentNumber);
  }

  /**
   * The procedure the document belongs to ({@code 2021/2544(RSP)}): the title's, else the header's,
   * its motion's or its report's; absent where none gives one.
   */
  @JsonIgnore
  default Optional<ProcedureReference> procedure() {
    return title()
        .flatMap(Title::procedure)
        .or(() -> header().flatMap(Header::procedure))
        .or(() -> header().flatMap(Header::motion).flatMap(Motion::procedure))
        .or(() -> header().flatMap(Header::report).flatMap(Report::procedure));
  }

  /** Whether any diagnostic is an {@link Severity#ERROR}. */
  default boolean hasErrors() {
    return diagnostics().stream().anyMatch(d -> d.severity() == Severity.ERROR);
  }

  static Builder builder() {
    return new Builder();
  }

  final class Builder extends ImmutableResolution.Builder {}
}
