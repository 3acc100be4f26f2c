package io.github.epres.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.epres.internal.EpresStyle;
import java.time.LocalDate;
import org.immutables.value.Value;

/**
 * A date written in a block's text, such as {@code 2019. gada 14. marta} or {@code 1er mars 2020},
 * with its ISO value. A range ({@code 26 and 27 November 2020}) reads as its first day.
 */
@Value.Immutable
@EpresStyle
@JsonSerialize(as = ImmutableDateRef.class)
@JsonDeserialize(as = ImmutableDateRef.class)
public interface DateRef {
  @Value.Parameter
  LocalDate date();

  /** The date as written. */
  @Value.Parameter
  String text();

  /** Where the date starts within the block's {@code text}. */
  @Value.Parameter
  int offset();

  static DateRef of(LocalDate date, String text, int offset) {
    return ImmutableDateRef.of(date, text, offset);
  }
}
