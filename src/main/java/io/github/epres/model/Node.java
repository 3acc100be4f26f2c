package io.github.epres.model;

/**
 * A piece of the source document. Every character of the input belongs to exactly one node: its
 * {@link #span()} runs from the node's first character through its line terminator, and {@link
 * #marker()}, {@link #text()} and {@link #eol()} together are that source text, unchanged.
 */
public interface Node {
  /**
   * The label or dash before the text, with the white space after it; empty for unlabelled lines.
   */
  default String marker() {
    return "";
  }

  /** The text exactly as in the source, without marker and line terminator. */
  String text();

  /**
   * The line terminator ({@code "\n"}, {@code "\r\n"} or {@code "\r"}), empty at the end of input.
   */
  String eol();

  Span span();

  /** The node's source text: marker, text and line terminator. */
  default String source() {
    return marker() + text() + eol();
  }
}
