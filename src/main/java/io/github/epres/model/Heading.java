package io.github.epres.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.epres.internal.EpresStyle;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A heading between groups of paragraphs; the paragraphs below it name it in {@link
 * Paragraph#heading()}.
 */
@Value.Immutable
@EpresStyle
@JsonSerialize(as = ImmutableHeading.class)
@JsonDeserialize(as = ImmutableHeading.class)
@JsonInclude(JsonInclude.Include.NON_ABSENT)
@JsonPropertyOrder({"id", "label", "marker", "text", "span", "eol"})
public interface Heading extends Node {
  /** {@code hdg_1}, {@code hdg_2} … in document order. */
  String id();

  /** A label such as {@code I} in "I. General remarks", where there is one. */
  Optional<String> label();

  @Override
  String marker();

  static Builder builder() {
    return new Builder();
  }

  final class Builder extends ImmutableHeading.Builder {}
}
