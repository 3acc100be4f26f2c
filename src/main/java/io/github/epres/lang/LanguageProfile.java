package io.github.epres.lang;

import io.github.epres.internal.EpresStyle;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.immutables.value.Value;

/**
 * What the parser knows about one language: the words of the house style (author line, openers,
 * months, title pattern). Profiles are data, read from {@code
 * io/github/epres/lang/<code>.properties}; {@link LanguageProfiles} lists the built-in ones.
 */
@Value.Immutable
@EpresStyle
public interface LanguageProfile {
  /** ISO 639-1 code, e.g. {@code lv}. */
  String code();

  /** English name of the language. */
  String name();

  /** The author line(s) before the citations, e.g. {@code Eiropas Parlaments,}. */
  List<String> authorLines();

  /** Formulas that open a citation, e.g. {@code ņemot vērā}. */
  List<String> citationOpeners();

  /** Formulas that open a recital, e.g. {@code tā kā}; empty where the language has none. */
  List<String> recitalOpeners();

  /**
   * A regular expression for the whole title line with the named groups {@code date}, {@code
   * subject} and {@code procedure}.
   */
  String titlePattern();

  /**
   * Regular expressions for a date, each with the named groups {@code day}, {@code month} (a month
   * name) and {@code year}.
   */
  List<String> datePatterns();

  /** Twelve lists, January to December, of every form a month name takes in dates. */
  List<List<String>> months();

  @Value.Check
  default void check() {
    if (months().size() != 12) {
      throw new IllegalArgumentException(code() + ": months must list 12 months");
    }
  }

  /** Whether a line is this language's author line (surrounding white space ignored). */
  default boolean isAuthorLine(String line) {
    return authorLines().contains(line.strip());
  }

  /** The citation opener that starts {@code text}, as written there. */
  default Optional<String> citationOpener(String text) {
    return Openers.find(citationOpeners(), text);
  }

  /** The recital opener that starts {@code text}, as written there. */
  default Optional<String> recitalOpener(String text) {
    return Openers.find(recitalOpeners(), text);
  }

  /** Reads a title line; empty when it does not have this language's title pattern. */
  default Optional<TitleParts> readTitle(String line) {
    Matcher m = compiledTitlePattern().matcher(line.strip());
    if (!m.matches()) {
      return Optional.empty();
    }
    return Optional.of(
        new TitleParts(
            m.group("date"), readDate(m.group("date")), m.group("subject"), m.group("procedure")));
  }

  /** Reads the first date in {@code text}; empty when there is none or it is not a real date. */
  default Optional<LocalDate> readDate(String text) {
    for (Pattern pattern : compiledDatePatterns()) {
      Matcher m = pattern.matcher(text);
      if (m.find()) {
        Integer month = monthNumbers().get(m.group("month").toLowerCase(Locale.ROOT));
        if (month == null) {
          continue;
        }
        try {
          return Optional.of(
              LocalDate.of(
                  Integer.parseInt(m.group("year")), month, Integer.parseInt(m.group("day"))));
        } catch (DateTimeException e) {
          return Optional.empty();
        }
      }
    }
    return Optional.empty();
  }

  @Value.Lazy
  default Pattern compiledTitlePattern() {
    return Pattern.compile(titlePattern());
  }

  @Value.Lazy
  default List<Pattern> compiledDatePatterns() {
    return datePatterns().stream().map(Pattern::compile).toList();
  }

  /** Month name (lower case) to month number. */
  @Value.Lazy
  default Map<String, Integer> monthNumbers() {
    Map<String, Integer> numbers = new HashMap<>();
    for (int i = 0; i < 12; i++) {
      for (String form : months().get(i)) {
        numbers.put(form.toLowerCase(Locale.ROOT), i + 1);
      }
    }
    return Map.copyOf(numbers);
  }

  static Builder builder() {
    return new Builder();
  }

  final class Builder extends ImmutableLanguageProfile.Builder {}

  /** The parts of a title line as written, and its date when the date could be read. */
  record TitleParts(String dateText, Optional<LocalDate> date, String subject, String procedure) {}
}
