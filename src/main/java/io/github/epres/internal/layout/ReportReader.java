package io.github.epres.internal.layout;

import io.github.epres.internal.lines.SourceLine;
import io.github.epres.internal.semantics.ReferenceFinder;
import io.github.epres.internal.util.HeaderText;
import io.github.epres.lang.LanguageProfile;
import io.github.epres.model.ProcedureReference;
import io.github.epres.model.Report;
import java.util.List;
import java.util.regex.Matcher;

/**
 * Reads the header of a committee report page, from its heading ("REPORT on …", "JELENTÉS" in the
 * page's language) to its rapporteur line: the subject, the date and procedure ("12.3.2021 -
 * (2020/2201(INI))"), the committee responsible (the line above the rapporteurs) and the
 * rapporteurs. What follows, the table of contents, is page furniture, of which only document
 * numbers are read.
 */
final class ReportReader {
  private final LanguageProfile profile;

  ReportReader(LanguageProfile profile) {
    this.profile = profile;
  }

  /** The index of the report's heading line, or -1. */
  int headingIndex(List<SourceLine> lines) {
    for (int i = 0; i < lines.size(); i++) {
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
    String subject = heading.substring(headingWord(heading).length()).replace("***", "").strip();
    if (!subject.isEmpty() && !subject.matches("[IV]*")) {
      report.subject(subject);
    }
    String previous = null;
    boolean done = false;
    for (SourceLine line : lines.subList(1, lines.size())) {
      String text = HeaderText.plain(line.text());
      List<String> found = ReferenceFinder.documentNumbers(text);
      for (String number : found) {
        if (!numbers.contains(number)) {
          numbers.add(number);
        }
      }
      if (done) {
        continue;
      }
      Matcher date = MotionReader.MOTION_DATE.matcher(text);
      String label = rapporteurLabel(text);
      if (date.matches()) {
        report.date(MotionReader.date(date));
        Matcher procedure = ReferenceFinder.PROCEDURE.matcher(text);
        if (procedure.find()) {
          report.procedure(ProcedureReference.parse(procedure.group()));
        }
      } else if (label != null) {
        if (previous != null) {
          report.committee(previous);
        }
        for (String name : text.substring(label.length()).split(",")) {
          if (!name.isBlank()) {
            report.addRapporteurs(ReferenceFinder.normalise(name.strip()));
          }
        }
        // The table of contents and the rest are furniture; only their numbers are read.
        done = true;
      } else if (!text.isEmpty()
          && found.isEmpty()
          && !text.matches("(?:PDF\\s*)?\\d+\\s*k\\s*(?:WORD\\s*)?\\d+\\s*k")) {
        previous = text;
      }
    }
    return report.build();
  }

  /** The report heading word that starts {@code text}, alone or before its subject, or null. */
  private String headingWord(String text) {
    for (String heading : profile.reportHeadings()) {
      if (text.startsWith(heading)
          && (text.length() == heading.length()
              || !Character.isLetter(text.charAt(heading.length())))) {
        return heading;
      }
    }
    return null;
  }

  private String rapporteurLabel(String text) {
    for (String label : profile.rapporteurLabels()) {
      if (text.startsWith(label)) {
        return label;
      }
    }
    return null;
  }
}
