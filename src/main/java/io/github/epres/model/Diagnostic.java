package io.github.epres.model;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.epres.internal.EpresStyle;
import org.immutables.value.Value;

/** Something the parser noticed about the input, with where it is. */
@Value.Immutable
@EpresStyle
@JsonSerialize(as = ImmutableDiagnostic.class)
@JsonDeserialize(as = ImmutableDiagnostic.class)
@JsonPropertyOrder({"severity", "code", "message", "span"})
public interface Diagnostic {
  @Value.Parameter
  DiagnosticCode code();

  @Value.Parameter
  String message();

  @Value.Parameter
  Span span();

  /** Always the severity of the {@link #code()}; kept in JSON for readers that filter by it. */
  @Value.Default
  default Severity severity() {
    return code().severity();
  }

  @Value.Check
  default void check() {
    if (severity() != code().severity()) {
      throw new IllegalArgumentException(
          code() + " is an " + code().severity() + ", not " + severity());
    }
  }

  static Diagnostic of(DiagnosticCode code, String message, Span span) {
    return ImmutableDiagnostic.of(code, message, span);
  }

  /** "line 14:1: message", the form used by {@code ResolutionParseException} and the CLI. */
  default String format() {
    return "line " + span().line() + ":" + span().column() + ": " + message();
  }
}
