package io.github.epres.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.epres.internal.EpresStyle;
import java.util.Optional;
import org.immutables.value.Value;

/** An operative paragraph: a numbered item, "1. Calls on …". */
@Value.Immutable
@EpresStyle
@JsonSerialize(as = ImmutableParagraph.class)
@JsonDeserialize(as = ImmutableParagraph.class)
@JsonInclude(JsonInclude.Include.NON_ABSENT)
@JsonPropertyOrder({
  "id",
  "label",
  "voteLabel",
  "voteLabelEn",
  "heading",
  "number",
  "marker",
  "opener",
  "text",
  "footnoteRefs",
  "dates",
  "points",
  "clauses",
  "references",
  "span",
  "eol"
})
public interface Paragraph extends Block {
  /** The id of the heading above the paragraph, where the text has headings. */
  @Value.Parameter(order = 15)
  Optional<String> heading();

  /** A paragraph of the given parts, under the heading with that id. */
  static Paragraph of(Block parts, Optional<String> heading) {
    return ImmutableParagraph.of(
        parts.id(),
        parts.label(),
        parts.number(),
        parts.marker(),
        parts.opener(),
        parts.text(),
        parts.footnoteRefs(),
        parts.dates(),
        parts.points(),
        parts.clauses(),
        parts.references(),
        parts.voteLabel(),
        parts.voteLabelEn(),
        parts.span(),
        parts.eol(),
        heading);
  }

  static Builder builder() {
    return new Builder();
  }

  final class Builder extends ImmutableParagraph.Builder {}
}
