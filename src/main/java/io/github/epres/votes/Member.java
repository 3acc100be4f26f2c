package io.github.epres.votes;

import io.github.epres.internal.EpresStyle;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A Member of the European Parliament as a roll-call list names them: the surname (and first name
 * where two share it) and the EP's id.
 */
@Value.Immutable
@EpresStyle
public interface Member {
  /** As printed: "Alexandraki", "Bay Nicolas". */
  String name();

  /** The list's MepId. */
  Optional<String> id();

  static Builder builder() {
    return new Builder();
  }

  final class Builder extends ImmutableMember.Builder {}
}
