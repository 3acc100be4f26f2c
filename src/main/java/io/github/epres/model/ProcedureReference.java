package io.github.epres.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.epres.internal.EpresStyle;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.immutables.value.Value;

/**
 * A European Parliament procedure reference such as {@code 2021/2544(RSP)}, as written, with its
 * parts read: the year (of four digits, or two in procedures before 1999: {@code 96/0276(SYN)}),
 * the number and the type code. Copies print it with a space after the slash or before the bracket
 * ({@code 2007/2219 (INI)}) and, now and then, with Greek or Cyrillic capitals that look like the
 * Latin ones ({@code 2015/2329(ΙΝΙ)}): the reference keeps what is written, the type is Latin.
 */
@Value.Immutable
@EpresStyle
@JsonSerialize(as = ImmutableProcedureReference.class)
@JsonDeserialize(as = ImmutableProcedureReference.class)
public interface ProcedureReference {
  /** A procedure reference's form, for embedding in other patterns (three groups). */
  String REGEX = "(\\d{4}|\\d{2})/ ?(\\d{4}) ?\\(([A-Z\u0391-\u03A9\u0410-\u042F]{3})\\)";

  /** A procedure reference anywhere in a text: year, slash, number, type code in brackets. */
  Pattern PATTERN = Pattern.compile(REGEX);

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
    int year = Integer.parseInt(m.group(1));
    return Optional.of(
        ImmutableProcedureReference.builder()
            .reference(text)
            .year(m.group(1).length() == 2 ? (year < 50 ? 2000 : 1900) + year : year)
            .number(Integer.parseInt(m.group(2)))
            .type(latin(m.group(3)))
            .build());
  }

  /** A type code with its Greek and Cyrillic look-alike capitals made Latin: "ΙΝΙ" is "INI". */
  private static String latin(String code) {
    String from = "ΑΒΕΖΗΙΚΜΝΟΡΤΥΧАВЕКМНОРСТУХ";
    String to = "ABEZHIKMNOPTYXABEKMHOPCTYX";
    StringBuilder latin = new StringBuilder(code.length());
    for (int i = 0; i < code.length(); i++) {
      int at = from.indexOf(code.charAt(i));
      latin.append(at >= 0 ? to.charAt(at) : code.charAt(i));
    }
    return latin.toString();
  }
}
