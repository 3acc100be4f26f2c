package io.github.epres.votes;

import io.github.epres.internal.EpresStyle;
import org.immutables.value.Value;

/** How the Members of one political group voted in a roll call: the names counted by position. */
@Value.Immutable
@EpresStyle
public interface GroupCounts {
  /** The group's code as the list writes it: {@code PPE}, {@code S&D}, {@code The Left}. */
  @Value.Parameter
  String group();

  @Value.Parameter
  VoteCounts counts();

  static GroupCounts of(String group, VoteCounts counts) {
    return ImmutableGroupCounts.of(group, counts);
  }
}
