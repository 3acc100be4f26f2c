package io.github.epres.internal.layout;

/** The three kinds of block, in the order a resolution has them. */
public enum BlockKind {
  CITATION,
  RECITAL,
  PARAGRAPH;

  /** "citation", "recital", "paragraph": in messages and vote-label keys. */
  String word() {
    return name().toLowerCase(java.util.Locale.ROOT);
  }

  /** "citations", "recitals", "paragraphs": the part of the document. */
  String part() {
    return word() + "s";
  }
}
