package io.github.epres.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.epres.internal.EpresStyle;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One operative clause of a paragraph ("calls on …", "condemns …") or one "whereas" clause of a
 * recital, from where its verb phrase starts to where the next clause starts.
 */
@Value.Immutable
@EpresStyle
@JsonSerialize(as = ImmutableClause.class)
@JsonDeserialize(as = ImmutableClause.class)
@JsonInclude(JsonInclude.Include.NON_ABSENT)
@JsonPropertyOrder({"action", "phrase", "offset", "length", "addressee"})
public interface Clause {
  Action action();

  /** The verb phrase as written: {@code atzinīgi vērtē}, {@code Calls on}. */
  String phrase();

  /** Where the clause starts within the block's {@code text}. */
  int offset();

  /** The clause's length in the block's {@code text}. */
  int length();

  Optional<Addressee> addressee();

  static Builder builder() {
    return new Builder();
  }

  final class Builder extends ImmutableClause.Builder {}
}
