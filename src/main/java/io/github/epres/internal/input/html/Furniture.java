package io.github.epres.internal.input.html;

import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Set;
import org.jsoup.nodes.Element;
import org.jsoup.select.Evaluator;
import org.jsoup.select.QueryParser;

/**
 * What of an EP page is furniture rather than the document, each kind identified for what it is,
 * never for where it stands: the element kinds of scripts, navigation, controls and the page header
 * and footer; doceo's and the older pages' classes for the download menus, the procedure box and
 * its steps, the language list, hidden headings, document sizes and the breadcrumb; the items of a
 * download list that a selector shows; and the page footer, found by its links to the legal notice
 * and the privacy policy and taken up to the largest element around them that holds no text of the
 * document (no paragraph, heading or list item), so that its "Last updated" line goes with it.
 */
final class Furniture {
  private static final Set<String> TAGS =
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
          "form",
          "select",
          "label",
          "input",
          "textarea");

  private static final Set<String> CLASSES =
      Set.of(
          // doceo: the download menu, the procedure box ("Procedure : …, Document stages in
          // plenary"), the breadcrumb, text for screen readers only, the copy of a line shown on
          // phones only.
          "es_dropdown",
          "doceo-ring",
          "breadcrumb",
          "sr-only",
          "d-md-none",
          // Older pages: the language list and its hidden heading, the sizes beside the download
          // icons, the procedure box's cells and its "Document stages" tab, the footer row.
          "language_select",
          "ep_hidden",
          "doc_size",
          "ring_multiple_bg",
          "ring_step_bg1",
          "ring_step_bg2",
          "ring_step_bg3",
          "ring_step_bg4",
          "Tabs_doc_unselected",
          "footerdocwin");

  /** An item of a download list, shown by the selector above it ("001-086 (PDF - 208 KB)"). */
  private static final String TOGGLED_ITEM = "data-toggle-selector-value";

  /**
   * Links that only page furniture holds: the footer's legal notice and privacy policy (the same
   * paths in every language), and the older pages' link to the procedure file in their procedure
   * box.
   */
  private static final String[] ANCHOR_PATHS = {"/legal-notice", "/privacy-policy"};

  private static final String ANCHOR_CLASS = "ring_ref_link";

  /** Elements whose text is the document's: a block the footer or the procedure box never has. */
  private static final Evaluator CONTENT = QueryParser.parse("p, h1, h2, h3, h4, h5, h6, li, dd");

  private final Set<Element> anchored;

  private Furniture(Set<Element> anchored) {
    this.anchored = anchored;
  }

  /** The furniture of the page under {@code root}, the element the text is read from. */
  static Furniture of(Element root) {
    Set<Element> anchored = Collections.newSetFromMap(new IdentityHashMap<>());
    for (Element anchor : root.getElementsByTag("a")) {
      if (!isAnchor(anchor)) {
        continue;
      }
      Element block = anchor;
      for (Element up = block.parent();
          up != null && up != root && !holdsContentBeside(up, block);
          up = up.parent()) {
        block = up;
      }
      anchored.add(block);
    }
    return new Furniture(anchored);
  }

  private static boolean isAnchor(Element link) {
    String href = link.attr("href");
    for (String path : ANCHOR_PATHS) {
      if (href.contains(path)) {
        return true;
      }
    }
    return link.hasClass(ANCHOR_CLASS);
  }

  /** Whether {@code parent} holds the document's text in a child other than {@code child}. */
  private static boolean holdsContentBeside(Element parent, Element child) {
    for (Element sibling : parent.children()) {
      if (sibling != child && sibling.selectFirst(CONTENT) != null) {
        return true;
      }
    }
    return false;
  }

  /** Whether {@code element} (with everything in it) is furniture. */
  boolean contains(Element element) {
    String tag = element.normalName();
    if (TAGS.contains(tag)) {
      return true;
    }
    if (hasClassOf(element.className())) {
      return true;
    }
    return (tag.equals("li") && element.hasAttr(TOGGLED_ITEM))
        || (!anchored.isEmpty() && anchored.contains(element));
  }

  /** Whether one of the names in a class attribute is a furniture class. */
  private static boolean hasClassOf(String classes) {
    int i = 0;
    int n = classes.length();
    while (i < n) {
      while (i < n && Character.isWhitespace(classes.charAt(i))) {
        i++;
      }
      int start = i;
      while (i < n && !Character.isWhitespace(classes.charAt(i))) {
        i++;
      }
      if (i > start && CLASSES.contains(classes.substring(start, i))) {
        return true;
      }
    }
    return false;
  }
}
