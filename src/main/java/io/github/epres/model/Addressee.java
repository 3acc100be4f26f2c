package io.github.epres.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.epres.internal.EpresStyle;
import org.immutables.value.Value;

/** Whom a clause addresses, named right after its verb: "calls on the Commission". */
@Value.Immutable
@EpresStyle
@JsonSerialize(as = ImmutableAddressee.class)
@JsonDeserialize(as = ImmutableAddressee.class)
@JsonInclude(JsonInclude.Include.NON_ABSENT)
@JsonPropertyOrder({"text", "kind"})
public interface Addressee {
  /** Who is addressed, normalised where the noun phrase names a known institution. */
  enum Kind {
    COMMISSION,
    COUNCIL,
    VP_HR,
    MEMBER_STATES,
    EEAS,
    EU_DELEGATION,
    GOVERNMENT,
    AUTHORITIES,
    OTHER
  }

  /** The noun phrase as written. */
  @Value.Parameter
  String text();

  @Value.Parameter
  Kind kind();

  static Addressee of(String text, Kind kind) {
    return ImmutableAddressee.of(text, kind);
  }
}
