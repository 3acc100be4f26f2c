package io.github.epres.internal.detect;

import io.github.epres.internal.antlr.LayoutLexer;
import io.github.epres.internal.lines.AmendmentLines;
import io.github.epres.internal.lines.SourceLine;
import io.github.epres.lang.LanguageProfile;
import java.util.List;

/**
 * One profile's signals in a document's head, up to 2: its author line and its title, or for an
 * "amendments adopted" text (no author line) its amendment heading, its title and a date of the
 * language in the first line, since Dutch and French share the heading "Amendement". The author
 * line and the heading are read at once; the title only when asked for, since it is the costly part
 * (the kind words looked for in every line, the title pattern tried) and the detector needs it for
 * few profiles.
 */
final class Preamble {
  private final List<SourceLine> head;
  private final String[] texts;
  private final LanguageProfile profile;

  /** The author line's index in the head, or -1. */
  private final int authorAt;

  private final boolean amendments;

  /** Whether the head is read for a header's headings: no profile's author line is in it. */
  private final boolean headSignals;

  private final SourceLine first;
  private double score = -1;

  /**
   * {@code texts}: the head's text lines stripped (null for its other lines); {@code headings}:
   * whether each can be an amendment heading of any profile; {@code authorAt}: the index of the
   * first that is the profile's author line, or -1; {@code headSignals}: whether no profile's
   * author line is in the head, so that a header's headings are looked for.
   */
  Preamble(
      List<SourceLine> head,
      String[] texts,
      boolean[] headings,
      LanguageProfile profile,
      int authorAt,
      boolean headSignals) {
    this.head = head;
    this.texts = texts;
    this.profile = profile;
    boolean amendment = false;
    SourceLine firstText = null;
    int end = authorAt < 0 ? texts.length : authorAt + 1;
    for (int i = 0; i < end; i++) {
      if (texts[i] != null) {
        SourceLine line = head.get(i);
        firstText = firstText == null ? line : firstText;
        amendment =
            amendment || (headings[i] && AmendmentLines.number(profile, line.text()) != null);
      }
    }
    this.authorAt = authorAt;
    this.headSignals = headSignals;
    this.amendments = amendment;
    this.first = firstText;
  }

  /**
   * Line {@code i}'s text as a title may stand there: a text line's, or a numbered line's, as a
   * sitting's page numbers its documents ("1. Decisão do Parlamento Europeu, de 27 de abril …").
   */
  private String titleText(int i) {
    if (texts[i] != null) {
      return texts[i];
    }
    SourceLine line = head.get(i);
    return line.type() == LayoutLexer.NUMBER_ITEM ? line.text() : "";
  }

  /** At most what {@link #score()} is, known without reading the title. */
  double bound() {
    if (score >= 0) {
      return score;
    }
    return authorAt < 0 && amendments ? 2 : (authorAt >= 0 ? 1 : 0) + 1;
  }

  double score() {
    if (score < 0) {
      // The title stands before the author line.
      int end = authorAt < 0 ? texts.length : authorAt;
      boolean title = false;
      for (int i = 0; i < end && !title; i++) {
        title = profile.readTitle(titleText(i)).isPresent();
      }
      if (authorAt < 0 && amendments) {
        boolean dated = !title && !profile.findDates(first.text()).isEmpty();
        score = 1 + (title ? 1 : 0) + (dated ? 0.5 : 0);
      } else {
        // A head cut before its title and author line (a motion's or a report's header) still
        // names its kind of document in the language.
        double headed = title || !headSignals ? 0 : HeadSignals.headed(texts, profile);
        score = (authorAt >= 0 ? 1 : 0) + (title ? 1 : headed);
      }
    }
    return score;
  }
}
