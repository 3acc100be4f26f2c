package io.github.epres.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.epres.internal.EpresStyle;
import org.immutables.value.Value;

/** A recital: a lettered item, "A. whereas …". */
@Value.Immutable
@EpresStyle
@JsonSerialize(as = ImmutableRecital.class)
@JsonDeserialize(as = ImmutableRecital.class)
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
public interface Recital extends Block {
  /** A recital of the given parts. */
  static Recital of(Block parts) {
    return ImmutableRecital.of(
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

  final class Builder extends ImmutableRecital.Builder {}
}
