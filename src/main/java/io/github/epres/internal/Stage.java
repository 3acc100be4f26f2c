package io.github.epres.internal;

/** How far a document has got: blocks come as citations, then recitals, then paragraphs. */
enum Stage {
  PREAMBLE,
  CITATIONS,
  RECITALS,
  PARAGRAPHS
}
