package io.github.epres.model;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.epres.internal.EpresStyle;
import org.immutables.value.Value;

/**
 * One row of an amendment's two columns: the text amended ("Text proposed by the Commission") and
 * the amendment's text beside it, each as written; a cell left empty (a new recital, a deletion) is
 * an empty string.
 */
@Value.Immutable
@EpresStyle
@JsonSerialize(as = ImmutableAmendmentRow.class)
@JsonDeserialize(as = ImmutableAmendmentRow.class)
@JsonPropertyOrder({"original", "amended"})
public interface AmendmentRow {
  @Value.Parameter
  String original();

  @Value.Parameter
  String amended();

  static AmendmentRow of(String original, String amended) {
    return ImmutableAmendmentRow.of(original, amended);
  }
}
