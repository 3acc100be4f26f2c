package io.github.epres.text;

import io.github.epres.model.Amendment;
import io.github.epres.model.AmendmentRow;
import io.github.epres.model.Annex;
import io.github.epres.model.Block;
import io.github.epres.model.Footnote;
import io.github.epres.model.Heading;
import io.github.epres.model.Paragraph;
import io.github.epres.model.Point;
import io.github.epres.model.Resolution;
import java.util.List;

/**
 * Renders a {@link Resolution} as Markdown for reading: a list of what its header holds (document
 * numbers, the sitting, the procedure, a motion's authors by group, a report's committee and
 * rapporteurs, an EUR-Lex copy's Official Journal, what a legislative resolution decides; see
 * {@link #render(Resolution)}), the title as a heading, the author line, then citations, recitals
 * and paragraphs with their labels in bold, sub-points as nested lists, headings between paragraphs
 * as second-level headings, amendments as two-column tables, then the footnotes and the annex. Not
 * lossless; {@link TextRenderer} is.
 */
public final class MarkdownRenderer {
  private MarkdownRenderer() {}

  /**
   * The document in Markdown. Where it has a header or a legislative outcome, it opens with a list
   * of them, one {@code - **Label:** value} item each (dates as ISO dates; a motion's authors as a
   * nested list, each group's name in bold and then its authors):
   *
   * <pre>
   * - **Document:** RC-B10-0249/2025
   * - **Procedure:** 2025/2691(RSP)
   * - **Joint motion:** JOINT MOTION FOR A RESOLUTION on …
   * - **Tabled:** 2025-05-06
   * - **Authors:**
   *   - **PPE:** Michael Gahler, …
   * </pre>
   */
  public static String render(Resolution resolution) {
    StringBuilder md = new StringBuilder();
    MarkdownHeader.render(resolution, md, MarkdownRenderer::escape);
    resolution.title().ifPresent(t -> md.append("# ").append(escape(t.text())).append("\n\n"));
    resolution.authorLine().ifPresent(a -> md.append("*").append(escape(a.text())).append("*\n\n"));
    section(md, resolution.citations(), false, resolution);
    section(md, resolution.recitals(), true, resolution);
    section(md, resolution.paragraphs(), true, resolution);
    for (Amendment amendment : resolution.amendments()) {
      amendment(md, amendment);
    }
    if (!resolution.footnotes().isEmpty()) {
      md.append("---\n\n");
      for (Footnote f : resolution.footnotes()) {
        md.append(escape(f.marker().strip())).append(' ').append(escape(f.text())).append("  \n");
      }
      md.append('\n');
    }
    if (resolution.annex().isPresent()) {
      Annex annex = resolution.annex().get();
      md.append("## ").append(escape(annex.heading())).append("\n\n");
      String[] lines = annex.text().split("\r\n|\r|\n");
      for (int i = 1; i < lines.length; i++) {
        // "1. Name" at the start of a line would open a Markdown list.
        String line = escape(lines[i].strip()).replaceFirst("^(\\d+)\\.", "$1\\\\.");
        md.append(line).append(i < lines.length - 1 ? "  \n" : "\n");
      }
    }
    for (Resolution part : resolution.bundled()) {
      md.append("\n---\n\n").append(render(part));
    }
    return md.toString();
  }

  private static void section(
      StringBuilder md, List<? extends Block> blocks, boolean labelled, Resolution resolution) {
    String heading = null;
    for (Block b : blocks) {
      if (b instanceof Paragraph p
          && p.heading().isPresent()
          && !p.heading().get().equals(heading)) {
        heading = p.heading().get();
        for (Heading h : resolution.headings()) {
          if (h.id().equals(heading)) {
            md.append("## ").append(escape(h.source().strip())).append("\n\n");
          }
        }
      }
      String marker = b.marker().replace('\u00A0', ' ').strip();
      md.append(labelled ? "**" + escape(marker) + "** " : "- ");
      if (b.points().isEmpty()) {
        md.append(escape(b.text().strip())).append("\n\n");
      } else {
        int textStart = b.span().offset() + b.marker().length();
        md.append(
                escape(
                    b.text().substring(0, b.points().get(0).span().offset() - textStart).strip()))
            .append("\n\n");
        points(md, b.points(), 0);
        md.append('\n');
      }
    }
  }

  /** The heading as written, what is amended in italics, the two columns as a table. */
  private static void amendment(StringBuilder md, Amendment amendment) {
    md.append("## ").append(escape(amendment.text().lines().findFirst().orElse("").strip()));
    md.append("\n\n");
    if (!amendment.target().isEmpty()) {
      md.append('*').append(escape(String.join(" – ", amendment.target()))).append("*\n\n");
    }
    if (!amendment.columns().isEmpty()) {
      row(md, amendment.columns().get(0), amendment.columns().get(1));
      md.append("| --- | --- |\n");
      for (AmendmentRow row : amendment.rows()) {
        row(md, row.original(), row.amended());
      }
      md.append('\n');
    }
    amendment.justification().ifPresent(j -> md.append(escape(j)).append("\n\n"));
  }

  private static void row(StringBuilder md, String left, String right) {
    md.append("| ").append(escape(left)).append(" | ").append(escape(right)).append(" |\n");
  }

  private static void points(StringBuilder md, List<Point> points, int depth) {
    for (Point p : points) {
      md.append("  ".repeat(depth))
          .append("- ")
          .append(escape(p.marker().replace('\u00A0', ' ').strip()))
          .append(' ')
          .append(escape(p.text().strip()))
          .append('\n');
      points(md, p.points(), depth + 1);
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
