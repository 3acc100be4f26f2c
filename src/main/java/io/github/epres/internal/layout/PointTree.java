package io.github.epres.internal.layout;

import io.github.epres.internal.antlr.LayoutLexer;
import io.github.epres.internal.lines.SourceLine;
import io.github.epres.internal.util.Diagnostics;
import io.github.epres.lang.LanguageProfile;
import io.github.epres.model.DiagnosticCode;
import io.github.epres.model.Point;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Nests the sub-point lines of one block. The first marker style met opens level 1, a new style
 * opens a level below the point before it, and a style already open closes the levels below it — so
 * "(a) … (i) … (ii) … (b)" gives a and b on level 1 with i and ii inside a. A point's text runs
 * from its marker to the next point; ids follow Akoma Ntoso: {@code para_3__point_a__point_i},
 * {@code rec_B__indent_2}.
 */
public final class PointTree {
  /** How a point's marker is written; each style is one level of nesting. */
  private enum Style {
    PAREN_LETTER,
    LETTER,
    PAREN_ROMAN,
    ROMAN,
    DASH
  }

  /** A point being built, with the lines it holds and the points nested in it. */
  private static final class Draft {
    final String id;
    final Style style;
    final SourceLine first;
    final List<SourceLine> lines = new ArrayList<>(1);
    final List<Draft> children = new ArrayList<>();

    /** A dash indent's number among the indents of its parent; 0 for other points. */
    final int indent;

    /** How many dash indents this point holds so far. */
    int dashes;

    Draft(String id, Style style, SourceLine first, int indent) {
      this.id = id;
      this.style = style;
      this.first = first;
      this.indent = indent;
      lines.add(first);
    }
  }

  /** An open level: its style and the points on it so far. */
  private record Level(Style style, Draft parent, List<Draft> points) {}

  private final String blockId;
  private final int maxNesting;
  private final Diagnostics diagnostics;
  private final List<Draft> top = new ArrayList<>();
  private final List<Level> levels = new ArrayList<>();
  private final java.util.Set<String> ids = new java.util.HashSet<>();
  private Draft current;
  private int topDashes;

  public PointTree(String blockId, int maxNesting, Diagnostics diagnostics) {
    this.blockId = blockId;
    this.maxNesting = maxNesting;
    this.diagnostics = diagnostics;
  }

  /** Adds a line that starts a point (a point item, or a dash item inside a block). */
  public void start(SourceLine line) {
    Style style = style(line);
    int open = levelOf(style);
    if (open >= 0) {
      levels.subList(open + 1, levels.size()).clear();
    } else if (levels.size() >= maxNesting) {
      diagnostics.report(
          DiagnosticCode.LIMIT_EXCEEDED,
          "sub-points nested deeper than the limit of " + maxNesting + " (maxNesting)",
          line.spanAt(line.labelColumn(), line.label().length()));
      levels.subList(maxNesting, levels.size()).clear();
    } else {
      Draft parent = levels.isEmpty() ? null : last(levels.get(levels.size() - 1).points());
      levels.add(new Level(style, parent, new ArrayList<>()));
    }
    Level level = levels.get(levels.size() - 1);
    String parentId = level.parent() == null ? blockId : level.parent().id;
    String id;
    int indent = 0;
    if (style == Style.DASH) {
      indent = level.parent() == null ? ++topDashes : ++level.parent().dashes;
      id = parentId + "__indent_" + indent;
    } else {
      id = parentId + "__point_" + line.label();
    }
    // A label repeated under one parent gets _2, _3 … as repeated block labels do.
    String unique = id;
    for (int n = 2; !ids.add(unique); n++) {
      unique = id + "_" + n;
    }
    current = new Draft(unique, style, line, indent);
    level.points().add(current);
    (level.parent() == null ? top : level.parent().children).add(current);
  }

  /** Adds a line that continues the point above it. */
  public void add(SourceLine line) {
    current.lines.add(line);
  }

  public boolean isEmpty() {
    return top.isEmpty();
  }

  /**
   * The points, with voting-list labels after their block's: "§ 3, point a", "§ 3, point a, point
   * i"; a dash indent is "…, indent 2".
   */
  public List<Point> build(String voteLabel, String voteLabelEn, LanguageProfile profile) {
    return build(top, voteLabel, voteLabelEn, profile);
  }

  private static List<Point> build(
      List<Draft> drafts, String parentLabel, String parentLabelEn, LanguageProfile profile) {
    List<Point> points = new ArrayList<>(drafts.size());
    for (Draft draft : drafts) {
      SourceLine first = draft.first;
      SourceLine last = draft.lines.get(draft.lines.size() - 1);
      boolean dash = draft.style == Style.DASH;
      String labelEn;
      String label;
      if (dash) {
        labelEn = parentLabelEn + ", indent " + draft.indent;
        label = parentLabel + ", – " + draft.indent;
      } else {
        labelEn =
            pointLabel(LanguageProfile.ENGLISH_VOTE_LABELS.get("point"), parentLabelEn, first);
        label =
            profile == null
                ? pointLabel(LanguageProfile.ENGLISH_VOTE_LABELS.get("point"), parentLabel, first)
                : profile.voteLabel("point", first.label()).replace("{parent}", parentLabel);
      }
      points.add(
          Point.builder()
              .id(draft.id)
              .label(dash ? Optional.empty() : Optional.of(first.label()))
              .voteLabel(label)
              .voteLabelEn(labelEn)
              .marker(first.marker())
              .text(SourceLine.join(draft.lines))
              .span(SourceLine.spanOf(draft.lines))
              .eol(last.eol())
              .points(build(draft.children, label, labelEn, profile))
              .build());
    }
    return points;
  }

  private static String pointLabel(String pattern, String parent, SourceLine line) {
    return pattern.replace("{parent}", parent).replace("{n}", line.label());
  }

  private int levelOf(Style style) {
    for (int i = levels.size() - 1; i >= 0; i--) {
      if (levels.get(i).style() == style) {
        return i;
      }
    }
    return -1;
  }

  /**
   * The style of a point's marker. "(i)" is a Roman numeral unless it continues a letter sequence
   * ("(h)" then "(i)").
   */
  private Style style(SourceLine line) {
    if (line.type() == LayoutLexer.DASH_ITEM) {
      return Style.DASH;
    }
    String marker = line.marker().strip();
    boolean paren = marker.startsWith("(");
    Style letter = paren ? Style.PAREN_LETTER : Style.LETTER;
    String label = line.label();
    if (!isRoman(label)) {
      return letter;
    }
    int open = levelOf(letter);
    if (open >= 0) {
      Draft previous = last(levels.get(open).points());
      String before = previous == null ? "" : previous.first.label();
      if (before.length() == 1 && label.length() == 1 && label.charAt(0) == before.charAt(0) + 1) {
        return letter;
      }
    } else if (!label.equals("i")) {
      // A lone "(v)" or "(x)" starting a list is a letter; Roman lists start at "i".
      return levelOf(paren ? Style.PAREN_ROMAN : Style.ROMAN) >= 0
          ? (paren ? Style.PAREN_ROMAN : Style.ROMAN)
          : letter;
    }
    return paren ? Style.PAREN_ROMAN : Style.ROMAN;
  }

  private static boolean isRoman(String label) {
    for (int i = 0; i < label.length(); i++) {
      if ("ivxlcdm".indexOf(label.charAt(i)) < 0) {
        return false;
      }
    }
    return !label.isEmpty();
  }

  private static Draft last(List<Draft> drafts) {
    return drafts.isEmpty() ? null : drafts.get(drafts.size() - 1);
  }
}
