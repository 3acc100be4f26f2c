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
 * What stands before the title: the page furniture of EP web pages and copies of them (document
 * numbers, the sitting's date and place, the edition), a motion's header, and the notice of an
 * EUR-Lex copy (its CELEX number and where the Official Journal published it). The lines themselves
 * are kept as {@link OtherLine.Kind#HEADER} lines.
 */
@Value.Immutable
@EpresStyle
@JsonSerialize(as = ImmutableHeader.class)
@JsonDeserialize(as = ImmutableHeader.class)
@JsonInclude(JsonInclude.Include.NON_ABSENT)
@JsonPropertyOrder({
  "documentNumber",
  "documentNumbers",
  "date",
  "place",
  "edition",
  "procedure",
  "motion",
  "report",
  "celex",
  "officialJournal",
  "span"
})
public interface Header {
  /**
   * The document's own number: the first EP document number in the header; for a report page whose
   * header prints no A number, the report's number as its motion or draft resolution cites the
   * committee's report, "(A9‑0175/2020)".
   */
  Optional<String> documentNumber();

  /**
   * Every EP document number in the header, in order, with non-breaking hyphens read as hyphens:
   * {@code P9_TA(2021)0056}, {@code RC-B9-0144/2021}.
   */
  List<String> documentNumbers();

  /** The sitting's date, from a day line such as "Thursday, 11 February 2021 - Brussels". */
  Optional<LocalDate> date();

  Optional<String> place();

  /** An edition label such as "Provisional edition". */
  Optional<String> edition();

  Optional<ProcedureReference> procedure();

  Optional<Motion> motion();

  /** A committee report's header, where the text is a report page. */
  Optional<Report> report();

  /** The CELEX number of an EUR-Lex copy: {@code 52016IP0437}. */
  Optional<String> celex();

  /** Where an EUR-Lex copy was published. */
  Optional<OfficialJournal> officialJournal();

  /** From the first header line through the last. */
  Span span();

  static Builder builder() {
    return new Builder();
  }

  final class Builder extends ImmutableHeader.Builder {}
}
