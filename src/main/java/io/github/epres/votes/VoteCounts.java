package io.github.epres.votes;

import io.github.epres.internal.EpresStyle;
import org.immutables.value.Value;

/**
 * How many Members voted for, against and abstained: the list's {@code numberFavor}, {@code
 * numberAgainst} and {@code numberAbstention} (its {@code votersCount}, their sum in every real
 * list, is {@link #voters()}). The JSON and the CSV use the same three names.
 */
@Value.Immutable
@EpresStyle
public interface VoteCounts {
  @Value.Parameter
  int favor();

  @Value.Parameter
  int against();

  @Value.Parameter
  int abstention();

  /** Everyone who voted: the sum of the three. */
  default int voters() {
    return favor() + against() + abstention();
  }

  static VoteCounts of(int favor, int against, int abstention) {
    return ImmutableVoteCounts.of(favor, against, abstention);
  }
}
