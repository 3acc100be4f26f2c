package io.github.epres.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.epres.internal.EpresStyle;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A reference written in a block's text, typed: a procedure, an EP or Commission document, an
 * Official Journal page, a Rule of Procedure or an earlier resolution cited by date.
 */
@Value.Immutable
@EpresStyle
@JsonSerialize(as = ImmutableReference.class)
@JsonDeserialize(as = ImmutableReference.class)
@JsonInclude(JsonInclude.Include.NON_ABSENT)
@JsonPropertyOrder({"kind", "text", "offset", "value", "date", "fields"})
public interface Reference {
  enum Kind {
    /** {@code 2021/2544(RSP)}. */
    PROCEDURE,
    /**
     * {@code P9_TA(2021)0056}, {@code TA-9-2021-0056}, {@code B9-0144/2021}, {@code A9-0163/2024}.
     */
    EP_DOCUMENT,
    /** {@code COM(2020) 123 final}, {@code JOIN(2019) 9}, {@code SWD(2021) 7}. */
    COMMISSION_DOCUMENT,
    /** {@code OJ C 23, 21.1.2021, p. 23}. */
    OFFICIAL_JOURNAL,
    /** {@code Rules 144(5) and 132(4)}. */
    RULES,
    /** "its resolution of 14 March 2019 on …". */
    RESOLUTION
  }

  Kind kind();

  /** The reference as written. */
  String text();

  /** Where it starts within the block's {@code text}. */
  int offset();

  /**
   * The normalised value: {@code 2021/2544(RSP)}, {@code P9_TA(2021)0056}, {@code COM(2020)123},
   * {@code OJ C 23 2021-01-21 p. 23}, {@code 144(5)}, or the resolution's date.
   */
  String value();

  /** The date a reference carries (an OJ issue, an earlier resolution). */
  Optional<LocalDate> date();

  /**
   * The parts of the value by name: {@code type}, {@code year}, {@code number} for procedures and
   * documents, {@code series}, {@code issue}, {@code page} for the OJ, {@code topic} for
   * resolutions, {@code rules} for Rules.
   */
  Map<String, String> fields();

  static Builder builder() {
    return new Builder();
  }

  final class Builder extends ImmutableReference.Builder {}
}
