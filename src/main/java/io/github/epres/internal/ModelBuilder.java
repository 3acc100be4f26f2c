package io.github.epres.internal;

import io.github.epres.internal.antlr.LayoutParser;
import io.github.epres.internal.antlr.LayoutParserBaseVisitor;
import io.github.epres.lang.LanguageProfile;
import io.github.epres.model.AuthorLine;
import io.github.epres.model.Citation;
import io.github.epres.model.Diagnostic;
import io.github.epres.model.DiagnosticCode;
import io.github.epres.model.OtherLine;
import io.github.epres.model.Paragraph;
import io.github.epres.model.ProcedureReference;
import io.github.epres.model.Recital;
import io.github.epres.model.Resolution;
import io.github.epres.model.Span;
import io.github.epres.model.Title;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.antlr.v4.runtime.tree.TerminalNode;

/**
 * Turns the layout parse tree into the immutable model, one method per grammar rule. Everything the
 * grammar accepted but the layout of a resolution does not allow is kept as a node and reported as
 * a diagnostic here.
 */
final class ModelBuilder extends LayoutParserBaseVisitor<Void> {
  /**
   * How far the document has got: blocks must come as citations, then recitals, then paragraphs.
   */
  private enum Stage {
    PREAMBLE,
    CITATIONS,
    RECITALS,
    PARAGRAPHS
  }

  private final List<SourceLine> lines;
  private final Optional<LanguageProfile> profile;
  private final Resolution.Builder resolution;
  private final List<Diagnostic> diagnostics = new ArrayList<>();
  private final Map<String, Integer> idCounts = new HashMap<>();
  private final LabelSequence recitalLabels = new LabelSequence("recital", Labels::letterLabel);
  private final LabelSequence paragraphLabels = new LabelSequence("paragraph", String::valueOf);
  private Stage stage = Stage.PREAMBLE;
  private int citations;
  private int recitals;
  private int paragraphs;
  private boolean hasAuthorLine;

  private ModelBuilder(
      List<SourceLine> lines, Optional<LanguageProfile> profile, Resolution.Builder resolution) {
    this.lines = lines;
    this.profile = profile;
    this.resolution = resolution;
  }

  /**
   * Builds the model from a parse tree whose tokens are {@code lines}; {@code resolution} arrives
   * with the document-level facts (language, byte-order mark) already set.
   */
  static Resolution build(
      LayoutParser.DocumentContext tree,
      List<SourceLine> lines,
      Optional<LanguageProfile> profile,
      Resolution.Builder resolution,
      List<Diagnostic> earlier) {
    ModelBuilder builder = new ModelBuilder(lines, profile, resolution);
    builder.diagnostics.addAll(earlier);
    builder.visitDocument(tree);
    builder.diagnostics.sort(
        Comparator.comparingInt((Diagnostic d) -> d.span().offset())
            .thenComparing(Diagnostic::severity));
    return resolution.diagnostics(builder.diagnostics).build();
  }

  @Override
  public Void visitDocument(LayoutParser.DocumentContext ctx) {
    if (lines.stream().allMatch(SourceLine::isBlank)) {
      lines.forEach(line -> otherLine(line, OtherLine.Kind.BLANK));
      report(
          DiagnosticCode.EMPTY_INPUT,
          lines.isEmpty() ? "input is empty" : "input holds only white space",
          Span.of(1, 1, 0, 0));
      return null;
    }
    if (ctx.section().isEmpty()) {
      lines.forEach(this::looseLine);
      report(
          DiagnosticCode.NOT_A_RESOLUTION,
          "not a resolution: no citation, recital or paragraph found",
          Span.of(1, 1, 0, 0));
      return null;
    }
    visitPreamble(ctx.preamble());
    SourceLine firstItem = line(ctx.section(0).item().getStart().getTokenIndex());
    if (!hasAuthorLine) {
      report(
          DiagnosticCode.MISSING_AUTHOR_LINE,
          "missing author line"
              + profile.map(p -> " \"" + p.authorLines().get(0) + "\"").orElse("")
              + " before the first block",
          firstItem.spanAt(1, 0));
    }
    ctx.section().forEach(this::visitSection);
    return null;
  }

  /** Title, author line and anything else before the first block. */
  @Override
  public Void visitPreamble(LayoutParser.PreambleContext ctx) {
    List<SourceLine> texts = new ArrayList<>();
    for (LayoutParser.LooseLineContext loose : ctx.looseLine()) {
      SourceLine line = line(loose.getStart().getTokenIndex());
      if (!line.isBlank()) {
        texts.add(line);
      }
    }
    int author = authorLineIndex(texts);
    int title = titleIndex(texts, author);
    if (author == 0) {
      report(
          DiagnosticCode.MISSING_TITLE,
          "missing title line before the author line",
          texts.get(0).spanAt(1, 0));
    }
    for (LayoutParser.LooseLineContext loose : ctx.looseLine()) {
      SourceLine line = line(loose.getStart().getTokenIndex());
      int index = texts.indexOf(line);
      if (index < 0) {
        otherLine(line, OtherLine.Kind.BLANK);
      } else if (index == title) {
        title(line);
      } else if (index == author) {
        authorLine(line);
      } else {
        otherLine(line, OtherLine.Kind.TEXT);
        report(
            DiagnosticCode.UNRECOGNIZED_LINE,
            "line before the first block is neither the title nor the author line",
            line.spanAt(1, line.text().length()));
      }
    }
    return null;
  }

  /** One block with the loose lines after it. */
  @Override
  public Void visitSection(LayoutParser.SectionContext ctx) {
    visit(ctx.item());
    ctx.looseLine().forEach(this::visit);
    return null;
  }

  @Override
  public Void visitDashItem(LayoutParser.DashItemContext ctx) {
    SourceLine line = line(ctx.DASH_ITEM());
    enter(Stage.CITATIONS, "citation", line);
    int number = ++citations;
    Optional<String> opener = profile.flatMap(p -> p.citationOpener(line.text()));
    checkBlock("citation", line, opener, profile.map(LanguageProfile::citationOpeners));
    resolution.addCitations(
        Citation.builder().from(block("cit_" + number, null, number, opener, line)).build());
    return null;
  }

  @Override
  public Void visitLetterItem(LayoutParser.LetterItemContext ctx) {
    SourceLine line = line(ctx.LETTER_ITEM());
    enter(Stage.RECITALS, "recital", line);
    checkLabel(recitalLabels, line, Labels.letterOrdinal(line.label()));
    Optional<String> opener = profile.flatMap(p -> p.recitalOpener(line.text()));
    checkBlock("recital", line, opener, profile.map(LanguageProfile::recitalOpeners));
    resolution.addRecitals(
        Recital.builder()
            .from(block("rec_" + line.label(), line.label(), ++recitals, opener, line))
            .build());
    return null;
  }

  @Override
  public Void visitNumberItem(LayoutParser.NumberItemContext ctx) {
    SourceLine line = line(ctx.NUMBER_ITEM());
    enter(Stage.PARAGRAPHS, "paragraph", line);
    checkLabel(paragraphLabels, line, numberOrdinal(line.label()));
    checkBlock("paragraph", line, Optional.empty(), Optional.empty());
    resolution.addParagraphs(
        Paragraph.builder()
            .from(block("para_" + line.label(), line.label(), ++paragraphs, Optional.empty(), line))
            .build());
    return null;
  }

  @Override
  public Void visitTextLine(LayoutParser.TextLineContext ctx) {
    SourceLine line = line(ctx.TEXT_LINE());
    otherLine(line, OtherLine.Kind.TEXT);
    report(
        DiagnosticCode.UNRECOGNIZED_LINE,
        "line fits no block kind: expected a citation, a recital or a paragraph",
        line.spanAt(1, line.text().length()));
    return null;
  }

  @Override
  public Void visitBlankLine(LayoutParser.BlankLineContext ctx) {
    otherLine(line(ctx.BLANK_LINE()), OtherLine.Kind.BLANK);
    return null;
  }

  private int authorLineIndex(List<SourceLine> texts) {
    if (profile.isPresent()) {
      for (int i = 0; i < texts.size(); i++) {
        if (profile.get().isAuthorLine(texts.get(i).text())) {
          return i;
        }
      }
      return -1;
    }
    // Without a language, layout alone says the author line is the last line before the blocks.
    return texts.size() >= 2 ? texts.size() - 1 : -1;
  }

  /**
   * The title is the line before the author line that has the profile's title pattern; failing
   * that, the line just before the author line, or the first line when there is no author line.
   */
  private int titleIndex(List<SourceLine> texts, int author) {
    int end = author >= 0 ? author : texts.size();
    for (int i = 0; i < end && profile.isPresent(); i++) {
      if (profile.get().readTitle(texts.get(i).text()).isPresent()) {
        return i;
      }
    }
    return author >= 0 ? author - 1 : 0;
  }

  private void title(SourceLine line) {
    Title.Builder title = Title.builder().text(line.text()).span(line.span()).eol(line.eol());
    profile.ifPresent(
        p ->
            p.readTitle(line.text())
                .ifPresentOrElse(
                    parts ->
                        title
                            .date(parts.date())
                            .subject(parts.subject())
                            .procedure(ProcedureReference.parse(parts.procedure())),
                    () ->
                        report(
                            DiagnosticCode.TITLE_NOT_UNDERSTOOD,
                            "title does not have the " + p.code() + " title pattern",
                            line.spanAt(1, line.text().length()))));
    resolution.title(title.build());
  }

  private void authorLine(SourceLine line) {
    hasAuthorLine = true;
    resolution.authorLine(AuthorLine.of(line.text(), line.span(), line.eol()));
  }

  private void looseLine(SourceLine line) {
    otherLine(line, line.isBlank() ? OtherLine.Kind.BLANK : OtherLine.Kind.TEXT);
  }

  private void otherLine(SourceLine line, OtherLine.Kind kind) {
    resolution.addOtherLines(OtherLine.of(kind, line.text(), line.span(), line.eol()));
  }

  /** Moves to the stage of a block, reporting a block that comes after a later stage. */
  private void enter(Stage blockStage, String kind, SourceLine line) {
    if (stage.compareTo(blockStage) > 0) {
      report(
          DiagnosticCode.BLOCK_OUT_OF_ORDER,
          kind + " after the " + stage.name().toLowerCase(Locale.ROOT),
          line.spanAt(line.labelColumn(), 0));
    } else {
      stage = blockStage;
    }
  }

  private void checkLabel(LabelSequence sequence, SourceLine line, int ordinal) {
    sequence
        .next(line.label(), ordinal)
        .ifPresent(
            problem ->
                report(
                    problem.outOfSequence()
                        ? DiagnosticCode.LABEL_OUT_OF_SEQUENCE
                        : DiagnosticCode.DUPLICATE_LABEL,
                    problem.message(),
                    line.spanAt(line.labelColumn(), line.label().length())));
  }

  private void checkBlock(
      String kind, SourceLine line, Optional<String> opener, Optional<List<String>> openers) {
    if (line.text().isBlank()) {
      report(DiagnosticCode.EMPTY_BLOCK, kind + " without text", line.spanAt(1, 0));
    } else if (opener.isEmpty() && openers.filter(list -> !list.isEmpty()).isPresent()) {
      report(
          DiagnosticCode.MISSING_OPENER,
          kind + " does not start with an opener such as \"" + openers.get().get(0) + "\"",
          line.spanAt(line.textColumn(), 0));
    }
  }

  private BlockParts block(
      String id, String label, int number, Optional<String> opener, SourceLine line) {
    return new BlockParts(
        uniqueId(id),
        Optional.ofNullable(label),
        number,
        line.marker(),
        opener,
        line.text(),
        FootnoteScanner.scan(line.text()),
        line.span(),
        line.eol());
  }

  /** A paragraph number's value; labels too long to be one are never in sequence. */
  private static int numberOrdinal(String label) {
    return label.length() > 6 ? -1 : Integer.parseInt(label);
  }

  private String uniqueId(String id) {
    int count = idCounts.merge(id, 1, Integer::sum);
    return count == 1 ? id : id + "_" + count;
  }

  private void report(DiagnosticCode code, String message, Span span) {
    diagnostics.add(Diagnostic.of(code, message, span));
  }

  private SourceLine line(TerminalNode node) {
    return line(node.getSymbol().getTokenIndex());
  }

  private SourceLine line(int tokenIndex) {
    return lines.get(tokenIndex);
  }
}
