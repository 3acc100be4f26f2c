package io.github.epres.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.epres.internal.EpresStyle;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.immutables.value.Value;

/**
 * An amendment after a legislative resolution or in a committee report: its heading ("Amendment
 * 1"), what it amends ("Proposal for a regulation", "Recital 3"), the headings of its two columns
 * ("Text proposed by the Commission", "Amendment"), the rows of the two texts side by side and the
 * justification. Its {@link #text()} is every line of it as in the source.
 */
@Value.Immutable
@EpresStyle
@JsonSerialize(as = ImmutableAmendment.class)
@JsonDeserialize(as = ImmutableAmendment.class)
@JsonInclude(JsonInclude.Include.NON_ABSENT)
@JsonPropertyOrder({
  "id",
  "number",
  "target",
  "columns",
  "rows",
  "justification",
  "text",
  "span",
  "eol"
})
public interface Amendment extends Node {
  /** {@code am_1}, {@code am_2} … in document order. */
  String id();

  /** The number as its heading gives it: {@code 1}, {@code 12a}. */
  String number();

  /**
   * What the amendment amends, one line each: "Proposal for a regulation", "Article 2 – point a".
   */
  List<String> target();

  /** The two column headings, or none when the text had no columns to read. */
  List<String> columns();

  /** The rows of the two columns; empty when they could not be told apart (see diagnostics). */
  List<AmendmentRow> rows();

  Optional<String> justification();

  /** The text amended, its rows' non-empty cells joined by line breaks. */
  default String original() {
    return rows().stream()
        .map(AmendmentRow::original)
        .filter(s -> !s.isEmpty())
        .collect(Collectors.joining("\n"));
  }

  /** The amendment's text, its rows' non-empty cells joined by line breaks. */
  default String amended() {
    return rows().stream()
        .map(AmendmentRow::amended)
        .filter(s -> !s.isEmpty())
        .collect(Collectors.joining("\n"));
  }

  static Builder builder() {
    return new Builder();
  }

  final class Builder extends ImmutableAmendment.Builder {}
}
