package io.github.epres.internal.lines;

import io.github.epres.internal.antlr.LayoutLexer;
import io.github.epres.internal.layout.eurlex.EurLexFurniture;
import io.github.epres.internal.util.HeaderText;
import io.github.epres.lang.LanguageProfile;
import java.util.ArrayList;
import java.util.List;

/**
 * Gives the lines before the first block their roles. The author line anchors a resolution: what
 * stands before it is the head, whatever it looks like (a day line "2021. gada 11. februāris …" or
 * a "1." of page furniture is not a paragraph), and in the head the title is found, the lines
 * before it are front matter and those between it and the author line are procedure lines or stray.
 * Without an author line the head ends at the first item. Head lines are read as text: {@code
 * lines} gets each of them back as {@link SourceLine#asText()}.
 */
final class HeadClassifier {
  /**
   * Where the body starts (index of its first line), the author line (-1 if none), and what was
   * read from the title (null when there is none or it was not understood).
   */
  record Head(int bodyStart, int author, boolean titled, LanguageProfile.TitleParts title) {}

  private HeadClassifier() {}

  /**
   * Classifies the head; null when the text has neither a block nor a head to read (no author line,
   * no title, no motion or report heading), so no head and no body.
   */
  static Head classify(
      List<SourceLine> lines, int[] roles, LanguageProfile profile, int maxLineLength) {
    HeadItems items = new HeadItems(lines, profile, maxLineLength);
    int lastItem = items.last();
    int firstItem = lastItem < 0 ? -1 : items.first();
    int author =
        profile == null
            ? layoutAuthorLine(lines, firstItem, maxLineLength)
            : authorLine(lines, profile, lastItem < 0 ? lines.size() : lastItem, maxLineLength);
    // A text cut before its first block (after the author line, or before it) is all head.
    int end = author >= 0 ? author : firstItem >= 0 ? firstItem : lines.size();
    // Reports up to 2002 print their amendments before the draft legislative resolution: they are
    // amendments, and the title is looked for after them.
    int lastAmendment = author >= 0 ? OpenAmendment.lastHeadingBefore(lines, profile, author) : -1;
    int[] amendments = lastAmendment >= 0 ? OpenAmendment.roles(lines, profile, end) : null;
    List<Integer> candidates = new ArrayList<>();
    for (int i = 0; i < end; i++) {
      SourceLine line = lines.get(i);
      if (!line.isBlank() && !line.longerThan(maxLineLength) && i > lastAmendment) {
        candidates.add(i);
      }
    }
    boolean anchored = author >= 0;
    for (int i : candidates) {
      lines.set(i, lines.get(i).asText());
    }
    boolean headOnly = !anchored && firstItem < 0;
    // A head with neither an author line nor a block (cut before them) has a title only where a
    // line reads as one in full, and is a head at all only with a title or a motion's or report's
    // heading.
    TitleLines.Found title = title(lines, candidates, profile, anchored, headOnly);
    if (headOnly && title == null && !hasHeading(lines, candidates, profile)) {
      return null;
    }
    for (int i = 0; i < end; i++) {
      boolean amendment =
          amendments != null && amendments[i] != 0 && (title == null || i < title.first());
      if (amendment) {
        roles[i] = amendments[i];
      } else {
        SourceLine line = lines.get(i);
        if (!line.isBlank() && !line.longerThan(maxLineLength)) {
          lines.set(i, line.asText());
        }
        roles[i] = headRole(lines.get(i), i, title, profile, maxLineLength);
      }
    }
    if (author >= 0) {
      roles[author] = LayoutLexer.AUTHOR_LINE;
    }
    return new Head(
        author >= 0 ? author + 1 : end,
        author,
        title != null,
        title == null ? null : title.parts());
  }

  /**
   * The title among the candidates; EUR-Lex's furniture (its banners, the Journal's page header) is
   * never the title, and is looked for only in the line found, most lines being no title.
   */
  private static TitleLines.Found title(
      List<SourceLine> lines,
      List<Integer> candidates,
      LanguageProfile profile,
      boolean anchored,
      boolean headOnly) {
    while (true) {
      TitleLines.Found title =
          headOnly
              ? TitleLines.findPatterned(lines, candidates, profile)
              : TitleLines.find(lines, candidates, profile, anchored);
      // A line read as a title is one; only one assumed from its place may be furniture.
      if (title == null
          || title.parts() != null
          || !EurLexFurniture.isFurniture(lines.get(title.first()).text(), profile)) {
        return title;
      }
      candidates.remove(Integer.valueOf(title.first()));
    }
  }

  /** Whether one of the lines opens with the profile's motion, joint motion or report heading. */
  private static boolean hasHeading(
      List<SourceLine> lines, List<Integer> candidates, LanguageProfile profile) {
    if (profile == null) {
      return false;
    }
    for (int i : candidates) {
      // Older doceo pages wrap the heading in markers: "<TitreType>JOINT MOTION …</TitreType>".
      String text = HeaderText.plain(lines.get(i).text());
      if (startsWithAny(profile.jointMotionHeadings(), text)
          || startsWithAny(profile.motionHeadings(), text)
          || startsWithAny(profile.reportHeadings(), text)) {
        return true;
      }
    }
    return false;
  }

  private static boolean startsWithAny(List<String> headings, String text) {
    for (String heading : headings) {
      if (text.regionMatches(true, 0, heading, 0, heading.length())) {
        return true;
      }
    }
    return false;
  }

  private static int headRole(
      SourceLine line, int i, TitleLines.Found title, LanguageProfile profile, int maxLength) {
    if (line.isBlank()) {
      return LayoutLexer.BLANK_LINE;
    }
    if (line.longerThan(maxLength)) {
      return LayoutLexer.TEXT_LINE;
    }
    if (title == null || i < title.first()) {
      return LayoutLexer.FRONT_LINE;
    }
    if (i == title.first()) {
      return LayoutLexer.TITLE_LINE;
    }
    if (i < title.last()) {
      return LayoutLexer.TITLE_CONTINUATION;
    }
    if (i == title.last()) {
      return title.procedureLine() ? LayoutLexer.TITLE_PROCEDURE : LayoutLexer.TITLE_CONTINUATION;
    }
    // Between the title and the author line: procedure lines, and an EUR-Lex copy's notice lines
    // where it prints its title first.
    return TitleLines.isProcedureLine(line.text())
            || EurLexFurniture.isFurniture(line.text(), profile)
        ? LayoutLexer.PROCEDURE_LINE
        : LayoutLexer.TEXT_LINE;
  }

  /**
   * The first line with the language's author line before {@code before}, the last block's line (a
   * text whose author line stands after its last block is read as if it had none), or anywhere in a
   * text that has no block at all (cut after its author line).
   */
  private static int authorLine(
      List<SourceLine> lines, LanguageProfile profile, int before, int maxLength) {
    for (int i = 0; i < before; i++) {
      SourceLine line = lines.get(i);
      if (line.type() == LayoutLexer.TEXT_LINE
          && !line.longerThan(maxLength)
          && profile.isAuthorLine(line.text())) {
        return i;
      }
    }
    return -1;
  }

  /**
   * Without a language, layout alone says the author line is the last text line before the first
   * item, where at least two stand there (the title and the author line).
   */
  private static int layoutAuthorLine(List<SourceLine> lines, int firstItem, int maxLength) {
    int texts = 0;
    int last = -1;
    for (int i = 0; i < firstItem; i++) {
      SourceLine line = lines.get(i);
      if (line.type() == LayoutLexer.TEXT_LINE && !line.longerThan(maxLength)) {
        texts++;
        last = i;
      }
    }
    return texts >= 2 ? last : -1;
  }

  /** A citation, recital or paragraph by its layout. */
  static boolean isItem(int type) {
    return type == LayoutLexer.DASH_ITEM
        || type == LayoutLexer.LETTER_ITEM
        || type == LayoutLexer.NUMBER_ITEM;
  }
}
