package io.github.epres.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.epres.internal.EpresStyle;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The authors of a motion who signed on behalf of one political group; the group is absent for
 * names listed without an "on behalf of" line.
 */
@Value.Immutable
@EpresStyle
@JsonSerialize(as = ImmutableAuthorGroup.class)
@JsonDeserialize(as = ImmutableAuthorGroup.class)
@JsonInclude(JsonInclude.Include.NON_ABSENT)
@JsonPropertyOrder({"group", "authors"})
public interface AuthorGroup {
  @Value.Parameter
  Optional<String> group();

  @Value.Parameter
  List<String> authors();

  static AuthorGroup of(Optional<String> group, List<String> authors) {
    return ImmutableAuthorGroup.of(group, authors);
  }
}
