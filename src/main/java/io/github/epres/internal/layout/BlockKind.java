package io.github.epres.internal.layout;

import java.util.Locale;

/** The three kinds of block, in the order a resolution has them. */
public enum BlockKind {
  CITATION,
  RECITAL,
  PARAGRAPH;

  private final String word = name().toLowerCase(Locale.ROOT);

  /** "citation", "recital", "paragraph": in messages and vote-label keys. */
  String word() {
    return word;
  }

  /** "citations", "recitals", "paragraphs": the part of the document. */
  String part() {
    return word + "s";
  }
}
