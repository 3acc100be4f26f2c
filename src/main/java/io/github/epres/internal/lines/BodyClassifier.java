package io.github.epres.internal.lines;

import io.github.epres.internal.antlr.LayoutLexer;
import io.github.epres.lang.LanguageProfile;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Gives the lines after the head their roles: whether a line starts a block, goes on with the one
 * above ({@link Continuation}), starts a sub-point, is a heading, a separator, a footnote, the
 * annex heading, closing furniture, or fits nothing. The document as a whole is read first ({@link
 * BodyPlan}): which labels continue its sequences, where its recitals and paragraphs begin, its
 * copy's habits. Each line's role then follows from that evidence, its own shape and the block
 * above it ({@link OpenBlock}): a "3." on the document's sequence starts a paragraph even under a
 * line that lacks its ";", and a citation after the recitals is still a citation (the grammar takes
 * blocks in any order; the model reports one out of it).
 */
final class BodyClassifier {
  private static final Pattern ROMAN = Pattern.compile("[IVX]+");

  private final List<SourceLine> lines;
  private final LanguageProfile profile;
  private final int maxLineLength;
  private final BodyPlan plan;
  private final OpenBlock open = new OpenBlock();
  private final OpenAmendment amendment;
  private int index;

  /**
   * The last letter and number that started a block: a label that follows the one before it is in
   * sequence whether or not the document's sequence ({@link BodyPlan}) takes it (recitals A, C, D …
   * have their chain from C, and A still starts one).
   */
  private int lastLetter;

  private int lastNumber;

  private BodyClassifier(
      List<SourceLine> lines, LanguageProfile profile, int maxLineLength, BodyPlan plan) {
    this.lines = lines;
    this.profile = profile;
    this.maxLineLength = maxLineLength;
    this.plan = plan;
    this.amendment = new OpenAmendment(profile);
  }

  /** Classifies the lines from {@code start} to the end. */
  static void classify(
      List<SourceLine> lines, int[] roles, LanguageProfile profile, int maxLineLength, int start) {
    BodyPlan plan = BodyPlan.of(lines, profile, start, maxLineLength);
    BodyClassifier body = new BodyClassifier(lines, profile, maxLineLength, plan);
    for (int i = start; i < lines.size(); i++) {
      body.index = i;
      int role = body.role(i);
      roles[i] = role;
      if (BodyTail.begins(role)) {
        BodyTail.fill(lines, roles, profile, i + 1, role);
        return;
      }
    }
  }

  private int role(int i) {
    SourceLine line = lines.get(i);
    int opened = amendment.opens(plan.amendmentHeading(i), plan.listColumns(i));
    if (opened >= 0) {
      // "Amendment 1" (or the column headings of a list of amendments above it): the lines after
      // it are the amendment's, whatever their layout.
      return opened == LayoutLexer.AMENDMENT_HEADING ? close(opened) : opened;
    }
    if (amendment.isOpen()) {
      int role = amendment.role(line);
      if (role >= 0) {
        return role;
      }
    }
    return switch (line.type()) {
      case LayoutLexer.BLANK_LINE -> close(LayoutLexer.BLANK_LINE);
      case LayoutLexer.DASH_ITEM -> dashItem(line);
      case LayoutLexer.LETTER_ITEM -> letterItem(line);
      case LayoutLexer.NUMBER_ITEM -> numberItem(line);
      case LayoutLexer.POINT_ITEM -> pointItem(line);
      case LayoutLexer.NOTE_ITEM -> noteItem(line);
      default -> textLine(line);
    };
  }

  private int dashItem(SourceLine line) {
    if (open.opensIndent(line, maxLineLength)) {
      return point(line);
    }
    if (open.continues(line, false, maxLineLength)) {
      return continuation(line);
    }
    if (line.longerThan(maxLineLength)) {
      return close(LayoutLexer.TEXT_LINE);
    }
    if (begun() && LineShapes.isSeparator(line.fullText())) {
      // "• • •": bullets that are the separator, not a citation.
      return close(LayoutLexer.SEPARATOR_LINE);
    }
    return start(OpenBlock.Kind.CITATION, line, LayoutLexer.DASH_ITEM);
  }

  private int letterItem(SourceLine line) {
    int ordinal = Labels.letterOrdinal(line.label());
    boolean next = ordinal > 0 && ordinal == lastLetter + 1;
    if (continues(line, next || plan.onSpine(index))) {
      return continuation(line);
    }
    if (line.longerThan(maxLineLength)) {
      return close(LayoutLexer.TEXT_LINE);
    }
    if (isNumberedHeading(line)) {
      return close(LayoutLexer.HEADING_LINE);
    }
    lastLetter = ordinal > 0 ? ordinal : lastLetter;
    return start(OpenBlock.Kind.RECITAL, line, LayoutLexer.LETTER_ITEM);
  }

  private int numberItem(SourceLine line) {
    boolean inserted = Labels.isInserted(line.label());
    int ordinal = Labels.numberOrdinal(line.label());
    boolean next = ordinal > 0 && ordinal == lastNumber + 1;
    if (continues(line, inserted || next || plan.onSpine(index))) {
      return continuation(line);
    }
    if (line.longerThan(maxLineLength)) {
      return close(LayoutLexer.TEXT_LINE);
    }
    lastNumber = inserted || ordinal <= 0 ? lastNumber : ordinal;
    if (!inserted && isNumberedRecital(line)) {
      return start(OpenBlock.Kind.RECITAL, line, LayoutLexer.NUMBERED_RECITAL);
    }
    return start(OpenBlock.Kind.PARAGRAPH, line, LayoutLexer.NUMBER_ITEM);
  }

  /**
   * Whether a label line goes on with the block above, as a hard-wrapped line that begins with a
   * number does. One whose label continues the document's sequence does only in a hard-wrapped
   * copy, and only under a line that stops mid-sentence.
   */
  private boolean continues(SourceLine line, boolean inSequence) {
    if (inSequence && !plan.wrapped) {
      return false;
    }
    return open.continues(line, inSequence, maxLineLength);
  }

  /** A sub-point "(a) …" belongs to the block above; with none open it fits nothing. */
  private int pointItem(SourceLine line) {
    boolean block = open.isOpen() && open.kind() != OpenBlock.Kind.NOTE;
    if (block && !line.longerThan(maxLineLength)) {
      return point(line);
    }
    return citationOrContinuation(line);
  }

  /**
   * A footnote "(1) OJ C 23, …" after the first block, once the block above has ended; inside a
   * block that goes on, the line continues it.
   */
  private int noteItem(SourceLine line) {
    if (open.continues(line, false, maxLineLength)) {
      return continuation(line);
    }
    if (index <= plan.blocksFrom || line.longerThan(maxLineLength)) {
      return citationOrContinuation(line);
    }
    close(LayoutLexer.NOTE_ITEM);
    open.start(OpenBlock.Kind.NOTE, line);
    return LayoutLexer.NOTE_ITEM;
  }

  private int textLine(SourceLine line) {
    if (index > plan.lastItem && PageFurniture.isFooter(line.text(), profile)) {
      // "Last updated: …Legal notice - Privacy policy": the page's footer, after the last block.
      return close(LayoutLexer.CLOSING_LINE);
    }
    if (begun() && !line.longerThan(maxLineLength)) {
      if (LineShapes.isSeparator(line.text())) {
        return close(LayoutLexer.SEPARATOR_LINE);
      }
      boolean continuing =
          open.isOpen()
              && !(Continuation.clauseEnded(open.last())
                  && Continuation.startsInUpperCase(line.text()))
              && open.continues(line, false, maxLineLength);
      boolean paragraphs = index > plan.paragraphsFrom;
      // A footnote whose last line has no full stop ("… p. 43") does not go on into a report's
      // next part.
      boolean section =
          (!continuing || open.kind() == OpenBlock.Kind.NOTE)
              && paragraphs
              && LineShapes.isReportSection(profile, line);
      if (section) {
        return close(LayoutLexer.REPORT_SECTION);
      }
      if (!continuing && paragraphs && LineShapes.isAnnexHeading(profile, line.text())) {
        return close(LayoutLexer.ANNEX_HEADING);
      }
      if (!continuing && LineShapes.isHeading(lines, index)) {
        return close(LayoutLexer.HEADING_LINE);
      }
    }
    return citationOrContinuation(line);
  }

  /**
   * A line without a marker: it continues the block above, or it is a citation printed without its
   * dash (as EUR-Lex prints them) when it starts with a citation opener — or, in a copy that prints
   * all its citations so, when it stands alone among them and ends as one does (a slip in its
   * opener: "med beaktade av") — or it is closing furniture after the final formula and the last
   * footnote, or it fits nothing.
   */
  private int citationOrContinuation(SourceLine line) {
    SourceLine unindented = line.withIndentAsMarker();
    boolean citation =
        line.type() == LayoutLexer.TEXT_LINE
            && index < plan.recitalsFrom
            && index < plan.paragraphsFrom
            && !line.longerThan(maxLineLength)
            && (!open.isOpen() || !Continuation.endsMidWord(open.last()))
            && profile != null
            && (LineShapes.opensLikeCitation(profile, unindented.text())
                || (plan.dashless && !open.isOpen() && endsLikeACitation(line)));
    if (!citation && open.continues(line, false, maxLineLength)) {
      return continuation(line);
    }
    if (citation) {
      lines.set(index, unindented);
      return start(OpenBlock.Kind.CITATION, unindented, LayoutLexer.OPENER_LINE);
    }
    boolean closing =
        index > plan.lastItem
            && !line.longerThan(maxLineLength)
            && plan.lastParagraph >= 0
            && profile != null
            && profile.isFinalFormula(lines.get(plan.lastParagraph).text());
    return close(closing ? LayoutLexer.CLOSING_LINE : LayoutLexer.TEXT_LINE);
  }

  /** A citation's end: a clause's punctuation, or the text's end (an excerpt cut inside it). */
  private boolean endsLikeACitation(SourceLine line) {
    if (index > plan.blocksFrom && Continuation.clauseEnded(line)) {
      return true;
    }
    for (int i = index + 1; i < lines.size(); i++) {
      if (!lines.get(i).isBlank()) {
        return false;
      }
    }
    return index > plan.blocksFrom;
  }

  /** Whether the recitals or the paragraphs have begun before this line. */
  private boolean begun() {
    return index > Math.min(plan.recitalsFrom, plan.paragraphsFrom);
  }

  /** "I. General remarks" among the paragraphs: a Roman-numbered heading, not a recital. */
  private boolean isNumberedHeading(SourceLine line) {
    return index > plan.paragraphsFrom
        && ROMAN.matcher(line.label()).matches()
        && (profile == null || profile.recitalOpener(line.text()).isEmpty());
  }

  /**
   * A numbered line before the paragraphs that opens like a recital ("1. Whereas …", as in motion
   * B9-0144/2021) is a recital.
   */
  private boolean isNumberedRecital(SourceLine line) {
    return profile != null
        && index < plan.paragraphsFrom
        && profile.recitalOpener(line.text()).isPresent();
  }

  private int start(OpenBlock.Kind kind, SourceLine line, int role) {
    open.start(kind, line);
    return role;
  }

  private int point(SourceLine line) {
    open.goOn(line, true);
    return LayoutLexer.POINT_ITEM;
  }

  private int continuation(SourceLine line) {
    open.goOn(line, false);
    return LayoutLexer.CONTINUATION_LINE;
  }

  /** Ends the open block; the line of {@code role} does not belong to it. */
  private int close(int role) {
    open.close();
    return role;
  }
}
