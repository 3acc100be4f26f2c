package io.github.epres.internal.layout;

import io.github.epres.internal.layout.eurlex.EurLexFurniture;
import io.github.epres.internal.layout.eurlex.EurLexNotice;
import io.github.epres.internal.lines.SourceLine;
import io.github.epres.internal.semantics.ReferenceFinder;
import io.github.epres.internal.util.Digits;
import io.github.epres.internal.util.HeaderText;
import io.github.epres.lang.LanguageProfile;
import io.github.epres.model.Header;
import io.github.epres.model.Motion;
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
    MotionReader motions = new MotionReader(profile);
    int motionStart = profile == null ? -1 : motions.headingIndex(lines);
    ReportReader reports = new ReportReader(profile);
    // A report page's table of contents names its motion for a resolution after its heading: a
    // report's heading counts before a motion's, so it is looked for only there.
    int reportStart =
        profile == null
            ? -1
            : reports.headingIndex(lines, motionStart < 0 ? lines.size() : motionStart);
    if (reportStart >= 0 && (motionStart < 0 || reportStart < motionStart)) {
      motionStart = -1;
    } else {
      reportStart = -1;
    }
    if (profile != null && motionStart < 0 && reportStart < 0) {
      // A copy that lost the motion's heading still has its Rule line.
      motionStart = motions.ruleLineIndex(lines);
    }
    int furnitureEnd =
        motionStart >= 0 ? motionStart : reportStart >= 0 ? reportStart : lines.size();
    List<String> numbers = new ArrayList<>();
    Optional<LocalDate> motionDate = Optional.empty();
    EurLexNotice notice = new EurLexNotice();
    for (int i = 0; i < furnitureEnd; i++) {
      String text = HeaderText.plain(lines.get(i).text());
      Matcher date = MotionReader.MOTION_DATE.matcher(text);
      if (motionStart >= 0 && date.matches()) {
        // Older motion pages give the tabling date before the heading.
        motionDate = MotionReader.date(date);
      }
      if (!notice.read(text)) {
        // Numbers and dates all have a digit: a line of names or of a page's menu has none, and is
        // looked at once for that, not by each of their patterns.
        boolean digits = Digits.any(text);
        // An EUR-Lex copy prints its numbers on lines of their own: one in a longer line is cited.
        if (digits && (!notice.isEurLex() || EurLexFurniture.isDocumentNumbers(text))) {
          addNew(numbers, ReferenceFinder.documentNumbers(text));
        }
        furniture(text, digits, header);
      }
    }
    // An EUR-Lex copy may print its act's number after the title, and an older one its notice.
    for (SourceLine line : trailer) {
      String text = HeaderText.plain(line.text());
      if (!notice.read(text) && EurLexFurniture.isDocumentNumbers(text)) {
        // A sitting's page prints a text's numbers under its title: "P9_TA(2019)0004RC-B9-…".
        addNew(numbers, ReferenceFinder.documentNumbers(text));
      }
    }
    addNew(numbers, notice.numbers());
    header.celex(notice.celex()).officialJournal(notice.journal());
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
   * The header of a text in which no block was found, read as a resolution's would be: from the
   * lines before its title (the last line before the author line that reads as one) and those
   * between the title and the author line; without an author line, from its lines of EUR-Lex
   * furniture, the only head lines known without the blocks. Null when they give nothing.
   */
  Header readWithoutBlocks(List<SourceLine> lines) {
    int author = -1;
    for (int i = 0; i < lines.size() && author < 0 && profile != null; i++) {
      author = profile.isAuthorLine(lines.get(i).text()) ? i : -1;
    }
    Header header;
    if (author >= 0) {
      int title = author;
      for (int i = author - 1; i >= 0 && title == author; i--) {
        title = profile.readLooseTitle(lines.get(i).text()).isPresent() ? i : author;
      }
      header = read(lines.subList(0, title), lines.subList(Math.min(title + 1, author), author));
    } else {
      List<SourceLine> furniture = new ArrayList<>();
      for (SourceLine line : lines) {
        if (EurLexFurniture.isFurniture(line.text(), profile)) {
          furniture.add(line);
        }
      }
      header = read(furniture, List.of());
    }
    boolean empty =
        header == null
            || (header.documentNumbers().isEmpty()
                && header.celex().isEmpty()
                && header.officialJournal().isEmpty()
                && header.procedure().isEmpty()
                && header.date().isEmpty()
                && header.motion().isEmpty()
                && header.report().isEmpty());
    return empty ? null : header;
  }

  /** Adds the numbers not listed yet: a page prints its number more than once. */
  private static void addNew(List<String> numbers, List<String> found) {
    for (String number : found) {
      if (!numbers.contains(number)) {
        numbers.add(number);
      }
    }
  }

  /** A line of page furniture, which has a digit or not: a day line, an edition, a procedure. */
  private void furniture(String text, boolean digits, Header.Builder header) {
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
      String place = text.substring(dash + 3).strip();
      // The edition label follows the place on the same line, after a space or glued to it:
      // "… - Strasbourg Final edition", "… - StrasbourgKončna izdaja".
      for (String edition : profile.editionLabels()) {
        if (place.endsWith(edition) && place.length() > edition.length()) {
          header.edition(edition);
          place = place.substring(0, place.length() - edition.length()).strip();
          break;
        }
      }
      header.place(place);
    }
  }
}
