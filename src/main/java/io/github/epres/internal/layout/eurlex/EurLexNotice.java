package io.github.epres.internal.layout.eurlex;

import io.github.epres.internal.util.Digits;
import io.github.epres.model.OfficialJournal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Reads the notice of an EUR-Lex copy from its head lines, one after the other, in every view the
 * site has: the CELEX number ("Document 52015IP0198", or alone), the interface's reference line
 * ("OJ C 353, 27.9.2016, p. 27–34 (BG, ES, …)", in the interface's language), the page header (on
 * one line, or its cells "27.9.2016", "EN", the Journal's name, "C 353/27" each on a line of their
 * own, with " |" after them in the table view; since 2023 "C/2023/467" and the date), the act's
 * number "(2016/C 353/03)", the older notice line ("Official Journal C 219 , 30/07/1999 P. 0190")
 * and the older document numbers ("A4-0406/97"). What a line gives fills what earlier lines left
 * open: every view repeats the same facts, and the first to give one is kept.
 */
public final class EurLexNotice {
  private String celex;
  private String series;
  private String issue;
  private LocalDate date;
  private String page;
  private String number;
  private String language;

  /** Whether a line only EUR-Lex prints was read: a reference alone may be a footnote's. */
  private boolean eurLex;

  private final List<String> numbers = new ArrayList<>();

  /**
   * Reads a line (as {@code HeaderText.plain} gives it: stripped, no-break spaces as spaces);
   * whether it was a line of the notice.
   */
  public boolean read(String line) {
    if (!Digits.any(line)) {
      // Of the notice's lines only the language cell and the language list have no digit.
      String code = NoticeLines.languageCell(line);
      if (code != null && EurLexFurniture.isLanguageCode(code)) {
        language = language == null ? code : language;
        return true;
      }
      boolean languages = NoticeLines.isNoticeLine(line);
      eurLex |= languages;
      return languages;
    }
    String found = NoticeLines.celex(line);
    if (found != null) {
      celex = celex == null ? found : celex;
      eurLex = true;
      return true;
    }
    NoticeLines.Journal journal = NoticeLines.pageHeader(line);
    if (journal == null) {
      journal = NoticeLines.actNumber(line);
    }
    if (journal == null) {
      journal = NoticeLines.reference(line);
    }
    if (journal == null) {
      journal = NoticeLines.oldNotice(line);
    }
    if (journal != null) {
      add(journal);
      return true;
    }
    found = NoticeLines.oldNumbers(line);
    if (found != null) {
      numbers.add(found);
      return true;
    }
    if (NoticeLines.isNoticeLine(line)) {
      eurLex = true;
      return true;
    }
    return false;
  }

  /** Whether a line only EUR-Lex prints was read: the text is an EUR-Lex copy. */
  public boolean isEurLex() {
    return eurLex || celex != null;
  }

  /** The CELEX number, if a line gave it. */
  public Optional<String> celex() {
    return Optional.ofNullable(celex);
  }

  /**
   * Where the Official Journal published the copy; empty when no line gave the series, or when
   * nothing but a reference was read, which a footnote may hold as well.
   */
  public Optional<OfficialJournal> journal() {
    if (series == null || !isEurLex()) {
      return Optional.empty();
    }
    return Optional.of(
        OfficialJournal.builder()
            .series(series)
            .issue(Optional.ofNullable(issue))
            .date(Optional.ofNullable(date))
            .page(Optional.ofNullable(page))
            .number(Optional.ofNullable(number))
            .language(Optional.ofNullable(language))
            .build());
  }

  /** The document numbers of older notices, as printed: "A4-0406/97". */
  public List<String> numbers() {
    return numbers;
  }

  private void add(NoticeLines.Journal journal) {
    series = series == null ? journal.series() : series;
    issue = issue == null ? journal.issue() : issue;
    date = date == null ? journal.date() : date;
    page = page == null ? journal.page() : page;
    number = number == null ? journal.number() : number;
    language = language == null ? journal.language() : language;
    eurLex |= journal.eurLex();
  }
}
