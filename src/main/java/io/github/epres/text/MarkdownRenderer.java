package io.github.epres.text;

import io.github.epres.model.Block;
import io.github.epres.model.Resolution;
import java.util.List;

/**
 * Renders a {@link Resolution} as Markdown for reading: the title as a heading, the author line,
 * then citations, recitals and paragraphs with their labels in bold. Not lossless; {@link
 * TextRenderer} is.
 */
public final class MarkdownRenderer {
  private MarkdownRenderer() {}

  public static String render(Resolution resolution) {
    StringBuilder md = new StringBuilder();
    resolution.title().ifPresent(t -> md.append("# ").append(escape(t.text())).append("\n\n"));
    resolution.authorLine().ifPresent(a -> md.append("*").append(escape(a.text())).append("*\n\n"));
    section(md, resolution.citations(), false);
    section(md, resolution.recitals(), true);
    section(md, resolution.paragraphs(), true);
    return md.toString();
  }

  private static void section(StringBuilder md, List<? extends Block> blocks, boolean labelled) {
    for (Block b : blocks) {
      md.append(labelled ? "**" + escape(b.marker().strip()) + "** " : "- ")
          .append(escape(b.text()))
          .append("\n\n");
    }
  }

  /** Escapes what Markdown would read as markup at the start of a line or inside it. */
  private static String escape(String text) {
    StringBuilder out = new StringBuilder(text.length());
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if ("\\`*_[]<>#|".indexOf(c) >= 0) {
        out.append('\\');
      }
      out.append(c == '\n' || c == '\r' ? ' ' : c);
    }
    return out.toString();
  }
}
