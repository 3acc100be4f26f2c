package io.github.epres.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.epres.internal.EpresStyle;
import org.immutables.value.Value;

/** An annex after the last paragraph: its heading line ("ANNEX") and everything after it. */
@Value.Immutable
@EpresStyle
@JsonSerialize(as = ImmutableAnnex.class)
@JsonDeserialize(as = ImmutableAnnex.class)
@JsonInclude(JsonInclude.Include.NON_ABSENT)
@JsonPropertyOrder({"heading", "text", "span", "eol"})
public interface Annex extends Node {
  /** The annex's heading line as written. */
  String heading();

  static Builder builder() {
    return new Builder();
  }

  final class Builder extends ImmutableAnnex.Builder {}
}
