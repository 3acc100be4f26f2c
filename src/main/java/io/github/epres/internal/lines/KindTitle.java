package io.github.epres.internal.lines;

import io.github.epres.internal.semantics.ReferenceFinder;
import io.github.epres.internal.util.Brackets;
import io.github.epres.lang.LanguageProfile;
import io.github.epres.model.DateRef;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;

/**
 * Titles read from a line that names a kind of document without the profile's full title pattern
 * ({@link TitleLines} tries these after the pattern): a motion's dateless title with its procedure
 * bracket under it, a report's heading in capitals over its subject, a legislative title with COM
 * numbers; and, without an author line, a line with a date and a procedure bracket.
 */
final class KindTitle {
  private KindTitle() {}

  /**
   * Without an author line, a line that names no kind the profile knows but reads as a title does:
   * a date of the language and a bracketed procedure ("Poprawki przyjęte przez Parlament Europejski
   * w dniu 17 grudnia 2020 r. w sprawie … (… 2017/0035(COD))", the title of a text of amendments
   * adopted); the nearest to the first block.
   */
  static TitleLines.Found datedProcedureLine(
      List<SourceLine> lines, List<Integer> candidates, LanguageProfile profile) {
    for (int c = candidates.size() - 1; c >= 0; c--) {
      int i = candidates.get(c);
      String text = lines.get(i).text().strip();
      Matcher m = ReferenceFinder.PROCEDURE.matcher(text);
      if (TitleLines.isProcedureLine(text) || !m.find()) {
        continue;
      }
      List<DateRef> dates = profile.findDates(text);
      if (!dates.isEmpty() && dates.get(0).offset() < m.start()) {
        DateRef date = dates.get(0);
        int subject = date.offset() + date.text().length();
        int bracket = Brackets.opening(text, m.start());
        String rest = text.substring(subject, bracket < subject ? m.start() : bracket).strip();
        return new TitleLines.Found(
            i,
            i,
            false,
            new LanguageProfile.TitleParts(
                null, date.text(), Optional.of(date.date()), rest, m.group()));
      }
    }
    return null;
  }

  /**
   * A line naming a document kind; a bracketed procedure on the very next line, "(2025/2691(RSP))"
   * as on motion pages, ends the title and gives its procedure.
   */
  static TitleLines.Found looseTitle(
      List<SourceLine> lines, List<Integer> candidates, LanguageProfile profile) {
    for (int c = candidates.size() - 1; c >= 0; c--) {
      int i = candidates.get(c);
      if (TitleLines.isProcedureLine(lines.get(i).text())) {
        // "(Codecision procedure: first reading)" names no kind, whatever words it holds.
        continue;
      }
      LanguageProfile.TitleParts parts = profile.readLooseTitle(lines.get(i).text()).orElse(null);
      if (parts == null) {
        continue;
      }
      TitleLines.Found under =
          c > 0 ? headingAbove(lines, candidates.get(c - 1), i, profile) : null;
      if (under != null) {
        // "on the proposal for a decision …" under "DRAFT … LEGISLATIVE RESOLUTION": the heading
        // names the kind.
        return under;
      }
      if (c + 1 < candidates.size()) {
        SourceLine next = lines.get(candidates.get(c + 1));
        Matcher m = ReferenceFinder.PROCEDURE.matcher(next.text().strip());
        if (next.span().line() == lines.get(i).span().line() + 1
            && TitleLines.isProcedureOnly(next)
            && m.find()) {
          LanguageProfile.TitleParts withProcedure =
              new LanguageProfile.TitleParts(
                  parts.kind(), parts.dateText(), parts.date(), parts.subject(), m.group());
          return new TitleLines.Found(i, candidates.get(c + 1), true, withProcedure);
        }
      }
      if (c + 1 < candidates.size()) {
        TitleLines.Found section = sectionTitle(lines, i, candidates.get(c + 1), parts, profile);
        if (section != null) {
          return section;
        }
      }
      return new TitleLines.Found(i, i, false, parts);
    }
    return null;
  }

  /**
   * The title a report's section heading in capitals makes with the subject line under it (not in
   * capitals itself: a heading under a heading is the table of contents' line above the title).
   */
  static TitleLines.Found headingAbove(
      List<SourceLine> lines, int above, int subject, LanguageProfile profile) {
    String heading = lines.get(above).text().strip();
    if (!isCapitals(heading) || isCapitals(lines.get(subject).text())) {
      return null;
    }
    LanguageProfile.TitleParts parts = profile.readLooseTitle(heading).orElse(null);
    if (parts == null) {
      return null;
    }
    TitleLines.Found section = sectionTitle(lines, above, subject, parts, profile);
    if (section != null || lines.get(subject).span().line() > lines.get(above).span().line() + 2) {
      return section;
    }
    // "ENTWURF EINER LEGISLATIVEN ENTSCHLIESSUNG DES EUROPÄISCHEN PARLAMENTS" over "zu dem
    // Vorschlag für einen Beschluss …", its procedure on a line of its own: the heading's kind.
    String text = lines.get(subject).text().strip();
    Matcher m = ReferenceFinder.PROCEDURE.matcher(text);
    return new TitleLines.Found(
        above,
        subject,
        false,
        new LanguageProfile.TitleParts(
            parts.kind(), parts.dateText(), parts.date(), text, m.find() ? m.group() : null));
  }

  private static boolean isCapitals(String text) {
    return text.equals(text.toUpperCase(Locale.ROOT));
  }

  /**
   * A report's section heading over its subject line, read joined: "MOTION FOR A EUROPEAN
   * PARLIAMENT RESOLUTION" over "on … (2020/2201(INI))", where the kind word ends the heading; or a
   * heading in capitals that goes on after it ("ENTWURF EINER LEGISLATIVEN ENTSCHLIESSUNG DES
   * EUROPÄISCHEN PARLAMENTS") over a subject line with the procedure, whose subject is then the
   * subject line's. Null when the next line is not such.
   */
  private static TitleLines.Found sectionTitle(
      List<SourceLine> lines,
      int i,
      int nextIndex,
      LanguageProfile.TitleParts parts,
      LanguageProfile profile) {
    SourceLine next = lines.get(nextIndex);
    // The subject under the heading, or after a blank line, as report pages print it.
    if (next.span().line() > lines.get(i).span().line() + 2) {
      return null;
    }
    String heading = lines.get(i).text().strip();
    String subject = next.text().strip();
    boolean goesOn = !parts.subject().isEmpty();
    if (goesOn) {
      Matcher m = ReferenceFinder.PROCEDURE.matcher(subject);
      boolean capitals = heading.equals(heading.toUpperCase(Locale.ROOT));
      if (!capitals || parts.procedure() != null || !m.find() || m.start() == 0) {
        return null;
      }
    }
    LanguageProfile.TitleParts joined =
        profile.readLooseTitle(heading + " " + subject).orElse(parts);
    if (goesOn && joined.subject().startsWith(parts.subject())) {
      joined =
          new LanguageProfile.TitleParts(
              joined.kind(),
              joined.dateText(),
              joined.date(),
              joined.subject().substring(parts.subject().length()).strip(),
              joined.procedure());
    }
    return new TitleLines.Found(i, nextIndex, false, joined);
  }
}
