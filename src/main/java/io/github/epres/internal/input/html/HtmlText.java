package io.github.epres.internal.input.html;

import io.github.epres.internal.semantics.ReferenceFinder;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.parser.Parser;
import org.jsoup.select.Evaluator;
import org.jsoup.select.QueryParser;

/**
 * Turns an EP web page (doceo: texts adopted, motions, joint motions, reports, in all the layouts
 * doceo serves them; the older pages before it) into the text the parser reads: one line per
 * paragraph, list item or line break, the document number from the page title (or the page's own
 * header) first. Everything of the page's content is kept; what is left out is only what {@link
 * Furniture} identifies as furniture. A block's marker span and the spacer after it join its text
 * on one line ("– having regard …", "A. whereas …"); footnote markers stay glued to their word; a
 * table row of two text columns becomes one line with a tab between its cells, a marker cell and
 * its text one line ({@link TableRows}).
 *
 * <p>jsoup parses the page from a string: it resolves no external entity and fetches nothing.
 */
public final class HtmlText {
  /** Elements that end a line. */
  static final Set<String> BLOCKS =
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

  private static final Evaluator MAIN = QueryParser.parse("main");

  /** doceo's page header, which names the document ("Report - A6-0401/2006"). */
  private static final Evaluator HEADER_TITLE =
      QueryParser.parse(".erpl_header-website-title-main, .es_header-website-title-main");

  private final Furniture furniture;
  private final Element root;

  private HtmlText(Element root) {
    this.root = root;
    this.furniture = Furniture.of(root);
  }

  /** The page's text, lines separated by "\n". */
  public static String of(String html) {
    Document page = Jsoup.parse(html, "", Parser.htmlParser());
    List<String> lines = new ArrayList<>();
    String number = documentNumber(page.title(), true);
    if (number == null) {
      number = headerNumber(page.body());
    }
    if (number != null) {
      lines.add(number);
    }
    Element root = page.selectFirst(MAIN);
    HtmlText text = new HtmlText(root == null ? page.body() : root);
    StringBuilder line = new StringBuilder();
    text.collect(text.root, line, lines);
    end(line, lines);
    return String.join("\n", lines) + "\n";
  }

  /** The document number in doceo's page header ("Report - A6-0401/2006"), or null. */
  private static String headerNumber(Element body) {
    for (Element child : body.children()) {
      if (child.normalName().equals("header")) {
        Element title = child.selectFirst(HEADER_TITLE);
        return title == null ? null : documentNumber(title.text(), false);
      }
    }
    return null;
  }

  /**
   * The EP document number of a page title, one of its " | "-separated parts ({@code whole}), or
   * anywhere in a header's text; null if none.
   */
  private static String documentNumber(String text, boolean whole) {
    if (whole) {
      for (String part : text.split("\\|")) {
        String candidate = part.strip();
        if (ReferenceFinder.EP_DOCUMENT.matcher(candidate).matches()) {
          return candidate;
        }
      }
      return null;
    }
    Matcher m = ReferenceFinder.EP_DOCUMENT.matcher(text);
    return m.find() ? m.group() : null;
  }

  /** Whether {@code element} is page furniture. */
  boolean isFurniture(Element element) {
    return furniture.contains(element);
  }

  /** Walks the tree without recursion, so that deeply nested pages cannot overflow the stack. */
  void collect(Element from, StringBuilder line, List<String> lines) {
    Node node = from.childNodeSize() > 0 ? from.childNode(0) : null;
    while (node != null && node != from) {
      if (node instanceof TextNode text) {
        append(line, text.getWholeText());
      } else if (node instanceof Element element) {
        if (isFurniture(element)) {
          node = next(element, from, line, lines);
          continue;
        }
        String tag = element.normalName();
        String row = tag.equals("tr") ? TableRows.twoColumnLine(this, element) : null;
        if (row != null) {
          end(line, lines);
          if (!row.equals("\t")) {
            lines.add(row);
          }
          node = next(element, from, line, lines);
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
      node = next(node, from, line, lines);
    }
  }

  /** The node after {@code node} and its subtree, ending a line after each block left behind. */
  private static Node next(Node node, Element from, StringBuilder line, List<String> lines) {
    Node at = node;
    while (at != from && at.nextSibling() == null) {
      at = at.parentNode();
      if (at instanceof Element element && BLOCKS.contains(element.normalName())) {
        end(line, lines);
      }
    }
    return at == from ? null : at.nextSibling();
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

  static void end(StringBuilder line, List<String> lines) {
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
