package io.github.epres.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.epres.internal.EpresStyle;
import org.immutables.value.Value;

/**
 * Where a node lies in the source: 1-based line and column of its first character, 0-based offset
 * and length in UTF-16 code units (Java {@code char}s) of the text after any byte-order mark.
 */
@Value.Immutable
@EpresStyle
@JsonSerialize(as = ImmutableSpan.class)
@JsonDeserialize(as = ImmutableSpan.class)
public interface Span {
  @Value.Parameter
  int line();

  @Value.Parameter
  int column();

  @Value.Parameter
  int offset();

  @Value.Parameter
  int length();

  /** The offset just past the last character. */
  default int end() {
    return offset() + length();
  }

  static Span of(int line, int column, int offset, int length) {
    return ImmutableSpan.of(line, column, offset, length);
  }

  @Value.Check
  default void check() {
    if (line() < 1 || column() < 1 || offset() < 0 || length() < 0) {
      throw new IllegalArgumentException("invalid span " + this);
    }
  }
}
