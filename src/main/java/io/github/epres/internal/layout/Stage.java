package io.github.epres.internal.layout;

/** How far a document has got: blocks come as citations, then recitals, then paragraphs. */
public enum Stage {
  PREAMBLE,
  CITATIONS,
  RECITALS,
  PARAGRAPHS
}
