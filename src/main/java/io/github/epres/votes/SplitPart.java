package io.github.epres.votes;

import io.github.epres.internal.EpresStyle;
import org.immutables.value.Value;

/** A part of a split vote as the request gives it: "First part" and its text. */
@Value.Immutable
@EpresStyle
public interface SplitPart {
  /** "First part", "Second part", as written. */
  String section();

  /**
   * The text: a quotation of the block ("‘Strongly condemns …;’"), "Text as a whole without the
   * words: ‘…’", or "those words".
   */
  String text();

  static Builder builder() {
    return new Builder();
  }

  final class Builder extends ImmutableSplitPart.Builder {}
}
