package io.github.epres.internal.layout;

import io.github.epres.internal.semantics.ReferenceFinder;
import io.github.epres.model.OfficialJournal;
import io.github.epres.model.Reference;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the lines an EUR-Lex copy of a resolution has before its title, in any language: the CELEX
 * number ("Document 52016IP0437"), the notice's Official Journal line ("OJ C 224, 27.6.2018, p.
 * 36–44", the abbreviation in the document's language, as references are read), the page header
 * ("27.6.2018 | EN | Official Journal of the European Union | C 224/36 |") and the act's number
 * ("(2018/C 224/05)", without brackets in older C…E issues), and since 2023 "OJ C, C/2024/4153,
 * 4.7.2024". What a line gives is added to what earlier lines gave.
 */
final class EurLexNotice {
  /** A CELEX number of a Parliament act: sector 5, the year, the type, the number. */
  private static final Pattern CELEX =
      Pattern.compile("(?<![0-9A-Za-z])(5[0-9]{4}[A-Z]{1,2}[0-9]{4}(?:\\([0-9]{2}\\))?)(?![0-9])");

  /** The page header: date, language, the Journal's name, series, issue and page. */
  private static final Pattern PAGE_HEADER =
      Pattern.compile(
          "(\\d{1,2})\\.(\\d{1,2})\\.(\\d{4})\\s*[|\\t]\\s*([A-Z]{2})\\s*[|\\t].*?[|\\t]\\s*([CL])"
              + "\\s?(\\d+\\s?[A-Z]?)/(\\d+)\\s*[|\\t]?\\s*");

  /** The act's number in its issue: "2018/C 224/05", "2010/C 285 E/03". */
  private static final Pattern NUMBER =
      Pattern.compile("\\(?(\\d{4}/[CL]\\s?\\d+\\s?[A-Z]?/\\d{2})\\)?");

  /** The Official Journal since October 2023: "OJ C, C/2024/4153, 4.7.2024". */
  private static final Pattern ACT_BY_ACT =
      Pattern.compile(
          "(?<!\\p{L})\\p{L}[\\p{L}.]{0,8}\\s([CL]),\\s([CL]/\\d{4}/\\d+),\\s(\\d{1,2})\\.(\\d{1,2})"
              + "\\.(\\d{4})");

  /**
   * The notice's second line before 2004, in the document's language: "Official Journal C 098 ,
   * 09/04/1999 P. 0260", "Amtsblatt Nr. C 098 vom 09/04/1999 S. 0260", "Επίσημη Εφημερίδα αριθ. C
   * 177 E της 27/06/2000 σ. 0096 - 0097": series, issue (zero-padded, a letter after it), the date
   * with slashes, a page word and four-digit pages.
   */
  private static final Pattern BEFORE_2004 =
      Pattern.compile(
          "(?<![\\p{L}\\d])([CL])\\s?(\\d{1,4})(?:\\s?([A-Z]))?\\s*,?\\s+(?:\\p{L}+\\s+)?"
              + "(\\d{2})/(\\d{2})/(\\d{4})\\s+\\p{L}{1,3}\\.\\s*(\\d{4})(?:\\s*-\\s*\\d{4})?\\s*");

  private EurLexNotice() {}

  /** The CELEX number in a line, or null. */
  static String celex(String text) {
    Matcher m = CELEX.matcher(text);
    return m.find() ? m.group(1) : null;
  }

  /** Whether a line is an act's number, "(2018/C 224/05)", on its own. */
  static boolean isActNumber(String text) {
    return NUMBER.matcher(text.strip()).matches();
  }

  /**
   * What a line says of the Official Journal, added to {@code journal} (null when nothing was read
   * yet); the result, or {@code journal} unchanged when the line says nothing of it.
   */
  static OfficialJournal read(String text, OfficialJournal journal, ReferenceFinder references) {
    Matcher header = PAGE_HEADER.matcher(text);
    if (header.matches()) {
      return merge(
          journal,
          header.group(5),
          header.group(6).replace(" ", ""),
          date(header.group(3), header.group(2), header.group(1)),
          header.group(7),
          null,
          header.group(4));
    }
    Matcher number = NUMBER.matcher(text.strip());
    if (number.matches()) {
      String value = number.group(1);
      return merge(journal, value.substring(5, 6), null, null, null, value, null);
    }
    Matcher old = BEFORE_2004.matcher(text);
    if (old.find() && old.end() == text.length()) {
      String letter = old.group(3) == null ? "" : old.group(3);
      return merge(
          journal,
          old.group(1),
          unpadded(old.group(2)) + letter,
          date(old.group(6), old.group(5), old.group(4)),
          unpadded(old.group(7)),
          null,
          null);
    }
    Matcher act = ACT_BY_ACT.matcher(text);
    if (act.find()) {
      return merge(
          journal,
          act.group(1),
          act.group(2),
          date(act.group(5), act.group(4), act.group(3)),
          null,
          null,
          null);
    }
    for (Reference reference : references.find(text)) {
      if (reference.kind() == Reference.Kind.OFFICIAL_JOURNAL) {
        return merge(
            journal,
            reference.fields().get("series"),
            reference.fields().get("issue"),
            reference.date().orElse(null),
            reference.fields().get("page"),
            null,
            null);
      }
    }
    return journal;
  }

  /** {@code journal} with what was null there filled from the values given. */
  private static OfficialJournal merge(
      OfficialJournal journal,
      String series,
      String issue,
      LocalDate date,
      String page,
      String number,
      String language) {
    OfficialJournal.Builder builder = OfficialJournal.builder();
    if (journal != null) {
      builder.from(journal);
    } else {
      builder.series(series);
    }
    if (journal == null || journal.issue().isEmpty()) {
      builder.issue(Optional.ofNullable(issue));
    }
    if (journal == null || journal.date().isEmpty()) {
      builder.date(Optional.ofNullable(date));
    }
    if (journal == null || journal.page().isEmpty()) {
      builder.page(Optional.ofNullable(page));
    }
    if (journal == null || journal.number().isEmpty()) {
      builder.number(Optional.ofNullable(number));
    }
    if (journal == null || journal.language().isEmpty()) {
      builder.language(Optional.ofNullable(language));
    }
    return builder.build();
  }

  /** "098" as "98", as the newer lines write the issue and page. */
  private static String unpadded(String digits) {
    int i = 0;
    while (i < digits.length() - 1 && digits.charAt(i) == '0') {
      i++;
    }
    return digits.substring(i);
  }

  private static LocalDate date(String year, String month, String day) {
    try {
      return LocalDate.of(Integer.parseInt(year), Integer.parseInt(month), Integer.parseInt(day));
    } catch (DateTimeException e) {
      return null;
    }
  }
}
