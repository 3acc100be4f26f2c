package io.github.epres.internal.lines;

import io.github.epres.internal.semantics.ReferenceFinder;
import io.github.epres.internal.util.Digits;
import io.github.epres.lang.LanguageProfile;
import io.github.epres.model.DateRef;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;

/**
 * The title of an act as the Official Journal prints it, in three parts on lines of their own: the
 * kind and the act's number in capitals ("DECISION (EU) 2019/2224 OF THE EUROPEAN PARLIAMENT", "AZ
 * EURÓPAI PARLAMENT (EU) 2019/1429 ÁLLÁSFOGLALÁSA"), the date ("of 23 October 2019", "(2019.
 * március 26.)", "vom 11. April 2024") and the subject. The heading names the kind in the
 * language's words; the date line holds a date of the language and little else.
 */
final class ActTitle {
  /** A date line is short: the date with a preposition or in brackets. */
  private static final int MAX_DATE_LINE = 40;

  private ActTitle() {}

  /**
   * The act title nearest the end of {@code candidates} (the non-blank lines before the author
   * line), or null.
   */
  static TitleLines.Found find(
      List<SourceLine> lines, List<Integer> candidates, LanguageProfile profile) {
    for (int c = candidates.size() - 2; c >= 0; c--) {
      String heading = lines.get(candidates.get(c)).text().strip();
      if (!inCapitals(heading)) {
        continue;
      }
      // The date line first: a heading in capitals over anything else is none (a motion's number).
      String dateLine = lines.get(candidates.get(c + 1)).text().strip();
      if (dateLine.length() > MAX_DATE_LINE || !Digits.any(dateLine)) {
        continue;
      }
      LanguageProfile.TitleParts named = profile.readLooseTitle(heading).orElse(null);
      if (named == null || named.kind() == null) {
        continue;
      }
      List<DateRef> dates = profile.findDates(dateLine);
      if (dates.isEmpty()) {
        continue;
      }
      boolean subjectLine = c + 2 < candidates.size();
      int last = candidates.get(subjectLine ? c + 2 : c + 1);
      String subject = subjectLine ? lines.get(last).text().strip() : "";
      Matcher procedure = ReferenceFinder.PROCEDURE.matcher(subject);
      DateRef date = dates.get(0);
      return new TitleLines.Found(
          candidates.get(c),
          last,
          false,
          new LanguageProfile.TitleParts(
              named.kind(),
              date.text(),
              Optional.of(date.date()),
              subject,
              procedure.find() ? procedure.group() : null));
    }
    return null;
  }

  /** Whether a line is written in capitals: no small letter but "ß", which has no capital here. */
  private static boolean inCapitals(String text) {
    boolean letters = false;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (Character.isLowerCase(c) && c != 'ß') {
        return false;
      }
      letters |= Character.isLetter(c);
    }
    return letters;
  }
}
