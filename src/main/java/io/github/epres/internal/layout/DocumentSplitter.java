package io.github.epres.internal.layout;

import io.github.epres.internal.antlr.LayoutLexer;
import io.github.epres.internal.lines.SourceLine;
import io.github.epres.lang.LanguageProfile;
import java.util.ArrayList;
import java.util.List;

/**
 * Finds where the documents of a bundle start: a text adopted may hold a decision followed by a
 * resolution, each with its own title and author line. A document starts at the first line, and at
 * any line after a paragraph (one that follows an author line: items of page furniture before the
 * first title do not count) that has the language's full title pattern and is followed, after blank
 * lines, by an author line and a block.
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
    for (int i = 0; i < lines.size(); i++) {
      SourceLine line = lines.get(i);
      if (line.type() == LayoutLexer.NUMBER_ITEM) {
        paragraphs = anchored;
      } else if (!anchored && line.type() == LayoutLexer.TEXT_LINE) {
        anchored = line.text().length() <= 200 && profile.isAuthorLine(line.text());
      } else if (paragraphs
          && line.type() == LayoutLexer.TEXT_LINE
          && line.text().length() < 2000
          && authorLineFollows(lines, i, profile)
          && profile.readTitle(line.text()).isPresent()) {
        starts.add(i);
        paragraphs = false;
      }
    }
    return starts;
  }

  /**
   * Whether an author line follows the title (after blank lines) and a block the author line: a
   * text cut right after the next document's author line has no next document yet.
   */
  private static boolean authorLineFollows(
      List<SourceLine> lines, int title, LanguageProfile profile) {
    int author = nextNonBlank(lines, title + 1);
    if (author < 0
        || lines.get(author).type() != LayoutLexer.TEXT_LINE
        || !profile.isAuthorLine(lines.get(author).text())) {
      return false;
    }
    int block = nextNonBlank(lines, author + 1);
    return block >= 0 && lines.get(block).type() != LayoutLexer.TEXT_LINE
        || block >= 0 && profile.citationOpener(lines.get(block).text().stripLeading()).isPresent();
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
