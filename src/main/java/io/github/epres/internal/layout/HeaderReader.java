package io.github.epres.internal.layout;

import io.github.epres.internal.lines.SourceLine;
import io.github.epres.internal.semantics.ReferenceFinder;
import io.github.epres.internal.util.Digits;
import io.github.epres.lang.LanguageProfile;
import io.github.epres.model.Header;
import io.github.epres.model.Motion;
import io.github.epres.model.OfficialJournal;
import io.github.epres.model.ProcedureReference;
import io.github.epres.model.Report;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;

/**
 * Reads what stands before the title into a {@link Header}: the furniture of an EP web page or of
 * text copied from one (document numbers, possibly run together; the day line "Thursday, 11
 * February 2021 - Brussels"; an edition label; "Procedure : 2021/2544(RSP)"), an EUR-Lex copy's
 * notice ({@link EurLexNotice}) and a motion's header ({@link MotionReader}).
 */
public final class HeaderReader {
  private final LanguageProfile profile;
  private final ReferenceFinder references;

  public HeaderReader(LanguageProfile profile, ReferenceFinder references) {
    this.profile = profile;
    this.references = references;
  }

  /**
   * The header read from the front matter's {@code lines} and from {@code trailer}, the procedure
   * lines between the title and the author line (where an EUR-Lex copy has the act's number); null
   * when both are empty.
   */
  Header read(List<SourceLine> lines, List<SourceLine> trailer) {
    if (lines.isEmpty() && trailer.isEmpty()) {
      return null;
    }
    Header.Builder header =
        Header.builder().span(SourceLine.spanOf(lines.isEmpty() ? trailer : lines));
    MotionReader motions = new MotionReader(profile, references);
    int motionStart = profile == null ? -1 : motions.headingIndex(lines);
    ReportReader reports = new ReportReader(profile);
    int reportStart = profile == null ? -1 : reports.headingIndex(lines);
    // A report page's table of contents names its motion for a resolution after its heading.
    if (reportStart >= 0 && (motionStart < 0 || reportStart < motionStart)) {
      motionStart = -1;
    } else {
      reportStart = -1;
    }
    int furnitureEnd =
        motionStart >= 0 ? motionStart : reportStart >= 0 ? reportStart : lines.size();
    List<String> numbers = new ArrayList<>();
    Optional<LocalDate> motionDate = Optional.empty();
    OfficialJournal journal = null;
    String celex = null;
    for (int i = 0; i < furnitureEnd; i++) {
      String text = HeaderText.plain(lines.get(i).text());
      Matcher date = MotionReader.MOTION_DATE.matcher(text);
      if (motionStart >= 0 && date.matches()) {
        // Older motion pages give the tabling date before the heading.
        motionDate = MotionReader.date(date);
      }
      // Numbers, dates and the Official Journal's lines all have a digit: a line of names or of a
      // page's menu has none, and is looked at once for that, not by each of their patterns.
      boolean digits = Digits.any(text);
      if (digits) {
        celex = celex != null ? celex : EurLexNotice.celex(text);
        journal = EurLexNotice.read(text, journal, references);
      }
      furniture(text, digits, header, numbers);
    }
    for (SourceLine line : trailer) {
      if (EurLexNotice.isActNumber(line.text())) {
        journal = EurLexNotice.read(HeaderText.plain(line.text()), journal, references);
      }
    }
    if (celex == null
        && journal != null
        && journal.number().isEmpty()
        && journal.language().isEmpty()) {
      // An Official Journal reference alone is not an EUR-Lex notice: a footnote may hold one.
      journal = null;
    }
    header.celex(Optional.ofNullable(celex)).officialJournal(Optional.ofNullable(journal));
    if (motionStart >= 0) {
      Motion motion = motions.read(lines.subList(motionStart, lines.size()), numbers);
      if (motion.date().isEmpty() && motionDate.isPresent()) {
        motion = Motion.builder().from(motion).date(motionDate).build();
      }
      header.motion(motion);
      if (motion.procedure().isPresent()) {
        header.procedure(motion.procedure());
      }
    }
    if (reportStart >= 0) {
      Report report = reports.read(lines.subList(reportStart, lines.size()), numbers);
      header.report(report);
      if (report.procedure().isPresent()) {
        header.procedure(report.procedure());
      }
    }
    header.documentNumbers(numbers);
    if (!numbers.isEmpty()) {
      header.documentNumber(numbers.get(0));
    }
    return header.build();
  }

  /**
   * A line of page furniture, which has a digit or not: document numbers, a day line, an edition, a
   * procedure.
   */
  private void furniture(String text, boolean digits, Header.Builder header, List<String> numbers) {
    if (digits) {
      numbers.addAll(ReferenceFinder.documentNumbers(text));
    }
    if (profile != null && profile.editionLabels().contains(text)) {
      header.edition(text);
      return;
    }
    if (!digits) {
      return;
    }
    Matcher procedure = ReferenceFinder.PROCEDURE.matcher(text);
    if (procedure.find()) {
      header.procedure(ProcedureReference.parse(procedure.group()));
      return;
    }
    if (profile == null) {
      return;
    }
    // The day line: a written date and, after the last " - ", the place.
    Optional<LocalDate> date = profile.readDate(text);
    int dash = text.lastIndexOf(" - ");
    if (date.isPresent() && dash > 0 && text.length() < 100) {
      header.date(date);
      header.place(text.substring(dash + 3).strip());
    }
  }
}
