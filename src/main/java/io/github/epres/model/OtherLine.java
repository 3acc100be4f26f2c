package io.github.epres.model;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.epres.internal.EpresStyle;
import org.immutables.value.Value;

/**
 * A line that is neither title, author line nor block: a blank line, or text the parser did not
 * understand (which also gets a diagnostic). Kept so that no character of the input is lost.
 */
@Value.Immutable
@EpresStyle
@JsonSerialize(as = ImmutableOtherLine.class)
@JsonDeserialize(as = ImmutableOtherLine.class)
@JsonPropertyOrder({"kind", "text", "span", "eol"})
public interface OtherLine extends Node {
  enum Kind {
    /** Nothing but white space. */
    BLANK,
    /** Text that fits no block kind. */
    TEXT,
    /** Page furniture or a motion's header before the title, read into {@link Header}. */
    HEADER,
    /** A procedure line between title and author line: "(Consultation)", "***I". */
    PROCEDURE,
    /** The "o o o" line before the final paragraphs. */
    SEPARATOR,
    /**
     * Page furniture after the final paragraph and the footnotes: "Last updated: …", "Legal notice
     * - Privacy policy".
     */
    FOOTER,
    /**
     * A part of a committee report page that is not the resolution, from its heading on: the
     * explanatory statement, opinions, the committee's vote.
     */
    REPORT
  }

  @Value.Parameter
  Kind kind();

  @Value.Parameter
  @Override
  String text();

  @Value.Parameter
  @Override
  Span span();

  @Value.Parameter
  @Override
  String eol();

  static OtherLine of(Kind kind, String text, Span span, String eol) {
    return ImmutableOtherLine.of(kind, text, span, eol);
  }
}
