package io.github.epres.internal.layout;

import io.github.epres.internal.antlr.LayoutParser;
import io.github.epres.internal.lines.Labels;
import io.github.epres.internal.lines.SourceLine;
import io.github.epres.internal.semantics.ReferenceFinder;
import io.github.epres.lang.LanguageProfile;
import io.github.epres.model.Annex;
import io.github.epres.model.DiagnosticCode;
import io.github.epres.model.Footnote;
import io.github.epres.model.Heading;
import io.github.epres.model.OtherLine;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.tree.ParseTree;
import org.antlr.v4.runtime.tree.TerminalNode;

/**
 * The body of the parse tree to the model, one method per rule: the citations, recitals and
 * paragraphs with their headings and sub-points, the footnote block, blocks out of order, the annex
 * and the closing furniture. The only state is what a part needs: the heading the paragraphs stand
 * under, and the numbering of blocks and headings ({@link BlockStarter}).
 */
final class BodyBuilder {
  private final TreeBuilder tree;
  private final BlockStarter blocks;
  private final BlockAssembler assembler;
  private final AmendmentReader amendments;
  private int headings;
  private int amendmentCount;
  private String heading;

  BodyBuilder(
      TreeBuilder tree,
      LanguageProfile profile,
      ReferenceFinder references,
      boolean semantics,
      int maxNesting) {
    this.tree = tree;
    this.blocks = new BlockStarter(profile, tree.diagnostics(), maxNesting);
    this.assembler = new BlockAssembler(profile, references, semantics);
    this.amendments = new AmendmentReader(profile, tree.diagnostics());
  }

  void body(LayoutParser.BodyContext ctx) {
    for (LayoutParser.BlockContext block : ctx.block()) {
      block(block);
    }
    assembler.addTo(tree.resolution());
    if (ctx.annex() != null) {
      annex(ctx.annex());
    }
    if (ctx.reportParts() != null) {
      for (SourceLine line : tree.lines(ctx.reportParts())) {
        tree.otherLine(line, line.isBlank() ? OtherLine.Kind.BLANK : OtherLine.Kind.REPORT);
      }
    }
    if (ctx.closing() != null) {
      closing(ctx.closing());
    }
  }

  /** Whether the body holds a block: a citation, recital, paragraph or amendment. */
  static boolean hasBlocks(LayoutParser.BodyContext ctx) {
    for (LayoutParser.BlockContext block : ctx.block()) {
      if (block.heading() == null && block.separator() == null && block.footnote() == null) {
        return true;
      }
    }
    return false;
  }

  private void block(LayoutParser.BlockContext ctx) {
    ParseTree child = ctx.getChild(0);
    if (child instanceof LayoutParser.CitationContext citation) {
      citation(citation);
    } else if (child instanceof LayoutParser.RecitalContext recital) {
      recital(recital);
    } else if (child instanceof LayoutParser.ParagraphContext paragraph) {
      paragraph(paragraph);
    } else if (child instanceof LayoutParser.HeadingContext h) {
      heading(h);
    } else if (child instanceof LayoutParser.SeparatorContext s) {
      separator(s);
    } else if (child instanceof LayoutParser.FootnoteContext f) {
      footnote(f);
    } else {
      amendment((LayoutParser.AmendmentContext) child);
    }
  }

  /** An amendment, after the paragraphs or, in reports of the 1990s, before the resolution. */
  void amendment(LayoutParser.AmendmentContext ctx) {
    tree.resolution().addAmendments(amendments.read(tree.lines(ctx), ++amendmentCount));
  }

  /** Reports a block that comes after a later kind of block; a footnote between does not count. */
  private void outOfOrder(BlockKind kind, SourceLine line) {
    BlockKind reached = blocks.reached();
    if (reached != null && reached.compareTo(kind) > 0) {
      tree.diagnostics()
          .report(
              DiagnosticCode.BLOCK_OUT_OF_ORDER,
              kind.word() + " after the " + reached.part(),
              line.spanAt(line.labelColumn(), 0));
    }
  }

  private static List<ParseTree> children(ParserRuleContext ctx) {
    // Most blocks have no children past their first line: the empty list's iterator is shared.
    return ctx.children == null ? Collections.emptyList() : ctx.children;
  }

  /** A citation; one after the recitals or paragraphs is read as one and reported out of order. */
  private void citation(LayoutParser.CitationContext ctx) {
    SourceLine line = tree.line(ctx.getStart());
    outOfOrder(BlockKind.CITATION, line);
    block(blocks.citation(line), ctx.blockBody());
  }

  /** A recital; one after the paragraphs is read as one and reported out of order. */
  private void recital(LayoutParser.RecitalContext ctx) {
    SourceLine line = tree.line(ctx.getStart());
    outOfOrder(BlockKind.RECITAL, line);
    BlockDraft draft =
        ctx.NUMBERED_RECITAL() != null ? blocks.numberedRecital(line) : blocks.recital(line);
    block(draft, ctx.blockBody());
  }

  private void paragraph(LayoutParser.ParagraphContext ctx) {
    block(blocks.paragraph(tree.line(ctx.getStart())), ctx.blockBody());
  }

  /** A block's continuation lines and points go into its draft; the lines after it are kept. */
  private void block(BlockDraft draft, LayoutParser.BlockBodyContext ctx) {
    List<LayoutParser.GapContext> gaps = null;
    for (ParseTree child : children(ctx)) {
      if (child instanceof TerminalNode continuation) {
        draft.add(tree.line(continuation));
      } else if (child instanceof LayoutParser.PointContext point) {
        draft.point(tree.line(point.getStart()));
        for (int i = 1; i < point.getChildCount(); i++) {
          draft.add(tree.line((TerminalNode) point.getChild(i)));
        }
      } else {
        gaps = gaps == null ? new ArrayList<>(2) : gaps;
        gaps.add((LayoutParser.GapContext) child);
      }
    }
    assembler.add(draft, draft.kind == BlockKind.PARAGRAPH ? heading : null);
    if (gaps != null) {
      gaps(gaps);
    }
  }

  /** A heading between paragraphs; "I. General remarks" keeps its label. */
  private void heading(LayoutParser.HeadingContext ctx) {
    SourceLine line = tree.line(ctx.HEADING_LINE());
    heading = "hdg_" + ++headings;
    tree.resolution()
        .addHeadings(
            Heading.builder()
                .id(heading)
                .label(Optional.ofNullable(line.label().isEmpty() ? null : line.label()))
                .marker(line.marker())
                .text(line.text())
                .span(line.span())
                .eol(line.eol())
                .build());
    gaps(ctx.gap());
  }

  private void separator(LayoutParser.SeparatorContext ctx) {
    tree.otherLine(tree.line(ctx.SEPARATOR_LINE()), OtherLine.Kind.SEPARATOR);
    gaps(ctx.gap());
  }

  /** "(1) OJ C 23, 21.1.2021, p. 23.", linked by its number to the markers in the text. */
  private void footnote(LayoutParser.FootnoteContext ctx) {
    SourceLine line = tree.line(ctx.NOTE_ITEM());
    List<SourceLine> lines = new ArrayList<>(List.of(line));
    for (TerminalNode continuation : ctx.CONTINUATION_LINE()) {
      lines.add(tree.line(continuation));
    }
    SourceLine last = lines.get(lines.size() - 1);
    assembler.addFootnote(
        Footnote.builder()
            .number(Labels.numberOrdinal(line.label()))
            .marker(line.marker())
            .text(SourceLine.join(lines))
            .span(SourceLine.spanOf(lines))
            .eol(last.eol())
            .build());
    gaps(ctx.gap());
  }

  /** The annex: its heading line and every line after it, joined as in the source. */
  private void annex(LayoutParser.AnnexContext ctx) {
    List<SourceLine> lines = tree.lines(ctx);
    tree.resolution()
        .annex(
            Annex.builder()
                .heading(lines.get(0).text().strip())
                .text(SourceLine.join(lines))
                .span(SourceLine.spanOf(lines))
                .eol(lines.get(lines.size() - 1).eol())
                .build());
  }

  /** Page furniture after the last paragraph and footnote: "Legal notice - Privacy policy". */
  private void closing(LayoutParser.ClosingContext ctx) {
    for (SourceLine line : tree.lines(ctx)) {
      tree.otherLine(line, line.isBlank() ? OtherLine.Kind.BLANK : OtherLine.Kind.FOOTER);
    }
  }

  private void gaps(List<LayoutParser.GapContext> gaps) {
    for (LayoutParser.GapContext gap : gaps) {
      tree.gap(gap);
    }
  }
}
