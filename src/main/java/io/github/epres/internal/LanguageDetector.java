package io.github.epres.internal;

import io.github.epres.internal.antlr.LayoutLexer;
import io.github.epres.lang.LanguageProfile;
import java.util.List;

/**
 * Picks the language profile that best explains a document. Three signals count equally: the author
 * line, the title pattern, and the share of citations and recitals that start with one of the
 * profile's openers. The confidence is the winning profile's share of the three.
 */
final class LanguageDetector {
  /**
   * Below this confidence no profile is chosen: one signal alone, such as a lone opener, is not
   * enough.
   */
  static final double MIN_CONFIDENCE = 0.3;

  private LanguageDetector() {}

  /** The chosen profile (null when none fits) and how sure the choice is. */
  record Detection(LanguageProfile profile, double confidence) {}

  static Detection detect(List<SourceLine> lines, List<LanguageProfile> profiles) {
    LanguageProfile best = null;
    double bestScore = 0;
    for (LanguageProfile profile : profiles) {
      double score = score(lines, profile);
      if (score > bestScore) {
        best = profile;
        bestScore = score;
      }
    }
    double confidence = Math.round(bestScore / 3 * 1000) / 1000.0;
    return new Detection(confidence < MIN_CONFIDENCE ? null : best, confidence);
  }

  private static double score(List<SourceLine> lines, LanguageProfile profile) {
    boolean author = false;
    boolean title = false;
    int items = 0;
    int opened = 0;
    for (SourceLine line : lines) {
      switch (line.type()) {
        case LayoutLexer.TEXT_LINE -> {
          author |= profile.isAuthorLine(line.text());
          title |= profile.readTitle(line.text()).isPresent();
        }
        case LayoutLexer.DASH_ITEM -> {
          items++;
          opened += profile.citationOpener(line.text()).isPresent() ? 1 : 0;
        }
        case LayoutLexer.LETTER_ITEM -> {
          items++;
          opened += profile.recitalOpener(line.text()).isPresent() ? 1 : 0;
        }
        default -> {
          // Paragraph verbs and blank lines do not count (yet).
        }
      }
    }
    return (author ? 1 : 0) + (title ? 1 : 0) + (items == 0 ? 0 : (double) opened / items);
  }
}
