package io.github.epres.internal.semantics;

import io.github.epres.model.Reference;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;

/**
 * The typed value of each kind of reference, from the match that found it: an EP document's type,
 * term, year and number; a Commission document's normalised number; an Official Journal issue's
 * series, issue, date and page.
 */
final class ReferenceValues {
  private ReferenceValues() {}

  static void document(Matcher m, List<Reference> found) {
    Map<String, String> fields = new LinkedHashMap<>();
    if (m.group("pt") != null) {
      fields.put("type", m.group("prov") == null ? "TA" : "TA-PROV");
      fields.put("term", m.group("pt"));
      fields.put("year", m.group("py"));
      fields.put("number", m.group("pn"));
    } else if (m.group("dk") != null) {
      fields.put("type", m.group("dk"));
      fields.put("term", m.group("dt"));
      fields.put("year", m.group("dy"));
      fields.put("number", m.group("dn"));
    } else {
      fields.put("type", (m.group("rc") == null ? "" : "RC-") + m.group("sk"));
      fields.put("term", m.group("st"));
      fields.put("year", m.group("sy"));
      fields.put("number", m.group("sn"));
    }
    found.add(
        reference(
            Reference.Kind.EP_DOCUMENT, m, ReferenceFinder.normalise(m.group()), null, fields));
  }

  static void commission(Matcher m, List<Reference> found) {
    // COM(2020) 123 final and COM(2020)0123 are one document.
    String number = m.group("number");
    String value =
        m.group("kind") + "(" + m.group("year") + ")" + "0000".substring(number.length()) + number;
    found.add(
        reference(
            Reference.Kind.COMMISSION_DOCUMENT,
            m,
            value,
            null,
            fields("type", m.group("kind"), "year", m.group("year"), "number", number)));
  }

  static void officialJournal(Matcher m, List<Reference> found) {
    LocalDate date =
        m.group("d") != null
            ? date(m.group("y"), m.group("m"), m.group("d"))
            : m.group("hy") != null
                ? date(m.group("hy"), m.group("hm"), m.group("hd"))
                : date(m.group("ly"), m.group("lm"), m.group("ld"));
    String page = m.group("pa") != null ? m.group("pa") : m.group("pb");
    String issue = m.group("issue").replace(" ", "");
    Map<String, String> fields = new LinkedHashMap<>();
    fields.put("series", m.group("series"));
    fields.put("issue", issue);
    if (page != null) {
      fields.put("page", page);
    }
    String value =
        "OJ "
            + m.group("series")
            + " "
            + issue
            + (date == null ? "" : " " + date)
            + (page == null ? "" : " p. " + page);
    found.add(reference(Reference.Kind.OFFICIAL_JOURNAL, m, value, date, fields));
  }

  static Reference reference(
      Reference.Kind kind, Matcher m, String value, LocalDate date, Map<String, String> fields) {
    String text = m.group().stripTrailing();
    return Reference.builder()
        .kind(kind)
        .text(text)
        .offset(m.start())
        .value(value)
        .date(Optional.ofNullable(date))
        .fields(fields)
        .build();
  }

  /** Named parts in the order given, so that JSON output is the same from run to run. */
  static Map<String, String> fields(String... namesAndValues) {
    Map<String, String> fields = new LinkedHashMap<>();
    for (int i = 0; i < namesAndValues.length; i += 2) {
      fields.put(namesAndValues[i], namesAndValues[i + 1]);
    }
    return fields;
  }

  private static LocalDate date(String year, String month, String day) {
    try {
      return LocalDate.of(Integer.parseInt(year), Integer.parseInt(month), Integer.parseInt(day));
    } catch (DateTimeException | NumberFormatException e) {
      return null;
    }
  }
}
