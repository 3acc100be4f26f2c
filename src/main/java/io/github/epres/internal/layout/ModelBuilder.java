package io.github.epres.internal.layout;

import io.github.epres.ParseLimits;
import io.github.epres.internal.antlr.LayoutLexer;
import io.github.epres.internal.antlr.LayoutParser;
import io.github.epres.internal.antlr.LayoutParserBaseVisitor;
import io.github.epres.internal.lines.SourceLine;
import io.github.epres.internal.semantics.ReferenceFinder;
import io.github.epres.internal.util.Diagnostics;
import io.github.epres.lang.LanguageProfile;
import io.github.epres.model.Annex;
import io.github.epres.model.AuthorLine;
import io.github.epres.model.DiagnosticCode;
import io.github.epres.model.Footnote;
import io.github.epres.model.Heading;
import io.github.epres.model.OtherLine;
import io.github.epres.model.Resolution;
import io.github.epres.model.Span;
import java.util.ArrayList;
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
 *
 * <p>Written with plain loops and a nullable profile rather than lambdas and {@code Optional}
 * chains: each lambda costs a class bootstrap on the first parse in a fresh JVM.
 */
public final class ModelBuilder extends LayoutParserBaseVisitor<Void> {
  private final List<SourceLine> lines;
  private final LanguageProfile profile;
  private final Resolution.Builder resolution;
  private final Diagnostics diagnostics;
  private final Map<String, Integer> idCounts = new HashMap<>();
  private final LabelSequence recitalLabels = new LabelSequence("recital", false);
  private final LabelSequence paragraphLabels = new LabelSequence("paragraph", true);
  private Stage stage = Stage.PREAMBLE;
  private int citations;
  private int recitals;
  private int paragraphs;
  private boolean hasAuthorLine;
  private PendingBlock pending;
  private final ReferenceFinder references;
  private final BlockAssembler assembler;
  private final int maxLineLength;
  private final int maxNesting;
  private int headings;
  private String heading;

  /** The lines of the annex, from its heading on; null before an annex is found. */
  private List<SourceLine> annex;

  private ModelBuilder(
      List<SourceLine> lines,
      LanguageProfile profile,
      Resolution.Builder resolution,
      Diagnostics diagnostics,
      ParseLimits limits,
      boolean semantics) {
    this.maxLineLength = limits.maxLineLength();
    this.maxNesting = limits.maxNesting();
    this.lines = lines;
    this.profile = profile;
    this.resolution = resolution;
    this.diagnostics = diagnostics;
    this.references = new ReferenceFinder(profile);
    this.assembler = new BlockAssembler(profile, references, semantics);
  }

  /**
   * Builds the model from a parse tree whose tokens are {@code lines}; {@code resolution} arrives
   * with the document-level facts (language, byte-order mark) already set, {@code diagnostics} with
   * what earlier stages found. {@code profile} is null when the language is unknown.
   */
  public static Resolution build(
      LayoutParser.DocumentContext tree,
      List<SourceLine> lines,
      LanguageProfile profile,
      Resolution.Builder resolution,
      Diagnostics diagnostics,
      ParseLimits limits,
      boolean semantics) {
    new ModelBuilder(lines, profile, resolution, diagnostics, limits, semantics)
        .visitDocument(tree);
    return resolution.diagnostics(diagnostics.sorted()).build();
  }

  @Override
  public Void visitDocument(LayoutParser.DocumentContext ctx) {
    if (allBlank()) {
      for (SourceLine line : lines) {
        otherLine(line, OtherLine.Kind.BLANK);
      }
      String message = lines.isEmpty() ? "input is empty" : "input holds only white space";
      diagnostics.report(DiagnosticCode.EMPTY_INPUT, message, Span.of(1, 1, 0, 0));
      return null;
    }
    List<LayoutParser.SectionContext> sections = ctx.section();
    if (sections.isEmpty()) {
      for (SourceLine line : lines) {
        otherLine(line, line.isBlank() ? OtherLine.Kind.BLANK : OtherLine.Kind.TEXT);
      }
      diagnostics.report(
          DiagnosticCode.NOT_A_RESOLUTION,
          "not a resolution: no citation, recital or paragraph found",
          Span.of(1, 1, 0, 0));
      return null;
    }
    visitPreamble(ctx.preamble());
    if (!hasAuthorLine) {
      SourceLine firstBlock = line(sections.get(0).item().getStart().getTokenIndex());
      String example = profile == null ? "" : " \"" + profile.authorLines().get(0) + "\"";
      diagnostics.report(
          DiagnosticCode.MISSING_AUTHOR_LINE,
          "missing author line" + example + " before the first block",
          firstBlock.spanAt(1, 0));
    }
    for (LayoutParser.SectionContext section : sections) {
      visitSection(section);
    }
    flush();
    assembler.addTo(resolution);
    if (annex != null) {
      annex();
    }
    return null;
  }

  /**
   * Title, author line and anything else before the first block: page furniture and a motion's
   * header before the title, procedure lines between title and author line.
   */
  @Override
  public Void visitPreamble(LayoutParser.PreambleContext ctx) {
    List<SourceLine> texts = new ArrayList<>();
    for (LayoutParser.LooseLineContext loose : ctx.looseLine()) {
      SourceLine line = line(loose.getStart().getTokenIndex());
      if (line.type() == LayoutLexer.TEXT_LINE && line.span().length() <= maxLineLength) {
        texts.add(line);
      }
    }
    TitleFinder.Layout layout = TitleFinder.find(texts, profile);
    int author = layout.author();
    int title = layout.title();
    int titleEnd = layout.titleEnd();
    boolean titleFound = layout.found();
    List<SourceLine> titleLines = new ArrayList<>();
    List<SourceLine> headerLines = new ArrayList<>();
    if (author == 0) {
      diagnostics.report(
          DiagnosticCode.MISSING_TITLE,
          "missing title line before the author line",
          texts.get(0).spanAt(1, 0));
    }
    int index = -1;
    for (LayoutParser.LooseLineContext loose : ctx.looseLine()) {
      SourceLine line = line(loose.getStart().getTokenIndex());
      if (tooLong(line)) {
        continue;
      }
      index += line.type() == LayoutLexer.TEXT_LINE ? 1 : 0;
      if (line.isBlank()) {
        // A blank line ends a dash-less citation, as it ends any block.
        flush();
        otherLine(line, OtherLine.Kind.BLANK);
      } else if (line.type() != LayoutLexer.TEXT_LINE) {
        // A sub-point or footnote line before the first block: text after the author line.
        if (author >= 0 && index >= author) {
          citationOrContinuation(line);
        } else {
          unrecognizedPreambleLine(line);
        }
      } else if (titleFound && index < title) {
        headerLines.add(line);
        otherLine(line, OtherLine.Kind.HEADER);
      } else if (title >= 0 && index >= title && index <= titleEnd) {
        titleLines.add(line);
        if (index == titleEnd) {
          resolution.title(TitleFinder.title(titleLines, profile, layout.parts(), diagnostics));
        }
      } else if (index == author) {
        hasAuthorLine = true;
        resolution.authorLine(AuthorLine.of(line.text(), line.span(), line.eol()));
      } else if (author >= 0 && index > author) {
        citationOrContinuation(line);
      } else if (index > titleEnd && TitleFinder.isProcedureLine(line.text())) {
        otherLine(line, OtherLine.Kind.PROCEDURE);
      } else {
        unrecognizedPreambleLine(line);
      }
    }
    if (!headerLines.isEmpty()) {
      resolution.header(new HeaderReader(profile, references).read(headerLines));
    }
    return null;
  }

  private void unrecognizedPreambleLine(SourceLine line) {
    otherLine(line, OtherLine.Kind.TEXT);
    diagnostics.report(
        DiagnosticCode.UNRECOGNIZED_LINE,
        "line before the first block is neither the title nor the author line",
        line.spanAt(1, line.text().length()));
  }

  /** One block with the loose lines after it. */
  @Override
  public Void visitSection(LayoutParser.SectionContext ctx) {
    if (annex != null) {
      annex.add(line(ctx.item().getStart().getTokenIndex()));
    } else {
      visit(ctx.item());
    }
    for (LayoutParser.LooseLineContext loose : ctx.looseLine()) {
      if (annex != null) {
        annex.add(line(loose.getStart().getTokenIndex()));
      } else {
        visit(loose);
      }
    }
    return null;
  }

  /**
   * Whether a line goes on with the block being read, as in text hard-wrapped by a PDF copy. A line
   * without a marker does, unless the block has ended (with ; . : or ·) and the line does not go on
   * in lower case. A line that looks like a block does when the block above stops mid-word, or when
   * its label does not continue the sequence ("2021. gada" inside a paragraph) and the block above
   * has not ended.
   */
  private boolean continues(SourceLine line, boolean inSequence) {
    if (pending == null || tooLong(line, false)) {
      return false;
    }
    String last = pending.last().text().stripTrailing();
    int n = last.length();
    if (n == 0) {
      return false;
    }
    char end = last.charAt(n - 1);
    // A full stop after a digit may be an ordinal or a year ("2021. gada", "14. marta") rather
    // than the end of the block; a label in sequence after it still starts a new block.
    boolean ordinal = end == '.' && n > 1 && Character.isDigit(last.charAt(n - 2));
    boolean midSentence = Character.isLetterOrDigit(end);
    boolean ended = end == ';' || end == ':' || end == '\u00B7' || (end == '.' && !ordinal);
    return switch (line.type()) {
      case LayoutLexer.TEXT_LINE -> !ended || startsInLowerCase(line.text());
      case LayoutLexer.DASH_ITEM -> midSentence;
      default -> midSentence || (!inSequence && !ended);
    };
  }

  @Override
  public Void visitDashItem(LayoutParser.DashItemContext ctx) {
    SourceLine line = line(ctx.DASH_ITEM());
    if (opensIndent(line)) {
      pending.point(line);
      return null;
    }
    if (continues(line, false)) {
      pending.add(line);
      return null;
    }
    flush();
    if (tooLong(line)) {
      return null;
    }
    enter(Stage.CITATIONS, "citation", line);
    int number = ++citations;
    String opener = profile == null ? null : profile.citationOpener(line.text()).orElse(null);
    checkText("citation", line, opener, profile == null ? null : profile.citationOpeners());
    pending = pending(Stage.CITATIONS, "cit_" + number, null, number, opener, line);
    return null;
  }

  @Override
  public Void visitLetterItem(LayoutParser.LetterItemContext ctx) {
    SourceLine line = line(ctx.LETTER_ITEM());
    int ordinal = Labels.letterOrdinal(line.label());
    if (continues(line, recitalLabels.continues(ordinal))) {
      pending.add(line);
      return null;
    }
    flush();
    if (tooLong(line)) {
      return null;
    }
    if (isNumberedHeading(line)) {
      heading(line, line.label());
      return null;
    }
    enter(Stage.RECITALS, "recital", line);
    checkLabel(recitalLabels, line, ordinal);
    String opener = profile == null ? null : profile.recitalOpener(line.text()).orElse(null);
    checkText("recital", line, opener, profile == null ? null : profile.recitalOpeners());
    pending = recital(line, ordinal, opener);
    return null;
  }

  @Override
  public Void visitNumberItem(LayoutParser.NumberItemContext ctx) {
    SourceLine line = line(ctx.NUMBER_ITEM());
    int ordinal = numberOrdinal(line.label());
    boolean inserted = isInserted(line.label());
    if (continues(line, inserted || paragraphLabels.continues(ordinal))) {
      pending.add(line);
      return null;
    }
    flush();
    if (tooLong(line)) {
      return null;
    }
    if (!inserted && numberedRecital(line, ordinal)) {
      return null;
    }
    enter(Stage.PARAGRAPHS, "paragraph", line);
    if (!inserted) {
      checkLabel(paragraphLabels, line, ordinal);
    }
    checkText("paragraph", line, null, null);
    pending =
        pending(Stage.PARAGRAPHS, "para_" + line.label(), line.label(), ++paragraphs, null, line);
    return null;
  }

  @Override
  public Void visitTextLine(LayoutParser.TextLineContext ctx) {
    SourceLine line = line(ctx.TEXT_LINE());
    if (stage.compareTo(Stage.RECITALS) >= 0 && !tooLong(line, false)) {
      if (isSeparator(line.text())) {
        flush();
        otherLine(line, OtherLine.Kind.SEPARATOR);
        return null;
      }
      boolean continuing =
          pending != null
              && !(blockEnded(pending.last()) && startsInUpperCase(line.text()))
              && continues(line, false);
      if (!continuing && stage == Stage.PARAGRAPHS && isAnnexHeading(line.text())) {
        flush();
        annex = new ArrayList<>();
        annex.add(line);
        return null;
      }
      if (!continuing && isHeading(line, ctx.TEXT_LINE().getSymbol().getTokenIndex())) {
        flush();
        heading(line, null);
        return null;
      }
    }
    citationOrContinuation(line);
    return null;
  }

  /** A sub-point "(a) …" continues the block above as one of its points. */
  @Override
  public Void visitPointLine(LayoutParser.PointLineContext ctx) {
    SourceLine line = line(ctx.POINT_ITEM());
    if (pending != null && !tooLong(line, false)) {
      pending.point(line);
    } else {
      citationOrContinuation(line);
    }
    return null;
  }

  /**
   * A footnote "(1) OJ C 23, …" after the blocks, once the block above has ended; inside a block
   * that goes on, the line continues it.
   */
  @Override
  public Void visitNoteLine(LayoutParser.NoteLineContext ctx) {
    SourceLine line = line(ctx.NOTE_ITEM());
    if (pending != null && continues(line, false)) {
      pending.add(line);
      return null;
    }
    if (stage == Stage.PREAMBLE || tooLong(line, false)) {
      citationOrContinuation(line);
      return null;
    }
    flush();
    assembler.addFootnote(
        Footnote.builder()
            .number(numberOrdinal(line.label()))
            .marker(line.marker())
            .text(line.text())
            .span(line.span())
            .eol(line.eol())
            .build());
    return null;
  }

  /** A dash item inside a recital or paragraph that announced a list (":") or holds points. */
  private boolean opensIndent(SourceLine line) {
    if (pending == null || pending.stage == Stage.CITATIONS || tooLong(line, false)) {
      return false;
    }
    String last = pending.last().text().stripTrailing();
    return pending.points != null || last.endsWith(":");
  }

  /** A paragraph numbered "1a." is inserted after 1 and stands outside the number sequence. */
  private static boolean isInserted(String label) {
    return Character.isLetter(label.charAt(label.length() - 1));
  }

  /** "o o o", the separator before the final paragraphs of adopted texts. */
  private static boolean isSeparator(String text) {
    return text.strip().matches("([oO°•*]\\s*){3}");
  }

  private boolean isAnnexHeading(String text) {
    if (profile == null) {
      return false;
    }
    String t = text.strip();
    for (String heading : profile.annexHeadings()) {
      if (t.startsWith(heading)
          && (t.length() == heading.length() || !Character.isLetter(t.charAt(heading.length())))
          && t.length() <= 200) {
        return true;
      }
    }
    return false;
  }

  /**
   * A heading between paragraphs: a short line that does not end a sentence, after the recitals or
   * among the paragraphs, and followed (after blank lines) by a paragraph.
   */
  private boolean isHeading(SourceLine line, int tokenIndex) {
    String text = line.text().strip();
    if (text.isEmpty() || text.length() > 200 || blockEnded(line)) {
      return false;
    }
    for (int i = tokenIndex + 1; i < lines.size(); i++) {
      SourceLine next = lines.get(i);
      if (!next.isBlank()) {
        return next.type() == LayoutLexer.NUMBER_ITEM;
      }
    }
    return false;
  }

  /** "I. General remarks" among the paragraphs: a Roman-numbered heading, not a recital. */
  private boolean isNumberedHeading(SourceLine line) {
    return stage == Stage.PARAGRAPHS
        && line.label().matches("[IVX]+")
        && (profile == null || profile.recitalOpener(line.text()).isEmpty());
  }

  private void heading(SourceLine line, String label) {
    heading = "hdg_" + ++headings;
    resolution.addHeadings(
        Heading.builder()
            .id(heading)
            .label(Optional.ofNullable(label))
            .marker(line.marker())
            .text(line.text())
            .span(line.span())
            .eol(line.eol())
            .build());
  }

  /** The annex: its heading line and every line after it, joined as in the source. */
  private void annex() {
    resolution.annex(
        Annex.builder()
            .heading(annex.get(0).text().strip())
            .text(SourceLine.join(annex))
            .span(SourceLine.spanOf(annex))
            .eol(annex.get(annex.size() - 1).eol())
            .build());
  }

  /**
   * A line without a marker: it continues the block above, or it is a citation printed without its
   * dash (as EUR-Lex prints them) when it starts with a citation opener, or it fits nothing.
   */
  private void citationOrContinuation(SourceLine line) {
    String opener = profile == null ? null : profile.citationOpener(line.text()).orElse(null);
    boolean citation =
        opener != null
            && line.type() == LayoutLexer.TEXT_LINE
            && stage.compareTo(Stage.CITATIONS) <= 0
            && !tooLong(line, false)
            && (pending == null || !endsMidWord(pending.last()));
    if (!citation && continues(line, false)) {
      pending.add(line);
      return;
    }
    flush();
    if (citation) {
      enter(Stage.CITATIONS, "citation", line);
      int number = ++citations;
      pending = pending(Stage.CITATIONS, "cit_" + number, null, number, opener, line);
      return;
    }
    otherLine(line, OtherLine.Kind.TEXT);
    diagnostics.report(
        DiagnosticCode.UNRECOGNIZED_LINE,
        "line fits no block kind: expected a citation, a recital or a paragraph",
        line.spanAt(1, line.text().length()));
  }

  @Override
  public Void visitBlankLine(LayoutParser.BlankLineContext ctx) {
    flush();
    otherLine(line(ctx.BLANK_LINE()), OtherLine.Kind.BLANK);
    return null;
  }

  /**
   * Reads a numbered line before the paragraphs that opens like a recital ("1. Whereas …", as in
   * motion B9-0144/2021) as a recital, with a warning; its id follows the recital sequence.
   */
  private boolean numberedRecital(SourceLine line, int ordinal) {
    if (profile == null || stage == Stage.PARAGRAPHS) {
      return false;
    }
    String opener = profile.recitalOpener(line.text()).orElse(null);
    if (opener == null) {
      return false;
    }
    enter(Stage.RECITALS, "recital", line);
    diagnostics.report(
        DiagnosticCode.NUMBERED_RECITAL,
        "recital numbered " + line.label() + ". instead of lettered",
        line.spanAt(line.labelColumn(), line.label().length()));
    checkLabel(recitalLabels, line, ordinal);
    pending = recital(line, ordinal, opener);
    return true;
  }

  /** A recital starting at {@code line}: its id has the Latin letter of its ordinal. */
  private PendingBlock recital(SourceLine line, int ordinal, String opener) {
    String id = "rec_" + (ordinal > 0 ? Labels.letterLabel(ordinal) : line.label());
    return pending(Stage.RECITALS, id, line.label(), ++recitals, opener, line);
  }

  /** A block starting at {@code line}, under a unique id. */
  private PendingBlock pending(
      Stage stage, String id, String label, int number, String opener, SourceLine line) {
    return new PendingBlock(
        stage, uniqueId(id), label, number, opener, line, maxNesting, diagnostics);
  }

  /** A line over the length limit is kept as an unrecognised line, with the error. */
  private boolean tooLong(SourceLine line) {
    return tooLong(line, true);
  }

  private boolean tooLong(SourceLine line, boolean keep) {
    if (line.span().length() <= maxLineLength) {
      return false;
    }
    if (!keep) {
      return true;
    }
    otherLine(line, OtherLine.Kind.TEXT);
    diagnostics.report(
        DiagnosticCode.LIMIT_EXCEEDED,
        "line of "
            + line.span().length()
            + " characters exceeds the limit of "
            + maxLineLength
            + " (maxLineLength)",
        line.spanAt(1, 0));
    return true;
  }

  private boolean allBlank() {
    for (SourceLine line : lines) {
      if (!line.isBlank()) {
        return false;
      }
    }
    return true;
  }

  /** An unrecognised line keeps its marker in its text, so that nothing of it is lost. */
  private void otherLine(SourceLine line, OtherLine.Kind kind) {
    String text = line.marker().isEmpty() ? line.text() : line.marker() + line.text();
    resolution.addOtherLines(OtherLine.of(kind, text, line.span(), line.eol()));
  }

  /** Moves to the stage of a block, reporting a block that comes after a later stage. */
  private void enter(Stage blockStage, String kind, SourceLine line) {
    if (stage.compareTo(blockStage) > 0) {
      diagnostics.report(
          DiagnosticCode.BLOCK_OUT_OF_ORDER,
          kind + " after the " + stage.name().toLowerCase(Locale.ROOT),
          line.spanAt(line.labelColumn(), 0));
    } else {
      stage = blockStage;
    }
  }

  private void checkLabel(LabelSequence sequence, SourceLine line, int ordinal) {
    LabelSequence.Problem problem = sequence.next(line.label(), ordinal);
    if (problem != null) {
      diagnostics.report(
          problem.outOfSequence()
              ? DiagnosticCode.LABEL_OUT_OF_SEQUENCE
              : DiagnosticCode.DUPLICATE_LABEL,
          problem.message(),
          line.spanAt(line.labelColumn(), line.label().length()));
    }
  }

  /** Reports a block without text, or without an opener where the language has openers. */
  private void checkText(String kind, SourceLine line, String opener, List<String> openers) {
    if (line.text().isBlank()) {
      diagnostics.report(DiagnosticCode.EMPTY_BLOCK, kind + " without text", line.spanAt(1, 0));
    } else if (opener == null && openers != null && !openers.isEmpty()) {
      diagnostics.report(
          DiagnosticCode.MISSING_OPENER,
          kind + " does not start with an opener such as \"" + openers.get(0) + "\"",
          line.spanAt(line.textColumn(), 0));
    }
  }

  /** Whether a block's line ends a clause: with , ; : . or ·, as the last recital ends with ",". */
  private static boolean blockEnded(SourceLine line) {
    String text = line.text().stripTrailing();
    return !text.isEmpty() && ",;:.\u00B7".indexOf(text.charAt(text.length() - 1)) >= 0;
  }

  private static boolean startsInUpperCase(String text) {
    String stripped = text.stripLeading();
    return !stripped.isEmpty() && Character.isUpperCase(stripped.codePointAt(0));
  }

  /** Whether a line stops in the middle of a sentence: with a letter or a digit. */
  private static boolean endsMidWord(SourceLine line) {
    String text = line.text().stripTrailing();
    return !text.isEmpty() && Character.isLetterOrDigit(text.charAt(text.length() - 1));
  }

  /**
   * Whether a line's first letter is lower case: after a clause ends with ";", the next clause ("tā
   * kā …", "calls on …") goes on in lower case, while a heading or a stray line does not.
   */
  private static boolean startsInLowerCase(String text) {
    String stripped = text.stripLeading();
    return !stripped.isEmpty() && Character.isLowerCase(stripped.codePointAt(0));
  }

  /** Adds the block being read to the model. */
  private void flush() {
    if (pending != null) {
      assembler.add(pending, heading);
      pending = null;
    }
  }

  /** A paragraph number's value; labels too long to be an int, or "1a", are never in sequence. */
  private static int numberOrdinal(String label) {
    if (label.length() > 9) {
      return -1;
    }
    for (int i = 0; i < label.length(); i++) {
      if (!Character.isDigit(label.charAt(i))) {
        return -1;
      }
    }
    return Integer.parseInt(label);
  }

  private String uniqueId(String id) {
    Integer seen = idCounts.get(id);
    int count = seen == null ? 1 : seen + 1;
    idCounts.put(id, count);
    return count == 1 ? id : id + "_" + count;
  }

  private SourceLine line(TerminalNode node) {
    return line(node.getSymbol().getTokenIndex());
  }

  private SourceLine line(int tokenIndex) {
    return lines.get(tokenIndex);
  }
}
