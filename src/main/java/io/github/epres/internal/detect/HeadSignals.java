package io.github.epres.internal.detect;

import io.github.epres.internal.util.Digits;
import io.github.epres.internal.util.HeaderText;
import io.github.epres.lang.LanguageProfile;
import java.util.List;
import java.util.Locale;

/**
 * What a head without an author line or a title says of its language: a motion's or a report's
 * heading ("PROPOSITION DE RÉSOLUTION COMMUNE …", "ΣΧΕΔΙΟ ΝΟΜΟΘΕΤΙΚΟΥ ΨΗΦΙΣΜΑΤΟΣ"), a rapporteur
 * label, an "on behalf of the … Group" line, a Rule line naming the Rules of Procedure.
 */
final class HeadSignals {
  /** The head lines looked at: a header is short, and a long text without one is not a head. */
  private static final int MAX_LINES = 80;

  /** An "on behalf of" line is short: its pattern is tried on no longer one. */
  private static final int MAX_BEHALF = 200;

  private HeadSignals() {}

  /**
   * How well the head's first text lines name the profile's kind of document, 0 to 1: half for each
   * kind of signal found (a heading, a rapporteur label, an "on behalf of" line, a kind word),
   * since one alone may be shared with another language ("Rapporteur:").
   */
  static double headed(String[] texts, LanguageProfile profile) {
    boolean heading = false;
    boolean rapporteur = false;
    boolean behalf = false;
    boolean rule = false;
    int seen = 0;
    for (int i = 0; i < texts.length && seen < MAX_LINES; i++) {
      String text = texts[i];
      if (text == null || text.isEmpty() || text.length() > 400) {
        continue;
      }
      seen++;
      // Older doceo pages wrap header parts in markers: "<TitreType>…</TitreType>".
      text = HeaderText.plain(text);
      heading |=
          startsWithAny(profile.jointMotionHeadings(), text)
              || startsWithAny(profile.motionHeadings(), text)
              || startsWithAny(profile.reportHeadings(), text);
      rapporteur |= startsWithAny(profile.rapporteurLabels(), text);
      rule |= !rule && isRuleLine(profile, text);
      behalf |= !behalf && behalf(profile, text);
    }
    int signals = (heading ? 1 : 0) + (rapporteur ? 1 : 0) + (behalf ? 1 : 0) + (rule ? 1 : 0);
    return Math.min(1, signals * 0.5);
  }

  /**
   * A motion's Rule line: "… pursuant to Rule 132(2) of the Rules of Procedure" in the language.
   */
  private static boolean isRuleLine(LanguageProfile profile, String text) {
    if (text.length() > MAX_BEHALF || !Digits.any(text)) {
      return false;
    }
    String lower = null;
    for (String name : profile.rulesOfProcedure()) {
      lower = lower == null ? text.toLowerCase(Locale.ROOT) : lower;
      if (lower.contains(name.toLowerCase(Locale.ROOT))) {
        return true;
      }
    }
    return false;
  }

  /** The whole line is the profile's "on behalf of" line (matched whole: no search in it). */
  private static boolean behalf(LanguageProfile profile, String text) {
    return text.length() <= MAX_BEHALF
        && profile.compiledOnBehalfOf().isPresent()
        && profile.compiledOnBehalfOf().get().matcher(text).matches();
  }

  /** Whether {@code text} starts with one of the headings, case ignored, as a whole word. */
  private static boolean startsWithAny(List<String> headings, String text) {
    for (String heading : headings) {
      int n = heading.length();
      if (text.regionMatches(true, 0, heading, 0, n)
          && (text.length() == n || !Character.isLetter(text.charAt(n)))) {
        return true;
      }
    }
    return false;
  }
}
