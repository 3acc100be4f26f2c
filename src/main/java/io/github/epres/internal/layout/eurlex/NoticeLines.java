package io.github.epres.internal.layout.eurlex;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The shapes of the lines EUR-Lex prints around a resolution, each read from one whole line
 * (stripped, no-break spaces as spaces) by its layout alone: the site names the Journal in the
 * interface's language and the copy in the document's, so no word of either is needed to read a
 * number, a date or a page. Each reader returns what the line gives, or null when the line is not
 * of its shape.
 */
final class NoticeLines {
  /** An issue date: 27.9.2016 (most), 2019.9.27 (hu), 2021 10 20 (lt). */
  private static final String DATE =
      "(?:(?<d>\\d{1,2})\\.\\s?(?<m>\\d{1,2})\\.\\s?(?<y>\\d{4})\\.?(?:\\s\\p{L}\\.)?"
          + "|(?<hy>\\d{4})\\.\\s?(?<hm>\\d{1,2})\\.\\s?(?<hd>\\d{1,2})\\.?"
          + "|(?<ly>\\d{4})\\s(?<lm>\\d{1,2})\\s(?<ld>\\d{1,2}))";

  /** The Journal's abbreviation before the series letter: "OJ", "Úř. věst.", "Ú. v. EÚ". */
  private static final String ABBREVIATION = "\\p{L}[\\p{L}.\\s]{0,11}?";

  /** The list of the languages a notice exists in: "(BG, ES, CS, …, SV)". */
  private static final String LANGUAGES = "\\((?:[A-Z]{2},\\s)*[A-Z]{2}\\)";

  /**
   * A page header's issue cell: "C 353/27", "L 333/134", "CE 285/11" (an E issue of the C series).
   */
  private static final String ISSUE =
      "(?<series>[CL])(?<e>[A-Z])?\\s?(?<issue>\\d{1,4})\\s?(?<letter>[A-Z])?/(?<page>\\d{1,4})";

  /** The interface's reference line: "OJ C 353, 27.9.2016, p. 27–34 (BG, ES, …)". */
  private static final Pattern REFERENCE =
      Pattern.compile(
          ABBREVIATION
              + "\\s(?<series>[CL])\\s?(?<issue>\\d{1,4})(?:\\s?(?<letter>[A-Z]))?\\.?,?\\s"
              + "(?:\\p{L}{1,4}\\s)?"
              + DATE
              + ",\\s\\p{L}{1,4}\\.\\s?(?<page>\\d{1,4})(?:\\s?[–—-]\\s?\\d{1,4})?"
              + "(?<languages>\\s"
              + LANGUAGES
              + ")?");

  /**
   * The reference line since October 2023, one act an issue: "OJ C, C/2023/467, 1.12.2023, ELI:
   * http://…", "ABl. L, 2024/2277, 10.10.2024, ELI: …".
   */
  private static final Pattern ACT_BY_ACT =
      Pattern.compile(
          ABBREVIATION
              + "\\s(?<series>[CL]),\\s(?<issue>(?:[CL]/)?\\d{4}/\\d{1,5}),\\s"
              + DATE
              + "(?:,\\sELI:\\s\\S+)?(?:\\s"
              + LANGUAGES
              + ")?");

  /**
   * The notice's Journal line of older copies, in the document's language: "Official Journal C 219
   * , 30/07/1999 P. 0190", "Amtsblatt Nr. 247 E vom 06/10/2005 S. 0088 - 0093" (no series letter),
   * "EF-Tidende nr. C 034 af 02/02/1998 s. 0075": the name, the issue, the date with slashes, a
   * page word and four-digit pages.
   */
  private static final Pattern OLD_NOTICE =
      Pattern.compile(
          "\\p{L}[\\p{L}.\\-:°\\s]*?\\s(?:(?<series>[CL])\\s?)?(?<issue>\\d{1,4})"
              + "(?:\\s?(?<letter>[A-Z]))?\\s?,?\\s(?:\\p{L}{1,4}\\s)?"
              + "(?<d>\\d{2})/(?<m>\\d{2})/(?<y>\\d{4})\\s\\p{L}{1,4}\\.\\s?(?<page>\\d{1,4})"
              + "(?:\\s?-\\s?\\d{1,4})?");

  /**
   * The page header on one line: "27.6.2018 | EN | Official Journal of the European Union | C
   * 224/36 |".
   */
  private static final Pattern PAGE_HEADER =
      Pattern.compile(
          DATE
              + "\\s*[|\\t]\\s*(?<language>[A-Z]{2})\\s*[|\\t][^|\\t]*[|\\t]\\s*"
              + ISSUE
              + "(?:\\s*[|\\t])?");

  /** A page header's cells, each on a line of its own (" |" after it in the table view). */
  private static final Pattern DATE_CELL = Pattern.compile(DATE + "(?:\\s*\\|)?");

  private static final Pattern LANGUAGE_CELL = Pattern.compile("(?<language>[A-Z]{2})(?:\\s*\\|)?");

  private static final Pattern ISSUE_CELL = Pattern.compile(ISSUE + "(?:\\s*\\|)?");

  /** The issue cell since 2023: the act's own number, "C/2023/467", "2024/2277". */
  private static final Pattern ACT_ISSUE_CELL =
      Pattern.compile("(?<issue>(?<series>[CL])/\\d{4}/\\d{1,5}|\\d{4}/\\d{1,5})");

  /**
   * The act's number in its issue: "(2018/C 224/05)", "2010/C 285 E/03" (no brackets in older E
   * issues), "(2016/C 055/30)"; since 2023 "(C/2023/467)".
   */
  private static final Pattern ACT_NUMBER =
      Pattern.compile(
          "(?<open>\\()?(?<number>\\d{4}/(?<series>[CL])\\s?\\d{1,4}\\s?[A-Z]?/\\d{2,3}"
              + "|(?<newSeries>[CL])/\\d{4}/\\d{1,5})(?<close>\\))?");

  private static final Pattern LANGUAGE_LIST = Pattern.compile(LANGUAGES);

  private static final Pattern ELI = Pattern.compile("ELI:\\s?https?://\\S+");

  /** The publication date of an older notice on a line of its own: "20061223". */
  private static final Pattern COMPACT_DATE =
      Pattern.compile("(?<y>(?:19|20)\\d{2})(?<m>\\d{2})(?<d>\\d{2})");

  /**
   * The CELEX number, alone or after one word ("Document 52015IP0198"): a sector digit, the year,
   * the type, the number, and a suffix "(01)" for a second act of the same number.
   */
  private static final Pattern CELEX =
      Pattern.compile("(?:\\p{L}+\\s)?(?<celex>\\d{5}[A-Z]{1,2}\\d{4}(?:\\(\\d{2}\\))?)");

  /**
   * The EP document numbers of the 1990s on a line of their own, as the notice prints them:
   * "A4-0406/97", "B4-0356, 0357, 0364 and 0367/99" (a joint motion's numbers, kept as printed).
   */
  private static final Pattern OLD_NUMBERS =
      Pattern.compile("[AB]\\d{1,2}-\\d{4}(?:,\\s\\d{4})*(?:\\s\\p{L}{1,5}\\s\\d{4})?/\\d{2}");

  private NoticeLines() {}

  /** What one line gives of the Official Journal. */
  record Journal(
      String series,
      String issue,
      LocalDate date,
      String page,
      String number,
      String language,
      boolean eurLex) {}

  static String celex(String line) {
    Matcher m = CELEX.matcher(line);
    return m.matches() ? m.group("celex") : null;
  }

  static String oldNumbers(String line) {
    return OLD_NUMBERS.matcher(line).matches() ? line : null;
  }

  /**
   * The interface's reference line, classic or since 2023; it is EUR-Lex's own when it lists the
   * languages or the ELI (alone it looks like a footnote's reference).
   */
  static Journal reference(String line) {
    Matcher m = REFERENCE.matcher(line);
    if (m.matches()) {
      return new Journal(
          m.group("series"),
          issue(m.group("issue"), m.group("letter")),
          date(m),
          unpadded(m.group("page")),
          null,
          null,
          m.group("languages") != null);
    }
    m = ACT_BY_ACT.matcher(line);
    if (m.matches()) {
      return new Journal(m.group("series"), m.group("issue"), date(m), null, null, null, true);
    }
    return null;
  }

  /** The notice line of older copies; an E issue is of the C series, where it names none. */
  static Journal oldNotice(String line) {
    Matcher m = OLD_NOTICE.matcher(line);
    if (!m.matches()) {
      return null;
    }
    String series = m.group("series");
    if (series == null && "E".equals(m.group("letter"))) {
      series = "C";
    }
    return new Journal(
        series,
        issue(m.group("issue"), m.group("letter")),
        date(m.group("y"), m.group("m"), m.group("d")),
        unpadded(m.group("page")),
        null,
        null,
        true);
  }

  /** The page header, on one line or in its date, language and issue cells. */
  static Journal pageHeader(String line) {
    Matcher m = PAGE_HEADER.matcher(line);
    if (m.matches()) {
      return issueCell(m, date(m), m.group("language"));
    }
    m = ISSUE_CELL.matcher(line);
    if (m.matches()) {
      return issueCell(m, null, null);
    }
    m = ACT_ISSUE_CELL.matcher(line);
    if (m.matches()) {
      return new Journal(m.group("series"), m.group("issue"), null, null, null, null, true);
    }
    m = DATE_CELL.matcher(line);
    if (m.matches()) {
      // A date alone is no proof of a notice: an older motion page prints its date so.
      return new Journal(null, null, date(m), null, null, null, false);
    }
    return null;
  }

  /** A language cell, "EN" or "EN |": the two capitals, or null. */
  static String languageCell(String line) {
    Matcher m = LANGUAGE_CELL.matcher(line);
    return m.matches() ? m.group("language") : null;
  }

  /** The act's number, with its brackets balanced or without any. */
  static Journal actNumber(String line) {
    Matcher m = ACT_NUMBER.matcher(line);
    if (!m.matches() || (m.group("open") == null) != (m.group("close") == null)) {
      return null;
    }
    String series = m.group("series") != null ? m.group("series") : m.group("newSeries");
    return new Journal(series, null, null, null, m.group("number"), null, true);
  }

  /** The language list, the ELI or an older notice's date, each on a line of its own. */
  static boolean isNoticeLine(String line) {
    if (LANGUAGE_LIST.matcher(line).matches() || ELI.matcher(line).matches()) {
      return true;
    }
    Matcher m = COMPACT_DATE.matcher(line);
    return m.matches() && date(m.group("y"), m.group("m"), m.group("d")) != null;
  }

  /** A cell of the table view without the bar after it: "EN |" as "EN". */
  static String withoutCellBar(String line) {
    return line.endsWith("|") ? line.substring(0, line.length() - 1).stripTrailing() : line;
  }

  private static Journal issueCell(Matcher m, LocalDate date, String language) {
    String letter = m.group("e") != null ? m.group("e") : m.group("letter");
    return new Journal(
        m.group("series"),
        issue(m.group("issue"), letter),
        date,
        unpadded(m.group("page")),
        null,
        language,
        true);
  }

  private static String issue(String digits, String letter) {
    return unpadded(digits) + (letter == null ? "" : letter);
  }

  /** "098" as "98", as the newer lines write issues and pages. */
  private static String unpadded(String digits) {
    int i = 0;
    while (i < digits.length() - 1 && digits.charAt(i) == '0') {
      i++;
    }
    return digits.substring(i);
  }

  /** The date of a matcher of {@link #DATE}, in whichever of its three orders it was written. */
  private static LocalDate date(Matcher m) {
    if (m.group("y") != null) {
      return date(m.group("y"), m.group("m"), m.group("d"));
    }
    if (m.group("hy") != null) {
      return date(m.group("hy"), m.group("hm"), m.group("hd"));
    }
    return date(m.group("ly"), m.group("lm"), m.group("ld"));
  }

  private static LocalDate date(String year, String month, String day) {
    try {
      return LocalDate.of(Integer.parseInt(year), Integer.parseInt(month), Integer.parseInt(day));
    } catch (DateTimeException e) {
      return null;
    }
  }
}
