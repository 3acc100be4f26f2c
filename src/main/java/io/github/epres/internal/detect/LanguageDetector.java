package io.github.epres.internal.detect;

import io.github.epres.internal.antlr.LayoutLexer;
import io.github.epres.internal.lines.LineTokenSource;
import io.github.epres.internal.lines.SourceLine;
import io.github.epres.lang.LanguageProfile;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Picks the language profile that best explains a document. Four signals count equally: the author
 * line, the title pattern, the share of citations (and recitals, where the language has recital
 * openers) that start with one of the profile's openers, and the final "instructs its President"
 * formula. The confidence is the winning profile's share of the four.
 */
public final class LanguageDetector {
  private static final int SIGNALS = 4;

  /** Below this confidence no profile is chosen: a lone opener is not enough. */
  public static final double MIN_CONFIDENCE = 0.2;

  private LanguageDetector() {}

  /** The chosen profile (null when none fits) and how sure the choice is. */
  public record Detection(LanguageProfile profile, double confidence) {}

  /** Lines longer than {@code maxLineLength} are left out: they are not parsed either. */
  public static Detection detect(
      List<SourceLine> lines, List<LanguageProfile> profiles, int maxLineLength) {
    List<SourceLine> usable = new ArrayList<>(lines.size());
    for (SourceLine line : lines) {
      if (line.span().length() <= maxLineLength) {
        usable.add(line);
      }
    }
    return detect(usable, profiles);
  }

  /**
   * The profile with the highest score; of equal scores, the one with the higher preamble score,
   * then the one listed first. A profile's title and blocks are read only while it could still be
   * that one: its preamble is at most its bound, its blocks add at most 2. Most texts have one
   * profile's author line, and then no other profile's title is looked for.
   */
  private static Detection detect(List<SourceLine> lines, List<LanguageProfile> profiles) {
    HeadIndex index = HeadIndex.of(profiles);
    List<SourceLine> head = lines.subList(0, headEnd(lines, index));
    // The head's text lines stripped once for all profiles (null for the other lines), whether
    // each can be any profile's amendment heading, and where each profile's author line first is.
    String[] texts = new String[head.size()];
    boolean[] headings = new boolean[head.size()];
    int[] authorAt = new int[profiles.size()];
    Arrays.fill(authorAt, -1);
    for (int i = 0; i < texts.length; i++) {
      SourceLine line = head.get(i);
      texts[i] = line.type() == LayoutLexer.TEXT_LINE ? line.text().strip() : null;
      int[] writing =
          texts[i] == null || line.text().length() > 200 ? null : index.profilesWriting(texts[i]);
      headings[i] = texts[i] != null && index.mayBeAmendmentHeading(line.text());
      for (int p = 0; writing != null && p < writing.length; p++) {
        authorAt[writing[p]] = authorAt[writing[p]] < 0 ? i : authorAt[writing[p]];
      }
    }
    // A head with some profile's author line is read by it; only one without any (a page cut
    // before its author line) is read for a header's headings.
    boolean headed = true;
    for (int at : authorAt) {
      headed &= at < 0;
    }
    Preamble[] preambles = new Preamble[profiles.size()];
    for (int i = 0; i < preambles.length; i++) {
      preambles[i] = new Preamble(head, texts, headings, profiles.get(i), authorAt[i], headed);
    }
    Choice best = new Choice();
    for (int i : byBound(preambles)) {
      Preamble preamble = preambles[i];
      if (!best.beatenBy(preamble.bound() + 2, preamble.bound(), i)) {
        continue;
      }
      double score = preamble.score();
      if (best.beatenBy(score + 2, score, i)) {
        best.take(score + blockScore(lines, profiles.get(i)), score, i);
      }
    }
    LanguageProfile profile = best.index < 0 ? null : profiles.get(best.index);
    double confidence = Math.round(best.score / SIGNALS * 1000) / 1000.0;
    return new Detection(confidence < MIN_CONFIDENCE ? null : profile, confidence);
  }

  /** The best profile so far: its index (-1 for none), score and preamble score. */
  private static final class Choice {
    int index = -1;
    double score;
    double preamble;

    /** Whether a profile of this score and preamble score, listed at {@code i}, beats it. */
    boolean beatenBy(double score, double preamble, int i) {
      if (index < 0) {
        return score > 0;
      }
      return score > this.score
          || (score == this.score
              && (preamble > this.preamble || (preamble == this.preamble && i < index)));
    }

    void take(double score, double preamble, int i) {
      if (beatenBy(score, preamble, i)) {
        this.index = i;
        this.score = score;
        this.preamble = preamble;
      }
    }
  }

  /** The profiles' indexes by bound, highest first (then in list order): likely winners first. */
  private static int[] byBound(Preamble[] preambles) {
    int[] order = new int[preambles.length];
    for (int i = 0; i < order.length; i++) {
      // Insertion sort: stable, and no comparator lambda on the first parse's path.
      int j = i;
      while (j > 0 && preambles[order[j - 1]].bound() < preambles[i].bound()) {
        order[j] = order[j - 1];
        j--;
      }
      order[j] = i;
    }
    return order;
  }

  /**
   * Where the preamble ends: after the first author line of any profile, since the title stands
   * before it; or at the end, when there is none. The other profiles need not look for their title
   * in the thousands of lines of text after it (every line of a hard-wrapped document is one).
   */
  private static int headEnd(List<SourceLine> lines, HeadIndex index) {
    for (int i = 0; i < lines.size(); i++) {
      SourceLine line = lines.get(i);
      if (line.type() == LayoutLexer.TEXT_LINE && index.profilesWriting(line.text()) != null) {
        return i + 1;
      }
    }
    return lines.size();
  }

  /**
   * The share of blocks opened as the language opens them, and the final formula: up to 2. A line
   * without a marker that opens with a citation opener is a citation printed without its dash (a
   * copy that lost it, EUR-Lex's plain view) and counts as one opened so.
   */
  private static double blockScore(List<SourceLine> lines, LanguageProfile profile) {
    boolean finalFormula = false;
    int items = 0;
    int opened = 0;
    for (SourceLine line : lines) {
      switch (line.type()) {
        case LayoutLexer.DASH_ITEM -> {
          items++;
          opened += profile.citationOpener(line.text()).isPresent() ? 1 : 0;
        }
        case LayoutLexer.LETTER_ITEM -> {
          if (!profile.recitalOpeners().isEmpty()) {
            items++;
            opened += profile.recitalOpener(line.text()).isPresent() ? 1 : 0;
          }
        }
        case LayoutLexer.NUMBER_ITEM -> finalFormula |= profile.isFinalFormula(line.text());
        case LayoutLexer.TEXT_LINE -> {
          String text = line.text();
          if (profile.citationOpener(text, indent(text)).isPresent()) {
            items++;
            opened++;
          }
        }
        default -> {
          // Text and blank lines count in the preamble score or not at all.
        }
      }
    }
    double openers = items == 0 ? 0 : (double) opened / items;
    return openers + (finalFormula ? 1 : 0);
  }

  /** Where a line's text starts after its indentation. */
  private static int indent(String text) {
    int i = 0;
    while (i < text.length() && LineTokenSource.isSpace(text.charAt(i))) {
      i++;
    }
    return i;
  }
}
