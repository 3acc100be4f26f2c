package io.github.epres.internal.lines;

import io.github.epres.internal.antlr.LayoutLexer;
import io.github.epres.lang.LanguageProfile;
import java.util.BitSet;
import java.util.List;

/**
 * The evidence of blocks the head is found by: the first and the last line that is a block by its
 * layout (a dash, or a label that starts or continues a sequence), a citation printed without its
 * dash (by its opener), or an amendment's heading. A table of contents' "1. DRAFT … RESOLUTION", a
 * sitting page's numbered title, a report's "I." and "II." and a menu's bullet are none.
 */
final class HeadItems {
  private final List<SourceLine> lines;
  private final LanguageProfile profile;
  private final int maxLineLength;
  private final Sequences sequences;

  HeadItems(List<SourceLine> lines, LanguageProfile profile, int maxLineLength) {
    this.lines = lines;
    this.profile = profile;
    this.maxLineLength = maxLineLength;
    this.sequences = Sequences.of(lines);
  }

  int first() {
    for (int i = 0; i < lines.size(); i++) {
      if (isItem(lines.get(i), true)) {
        // The column headings over a list of amendments open it.
        return i > 0 && AmendmentLines.isListColumns(lines, i - 1, profile) ? i - 1 : i;
      }
    }
    return -1;
  }

  int last() {
    for (int i = lines.size() - 1; i >= 0; i--) {
      if (isItem(lines.get(i), false)) {
        return i;
      }
    }
    return -1;
  }

  /**
   * A block by its layout, a citation printed without its dash (known by its opener), or an
   * amendment's heading: an "amendments adopted" text has no other item, and the numbered rows of
   * its columns are not blocks. A label counts only where it starts or continues a sequence: a
   * report's "I." and "II." of its introduction are none.
   */
  private boolean isItem(SourceLine line, boolean first) {
    if (HeadClassifier.isItem(line.type()) && !isBullet(line) && sequences.inOne(line)) {
      // A table of contents' "1. DRAFT … RESOLUTION" and a sitting page's numbered title
      // ("1. Decisão do Parlamento Europeu, de 27 de abril de 2017, …") are the head's, so no
      // first block; the last item needs no such care.
      return !first
          || !isHeadingInCapitals(line.text())
              && (profile == null
                  || line.type() != LayoutLexer.NUMBER_ITEM
                  || profile.readTitle(line.text()).isEmpty());
    }
    return (line.type() == LayoutLexer.TEXT_LINE || isBullet(line))
        && profile != null
        && !line.longerThan(maxLineLength)
        && (AmendmentLines.number(profile, line.text()) != null
            || LineShapes.opensLikeCitation(profile, line.text().stripLeading()));
  }

  /** The ordinals of the text's letter and number labels, to tell a sequence from a lone label. */
  private record Sequences(BitSet letters, BitSet numbers) {
    /** Labels beyond this are no paragraph's or recital's: a year's "2021." is not looked up. */
    private static final int MAX_ORDINAL = 10_000;

    static Sequences of(List<SourceLine> lines) {
      BitSet letters = new BitSet();
      BitSet numbers = new BitSet();
      for (SourceLine line : lines) {
        if (line.type() == LayoutLexer.LETTER_ITEM) {
          add(letters, Labels.letterOrdinal(line.label()));
        } else if (line.type() == LayoutLexer.NUMBER_ITEM) {
          add(numbers, Labels.numberOrdinal(line.label()));
        }
      }
      return new Sequences(letters, numbers);
    }

    private static void add(BitSet ordinals, int ordinal) {
      if (ordinal > 0 && ordinal < MAX_ORDINAL) {
        ordinals.set(ordinal);
      }
    }

    /** Whether a dash, or a label that is a first one or has its neighbour somewhere. */
    boolean inOne(SourceLine line) {
      boolean letter = line.type() == LayoutLexer.LETTER_ITEM;
      if (!letter && (line.type() != LayoutLexer.NUMBER_ITEM || Labels.isInserted(line.label()))) {
        return true;
      }
      BitSet ordinals = letter ? letters : numbers;
      int ordinal =
          letter ? Labels.letterOrdinal(line.label()) : Labels.numberOrdinal(line.label());
      return ordinal == 1
          || ordinal > 1
              && ordinal < MAX_ORDINAL
              && (ordinals.get(ordinal - 1) || ordinals.get(ordinal + 1));
    }
  }

  /** A label's text in capitals ("ANNEXE", "DRAFT … RESOLUTION"): a heading, never a block's. */
  private static boolean isHeadingInCapitals(String text) {
    int letters = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (Character.isLowerCase(c) && c != 'ß') {
        return false;
      }
      letters += Character.isLetter(c) ? 1 : 0;
    }
    return letters > 3;
  }

  /**
   * A line marked with a bullet: a citation where the copy put one for its dash, but as often an
   * item of a page's menu ("• EN - English"), so a block only where it opens as a citation does.
   */
  static boolean isBullet(SourceLine line) {
    return line.type() == LayoutLexer.DASH_ITEM
        && LineTokenSource.isBullet(line.marker().charAt(line.indent()));
  }
}
