package io.github.epres.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.epres.internal.EpresStyle;
import org.immutables.value.Value;

/** A citation: a dash item before the recitals, "– having regard to …". */
@Value.Immutable
@EpresStyle
@JsonSerialize(as = ImmutableCitation.class)
@JsonDeserialize(as = ImmutableCitation.class)
@JsonInclude(JsonInclude.Include.NON_ABSENT)
@JsonPropertyOrder({
  "id",
  "label",
  "voteLabel",
  "voteLabelEn",
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
public interface Citation extends Block {
  /** A citation of the given parts. */
  static Citation of(Block parts) {
    return ImmutableCitation.of(
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
        parts.eol());
  }

  static Builder builder() {
    return new Builder();
  }

  final class Builder extends ImmutableCitation.Builder {}
}
