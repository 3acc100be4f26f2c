package io.github.epres.internal.layout;

import io.github.epres.model.Block;
import io.github.epres.model.Clause;
import io.github.epres.model.DateRef;
import io.github.epres.model.FootnoteRef;
import io.github.epres.model.Point;
import io.github.epres.model.Reference;
import io.github.epres.model.Span;
import java.util.List;
import java.util.Optional;

/**
 * What citations, recitals and paragraphs have in common, gathered once for their nodes, with the
 * kind of block and the id of the heading above it (or null).
 */
public record BlockParts(
    BlockKind kind,
    String heading,
    String id,
    Optional<String> label,
    int number,
    String marker,
    Optional<String> opener,
    String text,
    List<FootnoteRef> footnoteRefs,
    List<DateRef> dates,
    List<Point> points,
    List<Clause> clauses,
    List<Reference> references,
    String voteLabel,
    String voteLabelEn,
    Span span,
    String eol)
    implements Block {

  BlockParts withFootnoteRefs(List<FootnoteRef> refs) {
    return new BlockParts(
        kind,
        heading,
        id,
        label,
        number,
        marker,
        opener,
        text,
        refs,
        dates,
        points,
        clauses,
        references,
        voteLabel,
        voteLabelEn,
        span,
        eol);
  }
}
