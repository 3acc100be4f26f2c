package io.github.epres.internal.detect;

import io.github.epres.internal.antlr.LayoutLexer;
import io.github.epres.internal.lines.AmendmentLines;
import io.github.epres.internal.lines.SourceLine;
import io.github.epres.lang.LanguageProfile;
import java.util.ArrayList;
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

  private static Detection detect(List<SourceLine> lines, List<LanguageProfile> profiles) {
    // Author line and title are cheap to check; openers and the final formula are checked only
    // for profiles that could still beat the best full score, which is usually one profile.
    List<SourceLine> head = lines.subList(0, headEnd(lines, profiles));
    // The head's text lines stripped once for all profiles (null for the other lines).
    String[] texts = new String[head.size()];
    for (int i = 0; i < texts.length; i++) {
      SourceLine line = head.get(i);
      texts[i] = line.type() == LayoutLexer.TEXT_LINE ? line.text().strip() : null;
    }
    double[] preamble = new double[profiles.size()];
    for (int i = 0; i < profiles.size(); i++) {
      preamble[i] = preambleScore(head, texts, profiles.get(i));
    }
    LanguageProfile best = null;
    double bestScore = 0;
    for (int round = 0; round < profiles.size(); round++) {
      int next = highest(preamble);
      if (next < 0 || preamble[next] + 2 <= bestScore) {
        break;
      }
      double score = preamble[next] + blockScore(lines, profiles.get(next));
      if (score > bestScore) {
        best = profiles.get(next);
        bestScore = score;
      }
      preamble[next] = -1;
    }
    double confidence = Math.round(bestScore / SIGNALS * 1000) / 1000.0;
    return new Detection(confidence < MIN_CONFIDENCE ? null : best, confidence);
  }

  /**
   * Where the preamble ends: after the first author line of any profile, since the title stands
   * before it; or at the end, when there is none. The other profiles need not look for their title
   * in the thousands of lines of text after it (every line of a hard-wrapped document is one).
   */
  private static int headEnd(List<SourceLine> lines, List<LanguageProfile> profiles) {
    for (int i = 0; i < lines.size(); i++) {
      SourceLine line = lines.get(i);
      // Stripped once for all profiles: what isAuthorLine would do for each of them.
      if (line.type() == LayoutLexer.TEXT_LINE && line.text().length() <= 200) {
        String text = line.text().strip();
        for (LanguageProfile profile : profiles) {
          if (profile.isAuthorLine(text)) {
            return i + 1;
          }
        }
      }
    }
    return lines.size();
  }

  /** The index of the highest score not yet taken (taken ones are -1), or -1. */
  private static int highest(double[] scores) {
    int best = -1;
    for (int i = 0; i < scores.length; i++) {
      if (scores[i] >= 0 && (best < 0 || scores[i] > scores[best])) {
        best = i;
      }
    }
    return best;
  }

  /**
   * Author line and title: up to 2. An "amendments adopted" text has no author line: there the
   * language's amendment heading counts for it, and a date of the language in the first line (its
   * title) for half the title, since Dutch and French share the heading "Amendement".
   */
  private static double preambleScore(
      List<SourceLine> lines, String[] texts, LanguageProfile profile) {
    boolean author = false;
    boolean title = false;
    boolean amendments = false;
    SourceLine first = null;
    for (int i = 0; i < texts.length && !author; i++) {
      String text = texts[i];
      if (text != null) {
        // As isAuthorLine(line.text()) and readTitle(line.text()), which strip the line anyway.
        SourceLine line = lines.get(i);
        author = line.text().length() <= 200 && profile.isAuthorLine(text);
        title = title || (!author && profile.readTitle(text).isPresent());
        first = first == null ? line : first;
        amendments = amendments || AmendmentLines.number(profile, line.text()) != null;
      }
    }
    if (!author && amendments) {
      boolean dated = !title && !profile.findDates(first.text()).isEmpty();
      return 1 + (title ? 1 : 0) + (dated ? 0.5 : 0);
    }
    return (author ? 1 : 0) + (title ? 1 : 0);
  }

  /** The share of blocks opened as the language opens them, and the final formula: up to 2. */
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
        default -> {
          // Text and blank lines count in the preamble score or not at all.
        }
      }
    }
    double openers = items == 0 ? 0 : (double) opened / items;
    return openers + (finalFormula ? 1 : 0);
  }
}
