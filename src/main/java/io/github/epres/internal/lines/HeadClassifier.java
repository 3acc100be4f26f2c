package io.github.epres.internal.lines;

import io.github.epres.internal.antlr.LayoutLexer;
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

  /** Classifies the head; null when the text has no item at all, so no head and no body. */
  static Head classify(
      List<SourceLine> lines, int[] roles, LanguageProfile profile, int maxLineLength) {
    int lastItem = lastItem(lines, profile);
    if (lastItem < 0) {
      return null;
    }
    int firstItem = firstItem(lines, profile);
    int author =
        profile == null
            ? layoutAuthorLine(lines, firstItem, maxLineLength)
            : authorLine(lines, profile, lastItem, maxLineLength);
    int end = author >= 0 ? author : firstItem;
    // Reports up to 2002 print their amendments before the draft legislative resolution: they are
    // amendments, and the title is looked for after them.
    int lastAmendment = author >= 0 ? OpenAmendment.lastHeadingBefore(lines, profile, author) : -1;
    int[] amendments = lastAmendment >= 0 ? OpenAmendment.roles(lines, profile, end) : null;
    List<Integer> candidates = new ArrayList<>();
    for (int i = 0; i < end; i++) {
      SourceLine line = lines.get(i);
      if (!line.isBlank() && !line.longerThan(maxLineLength) && i > lastAmendment) {
        lines.set(i, line.asText());
        candidates.add(i);
      }
    }
    TitleLines.Found title = TitleLines.find(lines, candidates, profile, author >= 0);
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
        roles[i] = headRole(lines.get(i), i, title, maxLineLength);
      }
    }
    if (author >= 0) {
      roles[author] = LayoutLexer.AUTHOR_LINE;
    }
    return new Head(
        author >= 0 ? author + 1 : firstItem,
        author,
        title != null,
        title == null ? null : title.parts());
  }

  private static int headRole(SourceLine line, int i, TitleLines.Found title, int maxLength) {
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
    return TitleLines.isProcedureLine(line.text())
        ? LayoutLexer.PROCEDURE_LINE
        : LayoutLexer.TEXT_LINE;
  }

  /**
   * The first line with the language's author line that has an item after it: a text whose author
   * line stands after its last item is read as if it had none.
   */
  private static int authorLine(
      List<SourceLine> lines, LanguageProfile profile, int lastItem, int maxLength) {
    for (int i = 0; i < lastItem; i++) {
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

  private static int firstItem(List<SourceLine> lines, LanguageProfile profile) {
    for (int i = 0; i < lines.size(); i++) {
      if (isItem(lines.get(i), profile)) {
        return i;
      }
    }
    return -1;
  }

  private static int lastItem(List<SourceLine> lines, LanguageProfile profile) {
    for (int i = lines.size() - 1; i >= 0; i--) {
      if (isItem(lines.get(i), profile)) {
        return i;
      }
    }
    return -1;
  }

  /**
   * A block by its layout, or an amendment's heading: an "amendments adopted" text has no other
   * item, and the numbered rows of its columns are not blocks.
   */
  private static boolean isItem(SourceLine line, LanguageProfile profile) {
    return isItem(line.type())
        || (line.type() == LayoutLexer.TEXT_LINE
            && AmendmentLines.number(profile, line.text()) != null);
  }

  /** A citation, recital or paragraph by its layout. */
  static boolean isItem(int type) {
    return type == LayoutLexer.DASH_ITEM
        || type == LayoutLexer.LETTER_ITEM
        || type == LayoutLexer.NUMBER_ITEM;
  }
}
