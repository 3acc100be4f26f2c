package io.github.epres.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.epres.internal.EpresStyle;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.immutables.value.Value;

/** A European Parliament procedure reference such as {@code 2021/2544(RSP)}. */
@Value.Immutable
@EpresStyle
@JsonSerialize(as = ImmutableProcedureReference.class)
@JsonDeserialize(as = ImmutableProcedureReference.class)
public interface ProcedureReference {
  /** A procedure reference anywhere in a text: year, slash, number, type code in brackets. */
  Pattern PATTERN = Pattern.compile("(\\d{4})/(\\d{4})\\(([A-Z]{3})\\)");

  /** The reference as written, e.g. {@code 2021/2544(RSP)}. */
  String reference();

  int year();

  int number();

  /** The procedure type code: RSP, COD, INI, … */
  String type();

  /** Reads a reference such as {@code 2021/2544(RSP)}; empty when the text is not one. */
  static Optional<ProcedureReference> parse(String text) {
    Matcher m = PATTERN.matcher(text);
    if (!m.matches()) {
      return Optional.empty();
    }
    return Optional.of(
        ImmutableProcedureReference.builder()
            .reference(text)
            .year(Integer.parseInt(m.group(1)))
            .number(Integer.parseInt(m.group(2)))
            .type(m.group(3))
            .build());
  }
}
