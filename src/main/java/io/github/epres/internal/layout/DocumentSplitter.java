package io.github.epres.internal.layout;

import io.github.epres.internal.antlr.LayoutLexer;
import io.github.epres.internal.lines.AmendmentLines;
import io.github.epres.internal.lines.SourceLine;
import io.github.epres.internal.lines.TitleLines;
import io.github.epres.lang.LanguageProfile;
import java.util.ArrayList;
import java.util.List;

/**
 * Finds where the documents of a bundle start: a text adopted may hold a decision followed by a
 * resolution, each with its own title and author line. A document starts at the first line, and at
 * any line after a paragraph (one that follows an author line: items of page furniture before the
 * first title do not count) that reads as a title and is followed, after blank and procedure lines,
 * by an author line and a block; where the document's amendments stand before its title, as in a
 * report of the 1990s with two draft legislative resolutions, it starts with them.
 */
public final class DocumentSplitter {
  private DocumentSplitter() {}

  /** The indexes of the lines where documents start; always begins with 0. */
  public static List<Integer> starts(List<SourceLine> lines, LanguageProfile profile) {
    List<Integer> starts = new ArrayList<>(1);
    starts.add(0);
    if (profile == null) {
      return starts;
    }
    boolean anchored = false;
    boolean paragraphs = false;
    // The line after the last paragraph or footnote, and the first amendment heading after it: a
    // document whose amendments stand before its title starts with them.
    int afterParagraphs = -1;
    int amendments = -1;
    for (int i = 0; i < lines.size(); i++) {
      SourceLine line = lines.get(i);
      int type = line.type();
      if ((type == LayoutLexer.NUMBER_ITEM || type == LayoutLexer.NOTE_ITEM) && amendments < 0) {
        paragraphs |= anchored && type == LayoutLexer.NUMBER_ITEM;
        afterParagraphs = i + 1;
      } else if (!anchored && type == LayoutLexer.TEXT_LINE) {
        anchored = line.text().length() <= 200 && profile.isAuthorLine(line.text());
      } else if (paragraphs && type == LayoutLexer.TEXT_LINE && line.text().length() < 2000) {
        if (amendments < 0 && AmendmentLines.number(profile, line.text()) != null) {
          amendments = i;
        } else if (authorLineFollows(lines, i, profile) && isTitle(line.text(), profile)) {
          starts.add(amendments < 0 ? i : nextNonBlank(lines, afterParagraphs));
          paragraphs = false;
          amendments = -1;
        }
      }
    }
    return starts;
  }

  /**
   * A title: the language's full pattern, or a kind of document with its procedure, as reports of
   * the 1990s title a draft legislative resolution ("Legislative resolution embodying Parliament's
   * opinion on the proposal … (COM(98)0251 - C4-0379/98 - 98/0159(SYN))").
   */
  private static boolean isTitle(String text, LanguageProfile profile) {
    if (profile.readTitle(text).isPresent()) {
      return true;
    }
    LanguageProfile.TitleParts loose = profile.readLooseTitle(text).orElse(null);
    return loose != null && loose.procedure() != null && text.strip().endsWith(")");
  }

  /**
   * Whether an author line follows the title (after blank lines) and a block the author line: a
   * text cut right after the next document's author line has no next document yet.
   */
  private static boolean authorLineFollows(
      List<SourceLine> lines, int title, LanguageProfile profile) {
    int author = nextNonBlank(lines, title + 1);
    while (author >= 0 && isProcedureLine(lines.get(author))) {
      // "(Cooperation procedure: first reading)" between them.
      author = nextNonBlank(lines, author + 1);
    }
    if (author < 0
        || lines.get(author).type() != LayoutLexer.TEXT_LINE
        || !profile.isAuthorLine(lines.get(author).text())) {
      return false;
    }
    int block = nextNonBlank(lines, author + 1);
    return block >= 0
        && (lines.get(block).type() != LayoutLexer.TEXT_LINE
            || profile.citationOpener(lines.get(block).text().stripLeading()).isPresent());
  }

  /**
   * A procedure line; every one ends with a bracket, a star, "I" or a digit, and most lines are
   * told from one by their last character, without a pattern.
   */
  private static boolean isProcedureLine(SourceLine line) {
    String text = line.text().stripTrailing();
    char last = text.isEmpty() ? ' ' : text.charAt(text.length() - 1);
    return (last == ')' || last == '*' || last == 'I' || Character.isDigit(last))
        && TitleLines.isProcedureLine(text);
  }

  private static int nextNonBlank(List<SourceLine> lines, int from) {
    for (int i = from; i < lines.size(); i++) {
      if (!lines.get(i).isBlank()) {
        return i;
      }
    }
    return -1;
  }
}
