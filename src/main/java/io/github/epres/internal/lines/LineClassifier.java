package io.github.epres.internal.lines;

import io.github.epres.lang.LanguageProfile;
import java.util.ArrayList;
import java.util.List;

/**
 * The second pass over the line tokens: with the language profile (or without one, by layout alone)
 * it gives each line its role in the document, the token type that LayoutParser.g4 reads. The head
 * (front matter, title, procedure lines, author line) is found first ({@link HeadClassifier}), then
 * each line after it is classified in turn ({@link BodyClassifier}). A text with no item at all
 * keeps its layout types.
 */
public final class LineClassifier {
  /**
   * The lines (the head's read as text), the role of each, and what the head held: the title's
   * parts as read from it (null when assumed or absent) and whether there is a title at all.
   */
  public record Classification(
      List<SourceLine> lines, int[] roles, boolean titled, LanguageProfile.TitleParts titleParts) {}

  private LineClassifier() {}

  /** Classifies {@code layoutLines}; {@code profile} is null when the language is unknown. */
  public static Classification classify(
      List<SourceLine> layoutLines, LanguageProfile profile, int maxLineLength) {
    List<SourceLine> lines = new ArrayList<>(layoutLines);
    int[] roles = new int[lines.size()];
    for (int i = 0; i < roles.length; i++) {
      roles[i] = lines.get(i).type();
    }
    HeadClassifier.Head head = HeadClassifier.classify(lines, roles, profile, maxLineLength);
    if (head == null) {
      // Not a resolution: every line as it stands, and what is no block by the head's judgement
      // (a bullet of a page's menu) as a line of text.
      for (int i = 0; i < roles.length; i++) {
        SourceLine line = layoutLines.get(i);
        lines.set(i, HeadClassifier.isItem(line.type()) ? line.asText() : line);
        roles[i] = lines.get(i).type();
      }
      return new Classification(lines, roles, false, null);
    }
    BodyClassifier.classify(lines, roles, profile, maxLineLength, head.bodyStart());
    return new Classification(lines, roles, head.titled(), head.title());
  }
}
