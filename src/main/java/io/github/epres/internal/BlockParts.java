package io.github.epres.internal;

import io.github.epres.model.Block;
import io.github.epres.model.DateRef;
import io.github.epres.model.FootnoteRef;
import io.github.epres.model.Span;
import java.util.List;
import java.util.Optional;

/** What citations, recitals and paragraphs have in common, gathered once for their builders. */
record BlockParts(
    String id,
    Optional<String> label,
    int number,
    String marker,
    Optional<String> opener,
    String text,
    List<FootnoteRef> footnoteRefs,
    List<DateRef> dates,
    Span span,
    String eol)
    implements Block {}
