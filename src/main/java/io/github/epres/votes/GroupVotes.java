package io.github.epres.votes;

import io.github.epres.internal.EpresStyle;
import java.util.List;
import org.immutables.value.Value;

/** The Members of one political group who voted one way. */
@Value.Immutable
@EpresStyle
public interface GroupVotes {
  /** The group's code: {@code PPE}, {@code S&D}, {@code NI}. */
  String group();

  List<Member> members();

  static Builder builder() {
    return new Builder();
  }

  final class Builder extends ImmutableGroupVotes.Builder {}
}
