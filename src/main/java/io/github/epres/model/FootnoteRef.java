package io.github.epres.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.epres.internal.EpresStyle;
import org.immutables.value.Value;

/** A footnote marker inside a block's text, such as the {@code (1)} of {@code Kazahstānā(1)}. */
@Value.Immutable
@EpresStyle
@JsonSerialize(as = ImmutableFootnoteRef.class)
@JsonDeserialize(as = ImmutableFootnoteRef.class)
public interface FootnoteRef {
  /** The footnote's number. */
  @Value.Parameter
  int number();

  /** The marker as written, e.g. {@code (1)}. */
  @Value.Parameter
  String marker();

  /** Where the marker starts within the block's {@code text}. */
  @Value.Parameter
  int offset();

  static FootnoteRef of(int number, String marker, int offset) {
    return ImmutableFootnoteRef.of(number, marker, offset);
  }
}
