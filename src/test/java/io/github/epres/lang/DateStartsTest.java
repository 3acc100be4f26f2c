package io.github.epres.lang;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The date finder, which gives the patterns only the digit runs {@link DateStarts} lets through,
 * finds every date the patterns find when tried at every digit run: in all 24 languages, on texts
 * made of each language's dates, digits and punctuation.
 */
class DateStartsTest {
  @Test
  void skipsNoDate() {
    for (LanguageProfile profile : LanguageProfiles.builtIn()) {
      Random random = new Random(profile.code().hashCode());
      List<String> pieces = new ArrayList<>(List.of(" ", ".", ", ", "(1)", "1.", "2021/2544", "-"));
      for (List<String> forms : profile.months()) {
        pieces.add(forms.get(0));
        pieces.add(" " + forms.get(forms.size() - 1) + " ");
      }
      pieces.addAll(List.of("3", "11", "2021", " gada ", " m. ", ". ", "er ", "º ", " de ", "ης "));
      for (int round = 0; round < 400; round++) {
        StringBuilder text = new StringBuilder();
        for (int i = random.nextInt(14); i >= 0; i--) {
          text.append(pieces.get(random.nextInt(pieces.size())));
        }
        String s = text.toString();
        assertThat(profile.findDates(s).size())
            .as("%s: %s", profile.code(), s)
            .isEqualTo(everyRun(profile, s));
      }
    }
  }

  /** The dates found by trying the patterns at every digit run (as before the table). */
  private static int everyRun(LanguageProfile profile, String text) {
    int count = 0;
    for (int i = 0; i < text.length(); i++) {
      boolean start =
          Character.isDigit(text.charAt(i))
              && (i == 0 || !Character.isLetterOrDigit(text.charAt(i - 1)));
      if (!start) {
        continue;
      }
      int end = i;
      while (end < text.length() && Character.isDigit(text.charAt(end))) {
        end++;
      }
      if (end - i == 3 || end - i > 4) {
        i = end;
        continue;
      }
      for (Pattern p : profile.compiledDatePatterns()) {
        Matcher m = p.matcher(text).region(i, text.length());
        if (m.lookingAt() && profile.monthNumbers().containsKey(m.group("month").toLowerCase())) {
          count++;
          i = m.end() - 1;
          break;
        }
      }
    }
    return count;
  }
}
