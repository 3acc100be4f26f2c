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

  /** Per line: its label continues its document's sequence of numbers or letters. */
  private final boolean[] onSpine;

  private static final byte AMENDMENT_HEADING = 1;
  private static final byte LIST_COLUMNS = 2;

  /** Per line: an amendment's heading, the column headings over a list of them, or neither. */
  private final byte[] amendments;

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
      byte[] amendments,
      int recitalsFrom,
      int paragraphsFrom,
      int blocksFrom,
      int lastItem,
      int lastParagraph,
      boolean dashless,
      boolean wrapped) {
    this.onSpine = onSpine;
    this.amendments = amendments;
    this.recitalsFrom = recitalsFrom;
    this.paragraphsFrom = paragraphsFrom;
    this.blocksFrom = blocksFrom;
    this.lastItem = lastItem;
    this.lastParagraph = lastParagraph;
    this.dashless = dashless;
    this.wrapped = wrapped;
  }

  /** Whether line {@code i} is an amendment's heading ("Amendment 1"). */
  boolean amendmentHeading(int i) {
    return amendments[i] == AMENDMENT_HEADING;
  }

  /** Whether line {@code i} is the column headings over a list of amendments. */
  boolean listColumns(int i) {
    return amendments[i] == LIST_COLUMNS;
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
    byte[] amendments = new byte[n];
    LabelSpine.Candidates numbers = new LabelSpine.Candidates();
    LabelSpine.Candidates recitalNumbers = new LabelSpine.Candidates();
    LabelSpine.Candidates letters = new LabelSpine.Candidates();
    int numberedRecital = n;
    int firstAmendment = n;
    int firstCitation = n;
    int lastItem = 0;
    int openers = 0;
    int dashes = 0;
    int goingOn = 0;
    int nonBlank = 0;
    boolean citationPart = true;
    // Whether the line above stops mid-sentence, each line's end looked at once.
    boolean aboveMidWord = false;
    byte[] headings = headings(lines, profile, start);
    for (int i = start; i < n; i++) {
      SourceLine line = lines.get(i);
      int type = line.type();
      if (type == LayoutLexer.BLANK_LINE) {
        aboveMidWord = false;
        continue;
      }
      boolean underMidWord = aboveMidWord;
      aboveMidWord = Continuation.endsMidWord(line);
      nonBlank++;
      boolean usable = !line.longerThan(maxLineLength);
      if (HeadClassifier.isItem(type) || type == LayoutLexer.NOTE_ITEM) {
        lastItem = i;
      }
      if (type == LayoutLexer.TEXT_LINE && underMidWord) {
        // A line under one that stops mid-sentence: the mark of a hard-wrapped copy.
        goingOn++;
      }
      citationPart &= type != LayoutLexer.NUMBER_ITEM && type != LayoutLexer.LETTER_ITEM;
      if (type == LayoutLexer.NUMBER_ITEM && usable && !Labels.isInserted(line.label())) {
        int ordinal = Labels.numberOrdinal(line.label());
        if (i < firstPlainNumber) {
          numberedRecital = Math.min(numberedRecital, i);
          recitalNumbers.add(i, ordinal, underMidWord);
        } else {
          numbers.add(i, ordinal, underMidWord);
        }
      } else if (type == LayoutLexer.LETTER_ITEM && usable) {
        letters.add(i, Labels.letterOrdinal(line.label()), underMidWord);
      } else if (type == LayoutLexer.DASH_ITEM && usable) {
        dashes++;
        firstCitation = Math.min(firstCitation, i);
      }
      boolean heading = (headings[i] & HEADING) != 0;
      if (heading
          || usable
              && (headings[i] & HEADING_BELOW) != 0
              && AmendmentLines.isListColumns(lines, i, profile)) {
        // Any row may be the column headings over a list's first heading ("(4) …⇥(4) …").
        amendments[i] = heading ? AMENDMENT_HEADING : LIST_COLUMNS;
        firstAmendment = Math.min(firstAmendment, i);
        lastItem = i;
      } else if (type == LayoutLexer.TEXT_LINE && usable && profile != null) {
        if (citationPart
            && firstAmendment == n
            && LineShapes.opensLikeCitation(profile, line.text().stripLeading())) {
          openers++;
          firstCitation = Math.min(firstCitation, i);
        }
      }
    }
    boolean wrapped = nonBlank > 0 && goingOn >= WRAPPED_SHARE * nonBlank;
    boolean[] onSpine = new boolean[n];
    int[] paragraphs = numbers.mark(onSpine, wrapped);
    int[] recitals = letters.mark(onSpine, wrapped);
    recitalNumbers.mark(onSpine, wrapped);
    int firstParagraph = paragraphs[0] < 0 ? n : paragraphs[0];
    int firstRecital = recitals[0] < 0 ? numberedRecital : Math.min(numberedRecital, recitals[0]);
    int lastParagraph = paragraphs[1];
    if (lastParagraph < 0) {
      lastParagraph = lastOfType(lines, start, LayoutLexer.NUMBER_ITEM);
    }
    int paragraphsFrom = Math.min(firstParagraph, firstAmendment);
    int blocksFrom = Math.min(Math.min(firstCitation, firstRecital), paragraphsFrom);
    return new BodyPlan(
        onSpine,
        amendments,
        firstRecital,
        paragraphsFrom,
        blocksFrom,
        lastItem,
        lastParagraph,
        openers > dashes,
        wrapped);
  }

  /** In {@link #headings}: the line is an amendment's heading. */
  private static final byte HEADING = 1;

  /** In {@link #headings}: the next line that is not blank is an amendment's heading. */
  private static final byte HEADING_BELOW = 2;

  /**
   * Each line's amendment headings, its own and the next one's, each line looked up once: only a
   * line over a heading can be the column headings of a list of amendments, so the others are not
   * cut into cells.
   */
  private static byte[] headings(List<SourceLine> lines, LanguageProfile profile, int start) {
    byte[] flags = new byte[lines.size()];
    boolean below = false;
    for (int i = lines.size() - 1; i >= start; i--) {
      SourceLine line = lines.get(i);
      flags[i] = below ? HEADING_BELOW : 0;
      if (!line.isBlank()) {
        below =
            line.type() == LayoutLexer.TEXT_LINE
                && profile != null
                && AmendmentLines.number(profile, line.text()) != null;
        flags[i] |= below ? HEADING : 0;
      }
    }
    return flags;
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
