package io.github.epres.model;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.epres.internal.EpresStyle;
import org.immutables.value.Value;

/** A footnote's text, such as "(1) OJ C 23, 21.1.2021, p. 23.", linked by number to its markers. */
@Value.Immutable
@EpresStyle
@JsonSerialize(as = ImmutableFootnote.class)
@JsonDeserialize(as = ImmutableFootnote.class)
@JsonPropertyOrder({"number", "marker", "text", "span", "eol"})
public interface Footnote extends Node {
  int number();

  @Override
  String marker();

  static Builder builder() {
    return new Builder();
  }

  final class Builder extends ImmutableFootnote.Builder {}
}
