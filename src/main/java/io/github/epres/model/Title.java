package io.github.epres.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.epres.internal.EpresStyle;
import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The title line, e.g. "European Parliament resolution of 11 February 2021 on … (2021/2544(RSP))",
 * with what could be read from it by the language profile.
 */
@Value.Immutable
@EpresStyle
@JsonSerialize(as = ImmutableTitle.class)
@JsonDeserialize(as = ImmutableTitle.class)
@JsonInclude(JsonInclude.Include.NON_ABSENT)
@JsonPropertyOrder({"text", "kind", "date", "subject", "procedure", "span", "eol"})
public interface Title extends Node {
  /** Resolution, legislative resolution or decision, from the title's wording. */
  Optional<DocumentKind> kind();

  /** The date of adoption named in the title. */
  Optional<LocalDate> date();

  /** What the resolution is about, as written: "on the human rights situation in Kazakhstan". */
  Optional<String> subject();

  Optional<ProcedureReference> procedure();

  static Builder builder() {
    return new Builder();
  }

  final class Builder extends ImmutableTitle.Builder {}
}
