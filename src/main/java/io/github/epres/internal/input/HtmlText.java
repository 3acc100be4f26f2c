package io.github.epres.internal.input;

import io.github.epres.internal.semantics.ReferenceFinder;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.parser.Parser;
import org.jsoup.select.Evaluator;
import org.jsoup.select.QueryParser;

/**
 * Turns an EP web page (doceo: texts adopted, motions, joint motions, reports) into the text the
 * parser reads: one line per paragraph or line break, the document number from the page title
 * first. Navigation, menus, download buttons, the "procedure" box and the page footer are left out;
 * a block's marker span and the spacer after it join its text on one line ("– having regard …", "A.
 * whereas …"); footnote markers stay glued to their word; a footnote table row becomes one "(1) OJ
 * …" line.
 *
 * <p>jsoup parses the page from a string: it resolves no external entity and fetches nothing.
 */
public final class HtmlText {
  /** Elements that end a line. */
  private static final Set<String> BLOCKS =
      Set.of(
          "p",
          "div",
          "h1",
          "h2",
          "h3",
          "h4",
          "h5",
          "h6",
          "li",
          "tr",
          "table",
          "section",
          "article",
          "main",
          "body",
          "blockquote",
          "ul",
          "ol",
          "dl",
          "dt",
          "dd",
          "hr");

  /**
   * What is page furniture rather than the document: these elements, elements of these classes, and
   * a {@code div} with a {@code separator} child (as the selector "script, style, …, .sr-only,
   * div:has(> .separator)" would select). Left out while the tree is walked: no pass of its own.
   */
  private static final Set<String> FURNITURE_TAGS =
      Set.of(
          "script",
          "style",
          "noscript",
          "template",
          "svg",
          "button",
          "nav",
          "header",
          "footer",
          "form");

  private static final String[] FURNITURE_CLASSES = {
    "es_dropdown", "doceo-ring", "breadcrumb", "sr-only", "d-md-none"
  };

  private static final Evaluator MAIN = QueryParser.parse("main");

  private HtmlText() {}

  /** The page's text, lines separated by "\n". */
  public static String of(String html) {
    Document page = Jsoup.parse(html, "", Parser.htmlParser());
    List<String> lines = new ArrayList<>();
    String number = documentNumber(page.title());
    if (number != null) {
      lines.add(number);
    }
    Element root = page.selectFirst(MAIN);
    if (root == null) {
      root = page.body();
    }
    StringBuilder line = new StringBuilder();
    collect(root, line, lines);
    end(line, lines);
    return String.join("\n", lines) + "\n";
  }

  /** The EP document number among the " | "-separated parts of the page title, or null. */
  private static String documentNumber(String title) {
    for (String part : title.split("\\|")) {
      String candidate = part.strip();
      if (ReferenceFinder.EP_DOCUMENT.matcher(candidate).matches()) {
        return candidate;
      }
    }
    return null;
  }

  /** Walks the tree without recursion, so that deeply nested pages cannot overflow the stack. */
  private static void collect(Element root, StringBuilder line, List<String> lines) {
    Node node = root.childNodeSize() > 0 ? root.childNode(0) : null;
    while (node != null && node != root) {
      if (node instanceof TextNode text) {
        append(line, text.getWholeText());
      } else if (node instanceof Element element) {
        if (isFurniture(element)) {
          node = next(element, root, line, lines);
          continue;
        }
        String tag = element.normalName();
        String row = tag.equals("tr") ? twoColumnLine(element) : null;
        if (row != null) {
          end(line, lines);
          if (!row.equals("\t")) {
            lines.add(row);
          }
          node = next(element, root, line, lines);
          continue;
        }
        if (tag.equals("br") || BLOCKS.contains(tag)) {
          end(line, lines);
        } else if (tag.equals("td") || tag.equals("th")) {
          append(line, " ");
        }
        if (element.childNodeSize() > 0) {
          node = element.childNode(0);
          continue;
        }
      }
      node = next(node, root, line, lines);
    }
  }

  /** The node after {@code node} and its subtree, ending a line after each block left behind. */
  private static Node next(Node node, Element root, StringBuilder line, List<String> lines) {
    Node at = node;
    while (at != root && at.nextSibling() == null) {
      at = at.parentNode();
      if (at instanceof Element element && BLOCKS.contains(element.normalName())) {
        end(line, lines);
      }
    }
    return at == root ? null : at.nextSibling();
  }

  /**
   * A row of two text columns, as an amendment's ("Text proposed by the Commission", "Amendment"),
   * as one line with a tab between its cells, as a browser copies it, so that an empty cell is not
   * lost; null for any other row. Such a row has two cells, no table inside, and a first cell that
   * is empty or more than a marker (a footnote row "(1) | OJ …" or a dash cell reads as one line,
   * as before).
   */
  private static String twoColumnLine(Element row) {
    List<Element> cells = new ArrayList<>(2);
    for (Element child : row.children()) {
      if (!isFurniture(child)) {
        String tag = child.normalName();
        if (!tag.equals("td") && !tag.equals("th") || cells.size() == 2) {
          return null;
        }
        cells.add(child);
      }
    }
    if (cells.size() != 2 || holdsTable(row)) {
      return null;
    }
    String first = cellText(cells.get(0));
    return first.isEmpty() || first.length() > 4 ? first + "\t" + cellText(cells.get(1)) : null;
  }

  /** Whether a table stands inside {@code row}, furniture left out. */
  private static boolean holdsTable(Element row) {
    for (Element table : row.getElementsByTag("table")) {
      Element at = table;
      while (at != row && !isFurniture(at)) {
        at = at.parent();
      }
      if (at == row) {
        return true;
      }
    }
    return false;
  }

  private static boolean isFurniture(Element element) {
    String tag = element.normalName();
    if (FURNITURE_TAGS.contains(tag)) {
      return true;
    }
    if (!element.className().isEmpty()) {
      for (String name : FURNITURE_CLASSES) {
        if (element.hasClass(name)) {
          return true;
        }
      }
    }
    if (tag.equals("div")) {
      for (Element child : element.children()) {
        if (child.hasClass("separator")) {
          return true;
        }
      }
    }
    return false;
  }

  /** A cell's text on one line: its paragraphs joined by a space, white space made one space. */
  private static String cellText(Element cell) {
    List<String> paragraphs = new ArrayList<>();
    StringBuilder text = new StringBuilder();
    collect(cell, text, paragraphs);
    end(text, paragraphs);
    return String.join(" ", paragraphs);
  }

  /** Appends text with runs of ordinary white space made one space; NBSP is kept. */
  private static void append(StringBuilder line, String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == ' ' || c == '\n' || c == '\r' || c == '\t' || c == '\f') {
        if (line.length() > 0 && line.charAt(line.length() - 1) != ' ') {
          line.append(' ');
        }
      } else {
        line.append(c);
      }
    }
  }

  private static void end(StringBuilder line, List<String> lines) {
    String text = line.toString().strip();
    line.setLength(0);
    if (!onlySpaces(text)) {
      lines.add(text);
    }
  }

  /** Whether the text is empty or nothing but spaces and no-break spaces. */
  private static boolean onlySpaces(String text) {
    for (int i = 0; i < text.length(); i++) {
      if (text.charAt(i) != ' ' && text.charAt(i) != '\u00A0') {
        return false;
      }
    }
    return true;
  }
}
