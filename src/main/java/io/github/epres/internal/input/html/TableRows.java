package io.github.epres.internal.input.html;

import java.util.ArrayList;
import java.util.List;
import org.jsoup.nodes.Element;

/**
 * A table row of two text columns, as an amendment's ("Text proposed by the Commission",
 * "Amendment"), read as one line with a tab between its cells, as a browser copies it, so that an
 * empty cell is not lost. A row whose first cell is a marker ("(1)", "[2]", "–", "A.") is no such
 * row: a footnote row "(1) | OJ …" or a dash cell and its text read as one line, as a paragraph.
 */
final class TableRows {
  /** The longest marker a cell may hold on its own: "(iv)", "[12]", "AB.". */
  private static final int MARKER_LENGTH = 4;

  private TableRows() {}

  /**
   * The row as "left\tright", or null for any other row: one of other than two cells (empty cells
   * after the second, which some amendment tables add as a spacer, do not count), with a table
   * inside, or with a marker in its first cell. Furniture among the cells is left out.
   */
  static String twoColumnLine(HtmlText text, Element row) {
    List<Element> cells = new ArrayList<>(2);
    for (Element child : row.children()) {
      if (!text.isFurniture(child)) {
        String tag = child.normalName();
        if (!tag.equals("td") && !tag.equals("th")) {
          return null;
        }
        if (cells.size() < 2) {
          cells.add(child);
        } else if (!cellText(text, child).isEmpty()) {
          // A third cell is a column of its own, unless it is an empty spacer.
          return null;
        }
      }
    }
    if (cells.size() != 2 || holdsTable(text, row)) {
      return null;
    }
    String first = cellText(text, cells.get(0));
    return isMarker(first) ? null : first + "\t" + cellText(text, cells.get(1));
  }

  /**
   * Whether a cell's text is a marker: short, and a label (it has a letter or digit: "(1)", "A.")
   * or a dash or bullet. A cell of punctuation only, as the "." an amendment's empty column may
   * hold, is text.
   */
  static boolean isMarker(String cell) {
    if (cell.isEmpty() || cell.length() > MARKER_LENGTH) {
      return false;
    }
    for (int i = 0; i < cell.length(); i++) {
      char c = cell.charAt(i);
      if (Character.isLetterOrDigit(c)) {
        return true;
      }
    }
    return cell.length() == 1 && "–-—•·".indexOf(cell.charAt(0)) >= 0;
  }

  /** Whether a table stands inside {@code row}, furniture left out. */
  private static boolean holdsTable(HtmlText text, Element row) {
    for (Element table : row.getElementsByTag("table")) {
      Element at = table;
      while (at != row && !text.isFurniture(at)) {
        at = at.parent();
      }
      if (at == row) {
        return true;
      }
    }
    return false;
  }

  /** A cell's text on one line: its paragraphs joined by a space, white space made one space. */
  private static String cellText(HtmlText text, Element cell) {
    List<String> paragraphs = new ArrayList<>();
    StringBuilder line = new StringBuilder();
    text.collect(cell, line, paragraphs);
    HtmlText.end(line, paragraphs);
    return String.join(" ", paragraphs);
  }
}
