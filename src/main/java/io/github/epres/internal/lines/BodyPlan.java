package io.github.epres.internal.lines;

import io.github.epres.internal.antlr.LayoutLexer;
import io.github.epres.lang.LanguageProfile;
import java.util.List;

/**
 * What the body's lines say of the document as a whole, read before any line gets its role: which
 * numbered and lettered lines continue the document's sequences ({@link LabelSpine}), where the
 * recitals and the paragraphs begin, and the copy's habits — citations printed without their dash,
 * lines hard-wrapped as a PDF's are. A line's role then depends on these and on the block above it,
 * never on flags set by the lines read before: the usual order of the parts is where they begin,
 * found from the evidence of every line, and a block that stands out of it is still one.
 */
final class BodyPlan {
  /** The least share of lines that go on from the line above for a copy to be hard-wrapped. */
  private static final double WRAPPED_SHARE = 0.1;

  /** How much a label line weighs that stands right under a line ending mid-sentence. */
  private static final double WRAPPED_WEIGHT = 0.2;

  /** Per line: its label continues its document's sequence of numbers or letters. */
  private final boolean[] onSpine;

  /** The first recital's line (lettered, or numbered like a paragraph); the size if none. */
  final int recitalsFrom;

  /** The first paragraph's or amendment's line; the size if none. */
  final int paragraphsFrom;

  /** The first block's line; the size if none. */
  final int blocksFrom;

  /**
   * The last line that starts a block, a footnote or an amendment: closing furniture comes only
   * after it.
   */
  final int lastItem;

  /** The last paragraph's first line, or -1: its final formula marks the end of the text. */
  final int lastParagraph;

  /**
   * The copy prints its citations without a dash (EUR-Lex's plain view, copies that lost it): more
   * of them open with an opener alone than with a dash.
   */
  final boolean dashless;

  /** The copy's lines are hard-wrapped: a line under a block's line may go on with it. */
  final boolean wrapped;

  private BodyPlan(
      boolean[] onSpine,
      int recitalsFrom,
      int paragraphsFrom,
      int blocksFrom,
      int lastItem,
      int lastParagraph,
      boolean dashless,
      boolean wrapped) {
    this.onSpine = onSpine;
    this.recitalsFrom = recitalsFrom;
    this.paragraphsFrom = paragraphsFrom;
    this.blocksFrom = blocksFrom;
    this.lastItem = lastItem;
    this.lastParagraph = lastParagraph;
    this.dashless = dashless;
    this.wrapped = wrapped;
  }

  /** Whether line {@code i}'s label continues its sequence. */
  boolean onSpine(int i) {
    return onSpine[i];
  }

  /** The plan of the body from line {@code start} on. */
  static BodyPlan of(
      List<SourceLine> lines, LanguageProfile profile, int start, int maxLineLength) {
    int n = lines.size();
    int firstPlainNumber = firstNumberWithoutRecitalOpener(lines, profile, start, maxLineLength);
    int[] numbers = new int[n];
    int[] recitalNumbers = new int[n];
    int[] letters = new int[n];
    double[] weights = new double[n];
    int numberedRecital = n;
    int firstAmendment = n;
    int firstCitation = n;
    int lastItem = 0;
    int openers = 0;
    int dashes = 0;
    int goingOn = 0;
    int nonBlank = 0;
    boolean citationPart = true;
    for (int i = start; i < n; i++) {
      SourceLine line = lines.get(i);
      int type = line.type();
      if (type == LayoutLexer.BLANK_LINE) {
        continue;
      }
      nonBlank++;
      boolean usable = !line.longerThan(maxLineLength);
      if (HeadClassifier.isItem(type) || type == LayoutLexer.NOTE_ITEM) {
        lastItem = i;
      }
      if (i > start
          && type == LayoutLexer.TEXT_LINE
          && !lines.get(i - 1).isBlank()
          && Continuation.endsMidWord(lines.get(i - 1))) {
        // A line under one that stops mid-sentence: the mark of a hard-wrapped copy.
        goingOn++;
      }
      weights[i] = startWeight(lines, i, start);
      citationPart &= type != LayoutLexer.NUMBER_ITEM && type != LayoutLexer.LETTER_ITEM;
      if (type == LayoutLexer.NUMBER_ITEM && usable && !Labels.isInserted(line.label())) {
        if (i < firstPlainNumber) {
          numberedRecital = Math.min(numberedRecital, i);
          recitalNumbers[i] = Labels.numberOrdinal(line.label());
        } else {
          numbers[i] = Labels.numberOrdinal(line.label());
        }
      } else if (type == LayoutLexer.LETTER_ITEM && usable) {
        letters[i] = Labels.letterOrdinal(line.label());
      } else if (type == LayoutLexer.DASH_ITEM && usable) {
        dashes++;
        firstCitation = Math.min(firstCitation, i);
      } else if (type == LayoutLexer.TEXT_LINE && usable && profile != null) {
        if (AmendmentLines.number(profile, line.text()) != null
            || AmendmentLines.isListColumns(lines, i, profile)) {
          firstAmendment = Math.min(firstAmendment, i);
          lastItem = i;
        } else if (citationPart
            && firstAmendment == n
            && LineShapes.opensLikeCitation(profile, line.text().stripLeading())) {
          openers++;
          firstCitation = Math.min(firstCitation, i);
        }
      }
    }
    boolean[] numberSpine = accepted(LabelSpine.choose(numbers, weights), numbers);
    boolean[] letterSpine = accepted(LabelSpine.choose(letters, weights), letters);
    boolean[] recitalSpine = accepted(LabelSpine.choose(recitalNumbers, weights), recitalNumbers);
    boolean[] onSpine = new boolean[n];
    int firstParagraph = n;
    int firstRecital = numberedRecital;
    int lastParagraph = -1;
    for (int i = start; i < n; i++) {
      onSpine[i] = numberSpine[i] || letterSpine[i] || recitalSpine[i];
      if (numberSpine[i]) {
        firstParagraph = Math.min(firstParagraph, i);
        lastParagraph = i;
      }
      if (letterSpine[i]) {
        firstRecital = Math.min(firstRecital, i);
      }
    }
    if (lastParagraph < 0) {
      lastParagraph = lastOfType(lines, start, LayoutLexer.NUMBER_ITEM);
    }
    int paragraphsFrom = Math.min(firstParagraph, firstAmendment);
    int blocksFrom = Math.min(Math.min(firstCitation, firstRecital), paragraphsFrom);
    return new BodyPlan(
        onSpine,
        firstRecital,
        paragraphsFrom,
        blocksFrom,
        lastItem,
        lastParagraph,
        openers > dashes,
        nonBlank > 0 && goingOn >= WRAPPED_SHARE * nonBlank);
  }

  /**
   * How much a label line looks like a block's start: fully, unless it stands right under a line
   * that stops mid-sentence, as a hard-wrapped line beginning with a number does.
   */
  private static double startWeight(List<SourceLine> lines, int i, int start) {
    if (i <= start || lines.get(i - 1).isBlank()) {
      return 1;
    }
    return Continuation.endsMidWord(lines.get(i - 1)) ? WRAPPED_WEIGHT : 1;
  }

  /**
   * The chain found, if it is one: a chain of a single label counts only when it is the first (a
   * lone "2021." of a wrapped line is no sequence; a text's "1." is its start).
   */
  private static boolean[] accepted(boolean[] chain, int[] ordinals) {
    int members = 0;
    int first = -1;
    for (int i = 0; i < chain.length; i++) {
      if (chain[i]) {
        members++;
        first = first < 0 ? ordinals[i] : first;
      }
    }
    return members >= 2 || first == 1 ? chain : new boolean[chain.length];
  }

  /**
   * The first numbered line that does not open like a recital: numbered lines before it that do
   * ("1. Whereas …", as some motions number their recitals) are recitals.
   */
  private static int firstNumberWithoutRecitalOpener(
      List<SourceLine> lines, LanguageProfile profile, int start, int maxLineLength) {
    for (int i = start; i < lines.size(); i++) {
      SourceLine line = lines.get(i);
      if (line.type() == LayoutLexer.NUMBER_ITEM
          && !line.longerThan(maxLineLength)
          && (profile == null || profile.recitalOpener(line.text()).isEmpty())) {
        return i;
      }
    }
    return lines.size();
  }

  private static int lastOfType(List<SourceLine> lines, int start, int type) {
    for (int i = lines.size() - 1; i >= start; i--) {
      if (lines.get(i).type() == type) {
        return i;
      }
    }
    return -1;
  }
}
