package io.github.epres.votes;

import io.github.epres.internal.EpresStyle;
import org.immutables.value.Value;

/**
 * Characters of a block's text: from {@code offset} (0-based, UTF-16 units), {@code length} long.
 */
@Value.Immutable
@EpresStyle
public interface TextRange {
  int offset();

  int length();

  static TextRange of(int offset, int length) {
    return builder().offset(offset).length(length).build();
  }

  static Builder builder() {
    return new Builder();
  }

  final class Builder extends ImmutableTextRange.Builder {}
}
