package io.github.epres.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.epres.internal.EpresStyle;
import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * Where an EUR-Lex copy of a resolution was published in the Official Journal, from its notice and
 * page lines: "OJ C 224, 27.6.2018, p. 36–44", "27.6.2018 | EN | Official Journal of the European
 * Union | C 224/36 |", "(2018/C 224/05)"; since 2023, "OJ C, C/2024/4153, 4.7.2024".
 */
@Value.Immutable
@EpresStyle
@JsonSerialize(as = ImmutableOfficialJournal.class)
@JsonDeserialize(as = ImmutableOfficialJournal.class)
@JsonInclude(JsonInclude.Include.NON_ABSENT)
@JsonPropertyOrder({"series", "issue", "date", "page", "number", "language"})
public interface OfficialJournal {
  /** {@code C} (information and notices) or {@code L} (legislation). */
  String series();

  /** The issue, {@code 224}, {@code 285E}; since 2023 the act's own number, {@code C/2024/4153}. */
  Optional<String> issue();

  Optional<LocalDate> date();

  /** The first page, {@code 36}. */
  Optional<String> page();

  /** The act's number in the issue: {@code 2018/C 224/05}. */
  Optional<String> number();

  /** The language of the copy, as the page header gives it: {@code EN}. */
  Optional<String> language();

  static Builder builder() {
    return new Builder();
  }

  final class Builder extends ImmutableOfficialJournal.Builder {}
}
