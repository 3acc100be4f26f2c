package io.github.epres.internal.layout;

import io.github.epres.internal.lines.SourceLine;
import io.github.epres.internal.semantics.ReferenceFinder;
import io.github.epres.internal.util.HeaderText;
import io.github.epres.lang.LanguageProfile;
import io.github.epres.model.Citation;
import io.github.epres.model.DateRef;
import io.github.epres.model.Header;
import io.github.epres.model.ProcedureReference;
import io.github.epres.model.Report;
import io.github.epres.model.Resolution;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the header of a committee report page, from its heading to its rapporteur line, in the
 * page's language. Two layouts: the newer has the subject in the heading ("REPORT on …", "JELENTÉS
 * …"), then the date and procedure ("12.3.2021 - (2020/2201(INI))"), the committee responsible and
 * the rapporteurs; the older has the heading alone ("REPORT ***I"), the download line, the date
 * alone ("2 April 2008", "3.4.2008"), the PE and A numbers, the subject, the procedure in brackets,
 * the committee and the rapporteurs. What follows, the table of contents, is page furniture, of
 * which only document numbers are read.
 */
final class ReportReader {
  /** The download links of older pages: "PDF 296kWORD 434k". */
  private static final Pattern DOWNLOAD =
      Pattern.compile("(?:PDF\\s*)?\\d+\\s*k\\s*(?:WORD\\s*)?\\d+\\s*k");

  /** What may follow the heading word where the subject is not run in: "***I", "***II". */
  private static final Pattern STARS = Pattern.compile("[*\\s]*[IV]*");

  private final LanguageProfile profile;

  ReportReader(LanguageProfile profile) {
    this.profile = profile;
  }

  /** The index of the report's heading line among the first {@code end} lines, or -1. */
  int headingIndex(List<SourceLine> lines, int end) {
    for (int i = 0; i < end; i++) {
      if (headingWord(HeaderText.plain(lines.get(i).text())) != null) {
        return i;
      }
    }
    return -1;
  }

  /** The report's header from its heading on; document numbers go to {@code numbers}. */
  Report read(List<SourceLine> lines, List<String> numbers) {
    String heading = HeaderText.plain(lines.get(0).text());
    Report.Builder report = Report.builder().heading(heading);
    String runIn = heading.substring(headingWord(heading).length());
    boolean subjectInHeading = !STARS.matcher(runIn).matches();
    if (subjectInHeading) {
      report.subject(runIn.replace("***", "").strip());
    }
    // The lines that are neither date, procedure nor numbers: the subject (older layout) and the
    // committee, which stands right above the rapporteurs.
    List<String> others = new ArrayList<>();
    boolean done = false;
    for (int i = 1; i < lines.size(); i++) {
      String text = HeaderText.plain(lines.get(i).text());
      List<String> found = ReferenceFinder.documentNumbers(text);
      for (String number : found) {
        if (!numbers.contains(number)) {
          numbers.add(number);
        }
      }
      if (done || text.isEmpty() || !found.isEmpty() || DOWNLOAD.matcher(text).matches()) {
        continue;
      }
      int label = rapporteurLabelEnd(text);
      if (label >= 0) {
        String names = text.substring(label).strip();
        if (names.isEmpty() && i + 1 < lines.size()) {
          // The label on a line of its own, the names on the next.
          names = HeaderText.plain(lines.get(++i).text());
        }
        rapporteurs(names, report);
        if (!others.isEmpty()) {
          report.committee(others.get(others.size() - 1));
        }
        if (!subjectInHeading && others.size() > 1) {
          report.subject(others.get(0));
        }
        // The table of contents and the rest are furniture; only their numbers are read.
        done = true;
      } else if (!dateLine(text, report) && !procedureLine(text, report)) {
        others.add(text);
      }
    }
    return report.build();
  }

  /**
   * Reads the date line, "12.3.2021 - (2020/2201(INI))" with the procedure after it, or a date
   * alone in the page's language, "2 April 2008"; false when the line is neither.
   */
  private boolean dateLine(String text, Report.Builder report) {
    Matcher date = MotionReader.MOTION_DATE.matcher(text);
    if (date.matches()) {
      report.date(MotionReader.date(date));
      Matcher procedure = ReferenceFinder.PROCEDURE.matcher(text);
      if (procedure.find()) {
        report.procedure(ProcedureReference.parse(procedure.group()));
      }
      return true;
    }
    if (!Character.isDigit(text.charAt(0))) {
      return false;
    }
    List<DateRef> dates = profile.findDates(text);
    if (dates.size() != 1 || dates.get(0).offset() != 0) {
      return false;
    }
    // The date alone: what may follow it is punctuation ("2019. március 4." where the pattern
    // leaves the dot out), not words.
    for (int i = dates.get(0).text().length(); i < text.length(); i++) {
      if (Character.isLetterOrDigit(text.charAt(i))) {
        return false;
      }
    }
    report.date(dates.get(0).date());
    return true;
  }

  /**
   * Reads a procedure line of the older layout, "(COM(2007)0824 – C6-0476/2007 – 2007/0293(COD))".
   */
  private static boolean procedureLine(String text, Report.Builder report) {
    if (!text.startsWith("(") || !text.endsWith(")")) {
      return false;
    }
    Matcher procedure = ReferenceFinder.PROCEDURE.matcher(text);
    if (!procedure.find()) {
      return false;
    }
    report.procedure(ProcedureReference.parse(procedure.group()));
    return true;
  }

  private static void rapporteurs(String names, Report.Builder report) {
    for (String name : names.split(",")) {
      if (!name.isBlank()) {
        report.addRapporteurs(ReferenceFinder.normalise(name.strip()));
      }
    }
  }

  /**
   * The longest report heading word that starts {@code text}, alone or before its subject, or null:
   * "RELAZIONE INTERLOCUTORIA" before "RELAZIONE".
   */
  private String headingWord(String text) {
    String word = null;
    for (String heading : profile.reportHeadings()) {
      if (text.startsWith(heading)
          && (text.length() == heading.length()
              || !Character.isLetter(text.charAt(heading.length())))
          && (word == null || heading.length() > word.length())) {
        word = heading;
      }
    }
    return word;
  }

  /**
   * Where the names start after the rapporteur label that starts {@code text}, or -1; the label's
   * colon may have a space before it, as French writes it ("Rapporteur :").
   */
  private int rapporteurLabelEnd(String text) {
    for (String label : profile.rapporteurLabels()) {
      if (text.startsWith(label)) {
        return label.length();
      }
      int colon = label.length() - 1;
      if (label.endsWith(":")
          && text.startsWith(label.substring(0, colon))
          && text.startsWith(" :", colon)) {
        return colon + 2;
      }
    }
    return -1;
  }

  /**
   * {@code resolution} with its report's number where the page's header prints no A number (a page
   * copied from the report's heading on): the last A number in its citations, that of the
   * committee's report, "(A9‑0175/2020)".
   */
  static Resolution withCitedNumber(Resolution resolution) {
    Header header = resolution.header().orElse(null);
    if (header == null || header.report().isEmpty() || reportNumber(header.documentNumbers())) {
      return resolution;
    }
    String cited = null;
    for (Citation citation : resolution.citations()) {
      for (String number : ReferenceFinder.documentNumbers(citation.text())) {
        cited = number.startsWith("A") ? number : cited;
      }
    }
    if (cited == null) {
      return resolution;
    }
    return Resolution.builder()
        .from(resolution)
        .header(Header.builder().from(header).documentNumber(cited).build())
        .build();
  }

  private static boolean reportNumber(List<String> numbers) {
    for (String number : numbers) {
      if (number.startsWith("A")) {
        return true;
      }
    }
    return false;
  }
}
