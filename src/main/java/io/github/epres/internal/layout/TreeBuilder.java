package io.github.epres.internal.layout;

import io.github.epres.ParseLimits;
import io.github.epres.internal.antlr.LayoutParser;
import io.github.epres.internal.lines.LineClassifier;
import io.github.epres.internal.lines.SourceLine;
import io.github.epres.internal.semantics.LegislativeOutcomes;
import io.github.epres.internal.semantics.ReferenceFinder;
import io.github.epres.internal.util.Diagnostics;
import io.github.epres.lang.LanguageProfile;
import io.github.epres.model.AuthorLine;
import io.github.epres.model.DiagnosticCode;
import io.github.epres.model.Header;
import io.github.epres.model.OtherLine;
import io.github.epres.model.Resolution;
import io.github.epres.model.Span;
import java.util.ArrayList;
import java.util.List;
import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.tree.ParseTree;
import org.antlr.v4.runtime.tree.TerminalNode;

/**
 * Turns the layout parse tree into the immutable model, one method per grammar rule: the head here
 * (front matter, title, procedure lines, author line), the body in {@link BodyBuilder}. What the
 * grammar accepted but a resolution does not allow is kept as a node and reported as a diagnostic.
 */
public final class TreeBuilder {
  private final LineClassifier.Classification classification;
  private final LanguageProfile profile;
  private final Resolution.Builder resolution;
  private final Diagnostics diagnostics;
  private final ReferenceFinder references;
  private final BodyBuilder body;
  private final int maxLineLength;

  private TreeBuilder(
      LineClassifier.Classification classification,
      LanguageProfile profile,
      Resolution.Builder resolution,
      Diagnostics diagnostics,
      ParseLimits limits,
      boolean semantics) {
    this.classification = classification;
    this.profile = profile;
    this.resolution = resolution;
    this.diagnostics = diagnostics;
    this.maxLineLength = limits.maxLineLength();
    this.references = new ReferenceFinder(profile);
    this.body = new BodyBuilder(this, profile, references, semantics, limits.maxNesting());
  }

  /**
   * Builds the model from a parse tree over the classified lines; {@code resolution} arrives with
   * the document-level facts (language, byte-order mark) already set, {@code diagnostics} with what
   * earlier stages found. {@code profile} is null when the language is unknown.
   */
  public static Resolution build(
      LayoutParser.DocumentContext tree,
      LineClassifier.Classification classification,
      LanguageProfile profile,
      Resolution.Builder resolution,
      Diagnostics diagnostics,
      ParseLimits limits,
      boolean semantics) {
    TreeBuilder builder =
        new TreeBuilder(classification, profile, resolution, diagnostics, limits, semantics);
    if (tree instanceof LayoutParser.ResolutionContext r) {
      builder.resolution(r);
    } else if (tree instanceof LayoutParser.WithoutAuthorLineContext w) {
      builder.withoutAuthorLine(w);
    } else {
      builder.notAResolution((LayoutParser.NotAResolutionContext) tree);
    }
    Resolution built = resolution.diagnostics(diagnostics.sorted()).build();
    return LegislativeOutcomes.decide(ReportReader.withCitedNumber(built), profile);
  }

  private void resolution(LayoutParser.ResolutionContext ctx) {
    List<SourceLine> front = frontMatter(ctx.frontMatter());
    if (ctx.title() != null) {
      title(ctx.title());
    } else {
      diagnostics.report(
          DiagnosticCode.MISSING_TITLE,
          "missing title line before the author line",
          line(ctx.authorLine().AUTHOR_LINE()).spanAt(1, 0));
    }
    header(front, titleTrailer(ctx.titleTrailer()));
    authorLine(ctx.authorLine());
    body.body(ctx.body());
    if (!BodyBuilder.hasBlocks(ctx.body())) {
      // A text cut after its author line: its head is read, and it holds no block.
      noBlocks();
    }
  }

  private void noBlocks() {
    diagnostics.report(
        DiagnosticCode.NOT_A_RESOLUTION,
        "not a resolution: no citation, recital or paragraph found",
        Span.of(1, 1, 0, 0));
  }

  /** The lenient alternative: blocks with no author line before them. */
  private void withoutAuthorLine(LayoutParser.WithoutAuthorLineContext ctx) {
    List<SourceLine> front = frontMatter(ctx.frontMatter());
    if (ctx.title() != null) {
      title(ctx.title());
    }
    header(front, titleTrailer(ctx.titleTrailer()));
    Token first = ctx.body().getStart();
    if (!BodyBuilder.hasBlocks(ctx.body())) {
      // A head alone (a motion's header cut before its text): read, with no block.
      body.body(ctx.body());
      noBlocks();
      return;
    }
    if (first.getType() == LayoutParser.AMENDMENT_HEADING) {
      // An "amendments adopted" text: its amendments follow the title, with no author line.
      body.body(ctx.body());
      return;
    }
    String example = profile == null ? "" : " \"" + profile.authorLines().get(0) + "\"";
    List<SourceLine> lines = classification.lines();
    // With its only items too long to read, the body is empty: then the text's last line.
    SourceLine at = first.getType() == Token.EOF ? lines.get(lines.size() - 1) : line(first);
    diagnostics.report(
        DiagnosticCode.MISSING_AUTHOR_LINE,
        "missing author line" + example + " before the first block",
        at.spanAt(1, 0));
    body.body(ctx.body());
  }

  /**
   * A text with no block: every line kept as it is, with one error (or, if blank, a note); what its
   * head says is read all the same (an EUR-Lex copy's notice, its document numbers).
   */
  private void notAResolution(LayoutParser.NotAResolutionContext ctx) {
    boolean blank = true;
    List<SourceLine> head = new ArrayList<>();
    for (SourceLine line : classification.lines()) {
      blank &= line.isBlank();
      otherLine(line, line.isBlank() ? OtherLine.Kind.BLANK : OtherLine.Kind.TEXT);
      if (!line.isBlank() && !line.longerThan(maxLineLength)) {
        head.add(line);
      }
    }
    Header header = new HeaderReader(profile, references).readWithoutBlocks(head);
    if (header != null) {
      resolution.header(header);
    }
    if (blank) {
      String message =
          classification.lines().isEmpty() ? "input is empty" : "input holds only white space";
      diagnostics.report(DiagnosticCode.EMPTY_INPUT, message, Span.of(1, 1, 0, 0));
    } else {
      noBlocks();
    }
  }

  /**
   * Page furniture and a motion's header: the lines to read the header from; amendments printed
   * before the resolution are read as amendments.
   */
  private List<SourceLine> frontMatter(LayoutParser.FrontMatterContext ctx) {
    List<SourceLine> header = new ArrayList<>();
    for (int i = 0; i < ctx.getChildCount(); i++) {
      if (ctx.getChild(i) instanceof LayoutParser.AmendmentContext amendment) {
        body.amendment(amendment);
        continue;
      }
      SourceLine line = line((TerminalNode) ctx.getChild(i));
      if (line.isBlank()) {
        otherLine(line, OtherLine.Kind.BLANK);
      } else if (line.longerThan(maxLineLength)) {
        tooLong(line);
      } else {
        header.add(line);
        otherLine(line, OtherLine.Kind.HEADER);
      }
    }
    return header;
  }

  /** The header, from the front matter and the procedure lines after the title. */
  private void header(List<SourceLine> front, List<SourceLine> procedureLines) {
    Header header = new HeaderReader(profile, references).read(front, procedureLines);
    if (header != null) {
      resolution.header(header);
    }
  }

  private void title(LayoutParser.TitleContext ctx) {
    resolution.title(
        TitleReader.title(lines(ctx), profile, classification.titleParts(), diagnostics));
  }

  /**
   * Procedure lines between the title and the author line, and lines that are neither; returns the
   * procedure lines.
   */
  private List<SourceLine> titleTrailer(LayoutParser.TitleTrailerContext ctx) {
    List<SourceLine> procedureLines = new ArrayList<>();
    for (TerminalNode node : terminals(ctx)) {
      SourceLine line = line(node);
      switch (node.getSymbol().getType()) {
        case LayoutParser.PROCEDURE_LINE -> {
          procedureLines.add(line);
          otherLine(line, OtherLine.Kind.PROCEDURE);
        }
        case LayoutParser.BLANK_LINE -> otherLine(line, OtherLine.Kind.BLANK);
        default ->
            stray(line, "line before the first block is neither the title nor the author line");
      }
    }
    return procedureLines;
  }

  private void authorLine(LayoutParser.AuthorLineContext ctx) {
    SourceLine line = line(ctx.AUTHOR_LINE());
    resolution.authorLine(AuthorLine.of(line.text(), line.span(), line.eol()));
    for (LayoutParser.GapContext gap : ctx.gap()) {
      gap(gap);
    }
  }

  /** A blank line, or one that fits no block kind. */
  void gap(LayoutParser.GapContext ctx) {
    SourceLine line = line(ctx.getStart());
    if (ctx instanceof LayoutParser.BlankLineContext) {
      otherLine(line, OtherLine.Kind.BLANK);
    } else {
      stray(line, "line fits no block kind: expected a citation, a recital or a paragraph");
    }
  }

  /** A line that fits nothing where it stands: an error, or a limit error if it is too long. */
  private void stray(SourceLine line, String message) {
    if (line.longerThan(maxLineLength)) {
      tooLong(line);
      return;
    }
    otherLine(line, OtherLine.Kind.TEXT);
    diagnostics.report(
        DiagnosticCode.UNRECOGNIZED_LINE, message, line.spanAt(1, line.fullText().length()));
  }

  private void tooLong(SourceLine line) {
    otherLine(line, OtherLine.Kind.TEXT);
    diagnostics.report(
        DiagnosticCode.LIMIT_EXCEEDED,
        "line of "
            + line.span().length()
            + " characters exceeds the limit of "
            + maxLineLength
            + " (maxLineLength)",
        line.spanAt(1, 0));
  }

  /** An unrecognised line keeps its marker in its text, so that nothing of it is lost. */
  void otherLine(SourceLine line, OtherLine.Kind kind) {
    resolution.addOtherLines(OtherLine.of(kind, line.fullText(), line.span(), line.eol()));
  }

  Resolution.Builder resolution() {
    return resolution;
  }

  Diagnostics diagnostics() {
    return diagnostics;
  }

  SourceLine line(TerminalNode node) {
    return line(node.getSymbol());
  }

  SourceLine line(Token token) {
    return classification.lines().get(token.getTokenIndex());
  }

  /** The lines of a rule made of tokens only. */
  List<SourceLine> lines(ParserRuleContext ctx) {
    List<SourceLine> lines = new ArrayList<>(ctx.getChildCount());
    for (TerminalNode node : terminals(ctx)) {
      lines.add(line(node));
    }
    return lines;
  }

  private static List<TerminalNode> terminals(ParserRuleContext ctx) {
    List<TerminalNode> nodes = new ArrayList<>(ctx.getChildCount());
    for (int i = 0; i < ctx.getChildCount(); i++) {
      ParseTree child = ctx.getChild(i);
      if (child instanceof TerminalNode node) {
        nodes.add(node);
      }
    }
    return nodes;
  }
}
