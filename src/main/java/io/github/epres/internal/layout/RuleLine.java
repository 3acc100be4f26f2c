package io.github.epres.internal.layout;

import io.github.epres.lang.LanguageProfile;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A motion's Rule line, "pursuant to Rules 144(5) and 132(4) of the Rules of Procedure", and the
 * Rules it names. The line is told by the name of the Rules of Procedure in the page's language;
 * its numbers are read by their size, whatever the words around them: the Rules a motion is tabled
 * under have two or three digits (37, 103, 110, 123, 133, 144, 150 in every term seen) and their
 * paragraphs one (1 to 9), so a one-digit number is a paragraph of the Rule before it, or of the
 * Rule after it where the line names the paragraph first ("nº 4 do artigo 103º"). That reads the
 * same way "Rule 123(2) and (4)", "Artikel 136 Absätze 2 und 4", "132. cikkének (2) bekezdése",
 * "123 artiklan 2 ja 4 kohdan" and "artikel 106.2 och 106.3".
 */
final class RuleLine {
  private RuleLine() {}

  /** Whether {@code text}, which has a digit, names the Rules of Procedure of {@code profile}. */
  static boolean isRuleLine(String text, LanguageProfile profile) {
    if (profile.rulesOfProcedure().isEmpty()) {
      return false;
    }
    String lower = text.toLowerCase(Locale.ROOT);
    for (String name : profile.rulesOfProcedure()) {
      if (lower.contains(name.toLowerCase(Locale.ROOT))) {
        return true;
      }
    }
    return false;
  }

  /** The Rules the line names, in order, each with its paragraph: {@code 123(2)}, {@code 133}. */
  static List<String> rules(String text) {
    List<String> rules = new ArrayList<>();
    List<String> waiting = new ArrayList<>();
    String rule = null;
    boolean withParagraph = false;
    int i = 0;
    while (i < text.length()) {
      if (!isDigit(text.charAt(i))) {
        i++;
        continue;
      }
      int start = i;
      while (i < text.length() && isDigit(text.charAt(i))) {
        i++;
      }
      String number = text.substring(start, i);
      if (number.length() > 3) {
        // A year or a document's number, not a Rule.
        continue;
      }
      if (number.length() > 1) {
        if (rule != null && !withParagraph) {
          rules.add(rule);
        }
        rule = number;
        withParagraph = !waiting.isEmpty();
        for (String paragraph : waiting) {
          rules.add(rule + "(" + paragraph + ")");
        }
        waiting.clear();
      } else if (rule == null) {
        waiting.add(number);
      } else {
        rules.add(rule + "(" + number + ")");
        withParagraph = true;
      }
    }
    if (rule != null && !withParagraph) {
      rules.add(rule);
    }
    return rules;
  }

  private static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }
}
