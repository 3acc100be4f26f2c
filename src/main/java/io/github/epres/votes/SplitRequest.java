package io.github.epres.votes;

import io.github.epres.internal.EpresStyle;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/** A group's request to vote a block in parts: "§ 1" in a first and a second part. */
@Value.Immutable
@EpresStyle
public interface SplitRequest {
  /** The requesting group, {@code The Left}, where given. */
  Optional<String> group();

  /** What is split: "§ 1", "Amendment 22". */
  String subject();

  List<SplitPart> parts();

  static Builder builder() {
    return new Builder();
  }

  final class Builder extends ImmutableSplitRequest.Builder {}
}
