package io.github.epres.internal.lines;

import io.github.epres.internal.antlr.LayoutLexer;
import io.github.epres.lang.LanguageProfile;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Gives the lines after the head their roles, one line at a time: whether a line starts a block,
 * goes on with the one above ({@link Continuation}), starts a sub-point, is a heading, a separator,
 * a footnote, the annex heading, closing furniture, or fits nothing. What it needs of the lines
 * before is the block that is open, the labels last seen and how far the document has got: the
 * recitals and paragraphs that have started decide whether "o o o" is a separator or whether a line
 * with a citation opener is a citation printed without its dash.
 */
final class BodyClassifier {
  private static final Pattern ROMAN = Pattern.compile("[IVX]+");

  private enum Open {
    NONE,
    CITATION,
    RECITAL,
    PARAGRAPH,
    /** A footnote of the block at the end, which a copy may have wrapped onto a second line. */
    NOTE
  }

  private final List<SourceLine> lines;
  private final int[] roles;
  private final LanguageProfile profile;
  private final int maxLineLength;
  private final int lastItem;

  private Open open = Open.NONE;
  private SourceLine openLast;
  private boolean openHasPoints;

  /** The part the document has reached: 0 none, 1 citations, 2 recitals, 3 paragraphs. */
  private int part;

  private boolean blocksStarted;
  private boolean recitalsStarted;
  private boolean paragraphsStarted;

  /** The first line of the last paragraph: the final formula, if closing furniture follows. */
  private SourceLine lastParagraphStart;

  private int lastRecital;
  private int lastParagraph;
  private int index;

  private final OpenAmendment amendment;

  private BodyClassifier(
      List<SourceLine> lines, int[] roles, LanguageProfile profile, int maxLineLength) {
    this.lines = lines;
    this.roles = roles;
    this.profile = profile;
    this.maxLineLength = maxLineLength;
    this.lastItem = lastItemOrNote(lines);
    this.amendment = new OpenAmendment(profile);
  }

  /** Classifies the lines from {@code start} to the end. */
  static void classify(
      List<SourceLine> lines, int[] roles, LanguageProfile profile, int maxLineLength, int start) {
    BodyClassifier body = new BodyClassifier(lines, roles, profile, maxLineLength);
    for (int i = start; i < lines.size(); i++) {
      body.index = i;
      int role = body.role(i);
      roles[i] = role;
      if (role == LayoutLexer.NUMBER_ITEM
          || role == LayoutLexer.HEADING_LINE
          || role == LayoutLexer.SEPARATOR_LINE
          || role == LayoutLexer.NOTE_ITEM) {
        body.part = 3;
      }
      if (role == LayoutLexer.ANNEX_HEADING
          || role == LayoutLexer.CLOSING_LINE
          || role == LayoutLexer.REPORT_SECTION) {
        body.rest(i + 1, role);
        return;
      }
    }
  }

  /**
   * Everything after the annex heading is annex, up to a report page's next part; everything after
   * a report part's heading belongs to the report's parts; after closing furniture, furniture.
   */
  private void rest(int from, int mode) {
    int role = mode;
    for (int i = from; i < lines.size(); i++) {
      SourceLine line = lines.get(i);
      if (role != LayoutLexer.CLOSING_LINE && LineShapes.isReportSection(profile, line)) {
        role = LayoutLexer.REPORT_SECTION;
        roles[i] = role;
      } else if (role == LayoutLexer.ANNEX_HEADING) {
        roles[i] = LayoutLexer.ANNEX_LINE;
      } else if (role == LayoutLexer.REPORT_SECTION) {
        roles[i] = LayoutLexer.REPORT_LINE;
      } else {
        roles[i] = line.isBlank() ? LayoutLexer.BLANK_LINE : LayoutLexer.CLOSING_LINE;
      }
    }
  }

  private int role(int i) {
    SourceLine line = lines.get(i);
    int opened = amendment.opens(lines, i);
    if (opened == LayoutLexer.AMENDMENT_HEADING) {
      return amendmentHeading();
    }
    if (opened >= 0) {
      return opened;
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

  /**
   * "Amendment 1" (or the column headings of a list of amendments above it): the lines after it are
   * the amendment's, whatever their layout.
   */
  private int amendmentHeading() {
    blocksStarted = true;
    paragraphsStarted = true;
    part = 3;
    return close(LayoutLexer.AMENDMENT_HEADING);
  }

  private int dashItem(SourceLine line) {
    if (opensIndent(line)) {
      return point(line);
    }
    if (continues(line, false)) {
      return continuation(line);
    }
    if (line.longerThan(maxLineLength)) {
      return close(LayoutLexer.TEXT_LINE);
    }
    return start(Open.CITATION, line, LayoutLexer.DASH_ITEM);
  }

  private int letterItem(SourceLine line) {
    int ordinal = Labels.letterOrdinal(line.label());
    if (continues(line, ordinal > 0 && ordinal == lastRecital + 1)) {
      return continuation(line);
    }
    if (line.longerThan(maxLineLength)) {
      return close(LayoutLexer.TEXT_LINE);
    }
    if (isNumberedHeading(line)) {
      return close(LayoutLexer.HEADING_LINE);
    }
    lastRecital = ordinal > 0 ? ordinal : lastRecital;
    return start(Open.RECITAL, line, LayoutLexer.LETTER_ITEM);
  }

  private int numberItem(SourceLine line) {
    int ordinal = Labels.numberOrdinal(line.label());
    boolean inserted = Labels.isInserted(line.label());
    if (continues(line, inserted || (ordinal > 0 && ordinal == lastParagraph + 1))) {
      return continuation(line);
    }
    if (line.longerThan(maxLineLength)) {
      return close(LayoutLexer.TEXT_LINE);
    }
    if (!inserted && isNumberedRecital(line)) {
      lastRecital = ordinal > 0 ? ordinal : lastRecital;
      return start(Open.RECITAL, line, LayoutLexer.NUMBERED_RECITAL);
    }
    if (!inserted) {
      lastParagraph = ordinal > 0 ? ordinal : lastParagraph;
    }
    int role = start(Open.PARAGRAPH, line, LayoutLexer.NUMBER_ITEM);
    lastParagraphStart = line;
    return role;
  }

  /** A sub-point "(a) …" belongs to the block above; with none open it fits nothing. */
  private int pointItem(SourceLine line) {
    if (open != Open.NONE && open != Open.NOTE && !line.longerThan(maxLineLength)) {
      return point(line);
    }
    return citationOrContinuation(line);
  }

  /**
   * A footnote "(1) OJ C 23, …" after the blocks, once the block above has ended; inside a block
   * that goes on, the line continues it.
   */
  private int noteItem(SourceLine line) {
    if (continues(line, false)) {
      return continuation(line);
    }
    if (!blocksStarted || line.longerThan(maxLineLength)) {
      return citationOrContinuation(line);
    }
    close(LayoutLexer.NOTE_ITEM);
    open = Open.NOTE;
    openLast = line;
    return LayoutLexer.NOTE_ITEM;
  }

  private int textLine(SourceLine line) {
    if (index > lastItem && PageFurniture.isFooter(line.text(), profile)) {
      // "Last updated: …Legal notice - Privacy policy": the page's footer, after the last block.
      return close(LayoutLexer.CLOSING_LINE);
    }
    if ((recitalsStarted || paragraphsStarted) && !line.longerThan(maxLineLength)) {
      if (LineShapes.isSeparator(line.text())) {
        return close(LayoutLexer.SEPARATOR_LINE);
      }
      boolean continuing =
          open != Open.NONE
              && !(Continuation.clauseEnded(openLast)
                  && Continuation.startsInUpperCase(line.text()))
              && continues(line, false);
      // A footnote whose last line has no full stop ("… p. 43") does not go on into a report's
      // next part.
      boolean section = paragraphsStarted && LineShapes.isReportSection(profile, line);
      if ((!continuing || open == Open.NOTE) && section) {
        return close(LayoutLexer.REPORT_SECTION);
      }
      if (!continuing && paragraphsStarted && LineShapes.isAnnexHeading(profile, line.text())) {
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
   * dash (as EUR-Lex prints them) when it starts with a citation opener, or it is closing furniture
   * after the final formula and the last footnote, or it fits nothing.
   */
  private int citationOrContinuation(SourceLine line) {
    SourceLine unindented = line.withIndentAsMarker();
    boolean citation =
        line.type() == LayoutLexer.TEXT_LINE
            && !recitalsStarted
            && !paragraphsStarted
            && !line.longerThan(maxLineLength)
            && (open == Open.NONE || !Continuation.endsMidWord(openLast))
            && profile != null
            && LineShapes.opensLikeCitation(profile, unindented.text());
    if (!citation && continues(line, false)) {
      return continuation(line);
    }
    if (citation) {
      lines.set(index, unindented);
      return start(Open.CITATION, unindented, LayoutLexer.OPENER_LINE);
    }
    boolean closing =
        index > lastItem
            && !line.longerThan(maxLineLength)
            && lastParagraphStart != null
            && profile != null
            && profile.isFinalFormula(lastParagraphStart.text());
    return close(closing ? LayoutLexer.CLOSING_LINE : LayoutLexer.TEXT_LINE);
  }

  /**
   * Whether a line goes on with the open block. A footnote goes on only with plain text and only
   * where its line has not ended: its last full stop ends it even after a page number ("p. 23.").
   */
  private boolean continues(SourceLine line, boolean inSequence) {
    if (open == Open.NOTE) {
      String last = openLast.text().stripTrailing();
      return line.type() == LayoutLexer.TEXT_LINE
          && !line.longerThan(maxLineLength)
          && !last.isEmpty()
          && ".;:!?".indexOf(last.charAt(last.length() - 1)) < 0;
    }
    return open != Open.NONE
        && !line.longerThan(maxLineLength)
        && Continuation.continues(openLast, line, inSequence);
  }

  /** A dash item inside a recital or paragraph that announced a list (":") or holds points. */
  private boolean opensIndent(SourceLine line) {
    return (open == Open.RECITAL || open == Open.PARAGRAPH)
        && !line.longerThan(maxLineLength)
        && (openHasPoints || openLast.text().stripTrailing().endsWith(":"));
  }

  /** "I. General remarks" among the paragraphs: a Roman-numbered heading, not a recital. */
  private boolean isNumberedHeading(SourceLine line) {
    return paragraphsStarted
        && ROMAN.matcher(line.label()).matches()
        && (profile == null || profile.recitalOpener(line.text()).isEmpty());
  }

  /**
   * A numbered line before the paragraphs that opens like a recital ("1. Whereas …", as in motion
   * B9-0144/2021) is a recital.
   */
  private boolean isNumberedRecital(SourceLine line) {
    return profile != null && !paragraphsStarted && profile.recitalOpener(line.text()).isPresent();
  }

  /**
   * Starts a block; a citation where the recitals or paragraphs have begun, or a recital where the
   * paragraphs have, is late: its part is over.
   */
  private int start(Open kind, SourceLine line, int inOrder) {
    int role = inOrder;
    if (kind == Open.CITATION) {
      role = part >= 2 ? LayoutLexer.LATE_CITATION : inOrder;
      part = Math.max(part, 1);
    } else if (kind == Open.RECITAL) {
      role = part >= 3 ? LayoutLexer.LATE_RECITAL : inOrder;
      part = Math.max(part, 2);
    }
    close(role);
    open = kind;
    openLast = line;
    blocksStarted = true;
    recitalsStarted |= kind == Open.RECITAL;
    paragraphsStarted |= kind == Open.PARAGRAPH;
    return role;
  }

  private int point(SourceLine line) {
    openHasPoints = true;
    openLast = line;
    return LayoutLexer.POINT_ITEM;
  }

  private int continuation(SourceLine line) {
    openLast = line;
    return LayoutLexer.CONTINUATION_LINE;
  }

  /** Ends the open block; the line of {@code role} does not belong to it. */
  private int close(int role) {
    open = Open.NONE;
    openLast = null;
    openHasPoints = false;
    return role;
  }

  /** The last line that starts a block or a footnote; closing furniture comes only after it. */
  private static int lastItemOrNote(List<SourceLine> lines) {
    for (int i = lines.size() - 1; i >= 0; i--) {
      int type = lines.get(i).type();
      if (HeadClassifier.isItem(type) || type == LayoutLexer.NOTE_ITEM) {
        return i;
      }
    }
    return 0;
  }
}
