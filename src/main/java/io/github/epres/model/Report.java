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
 * The header of a committee report (an A document), whose motion for a resolution or proposal for a
 * decision is the document parsed: "REPORT on …", "12.3.2021 - (2020/2201(INI))", the committee,
 * "Rapporteur: …". The report's number is the header's {@link Header#documentNumber()}; where the
 * header prints none, it is read from the citation of the committee's report.
 */
@Value.Immutable
@EpresStyle
@JsonSerialize(as = ImmutableReport.class)
@JsonDeserialize(as = ImmutableReport.class)
@JsonInclude(JsonInclude.Include.NON_ABSENT)
@JsonPropertyOrder({"heading", "subject", "date", "procedure", "committee", "rapporteurs"})
public interface Report {
  /** The heading line as written: "REPORT on the EU's public health strategy post-COVID-19". */
  String heading();

  Optional<String> subject();

  Optional<LocalDate> date();

  Optional<ProcedureReference> procedure();

  /** The committee responsible: "Committee on the Environment, Public Health and Food Safety". */
  Optional<String> committee();

  List<String> rapporteurs();

  static Builder builder() {
    return new Builder();
  }

  final class Builder extends ImmutableReport.Builder {}
}
