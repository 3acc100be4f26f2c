package io.github.epres.internal.layout;

import io.github.epres.internal.lines.SourceLine;
import io.github.epres.internal.util.Diagnostics;
import java.util.ArrayList;
import java.util.List;

/** A block being read: its first line, the lines that continue it and its sub-points. */
public final class BlockDraft {
  final BlockKind kind;
  final String id;
  final String label;
  final int number;
  final String opener;
  final List<SourceLine> lines = new ArrayList<>(1);
  private final int maxNesting;
  private final Diagnostics diagnostics;
  PointTree points;

  public BlockDraft(
      BlockKind kind,
      String id,
      String label,
      int number,
      String opener,
      SourceLine first,
      int maxNesting,
      Diagnostics diagnostics) {
    this.kind = kind;
    this.id = id;
    this.label = label;
    this.number = number;
    this.opener = opener;
    this.maxNesting = maxNesting;
    this.diagnostics = diagnostics;
    lines.add(first);
  }

  /** A line that continues the block, or its last point. */
  public void add(SourceLine line) {
    lines.add(line);
    if (points != null) {
      points.add(line);
    }
  }

  /** A line that starts a sub-point. */
  public void point(SourceLine line) {
    lines.add(line);
    if (points == null) {
      points = new PointTree(id, maxNesting, diagnostics);
    }
    points.start(line);
  }

  public SourceLine last() {
    return lines.get(lines.size() - 1);
  }
}
