package io.github.epres.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.epres.internal.EpresStyle;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The header of a motion for a resolution: its heading, tabling date, procedure, the Rules it is
 * tabled under, the motions it replaces and its authors by political group.
 */
@Value.Immutable
@EpresStyle
@JsonSerialize(as = ImmutableMotion.class)
@JsonDeserialize(as = ImmutableMotion.class)
@JsonInclude(JsonInclude.Include.NON_ABSENT)
@JsonPropertyOrder({
  "kind",
  "heading",
  "subject",
  "date",
  "procedure",
  "rules",
  "replacedMotions",
  "authorGroups",
  "seeAlso"
})
public interface Motion {
  /** A motion by one group or a joint motion of several. */
  enum Kind {
    MOTION,
    JOINT_MOTION
  }

  Kind kind();

  /**
   * The heading line as written: "JOINT MOTION FOR A RESOLUTION on …"; empty where a copy lost it
   * and the header was read from its Rule line.
   */
  String heading();

  /** What the motion is about: "on the return of Ukrainian children …". */
  Optional<String> subject();

  /** The tabling date. */
  Optional<LocalDate> date();

  Optional<ProcedureReference> procedure();

  /**
   * The Rules of Procedure it is tabled under, one entry for each statement of them in the header,
   * numbered as a {@code RULES} reference's value is: "pursuant to Rule 132(2)" is {@code 132(2)},
   * "pursuant to Rules 150(5) and 136(4)" is {@code 150(5), 136(4)}.
   */
  List<String> rules();

  List<ReplacedMotion> replacedMotions();

  List<AuthorGroup> authorGroups();

  /** The joint motion named in a "See also joint motion …" line. */
  Optional<String> seeAlso();

  static Builder builder() {
    return new Builder();
  }

  final class Builder extends ImmutableMotion.Builder {}
}
