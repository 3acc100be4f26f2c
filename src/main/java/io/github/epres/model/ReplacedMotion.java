package io.github.epres.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.epres.internal.EpresStyle;
import java.util.Optional;
import org.immutables.value.Value;

/** A motion that a joint motion replaces, with the group that tabled it: "B9‑0144/2021 (PPE)". */
@Value.Immutable
@EpresStyle
@JsonSerialize(as = ImmutableReplacedMotion.class)
@JsonDeserialize(as = ImmutableReplacedMotion.class)
@JsonInclude(JsonInclude.Include.NON_ABSENT)
@JsonPropertyOrder({"number", "group"})
public interface ReplacedMotion {
  /** The document number, with non-breaking hyphens read as hyphens: {@code B10-0249/2025}. */
  @Value.Parameter
  String number();

  @Value.Parameter
  Optional<String> group();

  static ReplacedMotion of(String number, Optional<String> group) {
    return ImmutableReplacedMotion.of(number, group);
  }
}
