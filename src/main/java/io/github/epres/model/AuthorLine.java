package io.github.epres.model;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.epres.internal.EpresStyle;
import org.immutables.value.Value;

/** The line naming the author before the citations: "The European Parliament,". */
@Value.Immutable
@EpresStyle
@JsonSerialize(as = ImmutableAuthorLine.class)
@JsonDeserialize(as = ImmutableAuthorLine.class)
@JsonPropertyOrder({"text", "span", "eol"})
public interface AuthorLine extends Node {
  @Value.Parameter
  @Override
  String text();

  @Value.Parameter
  @Override
  Span span();

  @Value.Parameter
  @Override
  String eol();

  static AuthorLine of(String text, Span span, String eol) {
    return ImmutableAuthorLine.of(text, span, eol);
  }
}
