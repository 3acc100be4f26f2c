package io.github.epres.internal.layout;

import io.github.epres.internal.inline.FootnoteScanner;
import io.github.epres.internal.lines.SourceLine;
import io.github.epres.internal.semantics.BlockScan;
import io.github.epres.internal.semantics.ClauseFinder;
import io.github.epres.internal.semantics.ReferenceFinder;
import io.github.epres.lang.DateFinder;
import io.github.epres.lang.LanguageProfile;
import io.github.epres.model.Block;
import io.github.epres.model.Citation;
import io.github.epres.model.Clause;
import io.github.epres.model.Footnote;
import io.github.epres.model.FootnoteRef;
import io.github.epres.model.Paragraph;
import io.github.epres.model.Recital;
import io.github.epres.model.Resolution;
import io.github.epres.model.Span;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Turns the blocks the builder has read into model nodes: the lines joined as they stand in the
 * source, with footnote markers, dates, sub-points, clauses, references and voting-list labels.
 * Blocks are added to the model at the end, once the footnote block is known: footnote markers are
 * numbered through the document, and the block's numbers confirm the markers set off by a space.
 */
public final class BlockAssembler {
  private final LanguageProfile profile;
  private final DateFinder dates;
  private final ReferenceFinder references;
  private final ClauseFinder clauses;
  private final FootnoteScanner markers;
  private final boolean semantics;
  private final List<BlockParts> blocks = new ArrayList<>();
  private final List<Footnote> footnotes = new ArrayList<>();

  /** {@code profile} is null when the language is unknown. */
  public BlockAssembler(LanguageProfile profile, ReferenceFinder references, boolean semantics) {
    this.profile = profile;
    this.dates = profile == null ? null : profile.dateFinder();
    this.references = references;
    this.clauses = profile == null ? null : new ClauseFinder(profile);
    this.markers = new FootnoteScanner(profile == null ? List.of() : profile.referenceWords());
    this.semantics = semantics;
  }

  public void addFootnote(Footnote footnote) {
    footnotes.add(footnote);
  }

  /** A block that has been read in full, under the heading with id {@code heading} (or null). */
  public void add(BlockDraft p, String heading) {
    SourceLine first = p.lines.get(0);
    SourceLine last = p.last();
    String text = SourceLine.join(p.lines);
    Span span = SourceLine.spanOf(p.lines);
    String voteN = p.kind == BlockKind.CITATION ? String.valueOf(p.number) : idLabel(p);
    String kind = p.kind.word();
    String voteLabelEn = LanguageProfile.ENGLISH_VOTE_LABELS.get(kind).replace("{n}", voteN);
    String voteLabel =
        profile == null
            ? voteLabelEn
            : profile.voteLabel(kind, p.kind == BlockKind.RECITAL ? p.label : voteN);
    BlockScan scan = references.scan(text);
    BlockParts block =
        new BlockParts(
            p.kind,
            heading,
            p.id,
            Optional.ofNullable(p.label),
            p.number,
            first.marker(),
            Optional.ofNullable(p.opener),
            text,
            List.of(),
            dates == null ? List.of() : dates.find(text, scan.digitRuns(), scan.digitRunCount()),
            p.points == null ? List.of() : p.points.build(voteLabel, voteLabelEn, profile),
            clauses(p.kind, text, p.opener),
            semantics ? references.find(text, scan) : List.of(),
            voteLabel,
            voteLabelEn,
            span,
            last.eol());
    // The node waits for its footnote markers: each node is built once.
    blocks.add(block);
  }

  /**
   * Adds the footnotes and the blocks to the model, with their footnote markers: those are numbered
   * through the document, so they are found once all blocks and the footnote block are known.
   */
  public void addTo(Resolution.Builder resolution) {
    Set<Integer> numbers = new HashSet<>();
    for (Footnote footnote : footnotes) {
      numbers.add(footnote.number());
      resolution.addFootnotes(footnote);
    }
    List<String> texts = new ArrayList<>(blocks.size());
    for (BlockParts block : blocks) {
      texts.add(block.text());
    }
    List<List<FootnoteRef>> markersByBlock = markers.scan(texts, numbers);
    for (int i = 0; i < blocks.size(); i++) {
      BlockParts block = blocks.get(i);
      List<FootnoteRef> refs = markersByBlock.get(i);
      Block parts = refs.isEmpty() ? block : block.withFootnoteRefs(refs);
      switch (block.kind()) {
        case CITATION -> resolution.addCitations(Citation.of(parts));
        case RECITAL -> resolution.addRecitals(Recital.of(parts));
        default ->
            resolution.addParagraphs(Paragraph.of(parts, Optional.ofNullable(block.heading())));
      }
    }
  }

  /** The label of a block's id: the Latin letter for recitals, whatever the script. */
  private static String idLabel(BlockDraft p) {
    int from = p.id.indexOf('_') + 1;
    // Mostly the label as written ("para_12", "rec_A"): that string, not a copy of it.
    boolean asWritten =
        p.label != null
            && p.id.length() - from == p.label.length()
            && p.id.startsWith(p.label, from);
    return asWritten ? p.label : p.id.substring(from);
  }

  private List<Clause> clauses(BlockKind kind, String text, String opener) {
    if (!semantics || clauses == null || kind == BlockKind.CITATION) {
      return List.of();
    }
    return kind == BlockKind.RECITAL ? clauses.recital(text, opener) : clauses.paragraph(text);
  }
}
