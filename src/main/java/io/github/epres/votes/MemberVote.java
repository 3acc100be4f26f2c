package io.github.epres.votes;

import io.github.epres.internal.EpresStyle;
import java.util.Locale;
import org.immutables.value.Value;

/** One Member's vote in a roll call: who, in which political group, and which way. */
@Value.Immutable
@EpresStyle
public interface MemberVote {
  /** A way to vote, named as the counts are ({@link VoteCounts}). */
  enum Position {
    FAVOR,
    AGAINST,
    ABSTENTION;

    /** As the JSON and the CSV write it: {@code favor}, {@code against}, {@code abstention}. */
    public String key() {
      return name().toLowerCase(Locale.ROOT);
    }
  }

  @Value.Parameter
  Member member();

  /** The group's code as the list writes it: {@code PPE}, {@code S&D}. */
  @Value.Parameter
  String group();

  @Value.Parameter
  Position position();

  static MemberVote of(Member member, String group, Position position) {
    return ImmutableMemberVote.of(member, group, position);
  }
}
