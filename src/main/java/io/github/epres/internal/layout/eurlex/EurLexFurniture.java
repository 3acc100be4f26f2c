package io.github.epres.internal.layout.eurlex;

import io.github.epres.internal.semantics.ReferenceFinder;
import io.github.epres.internal.util.Digits;
import io.github.epres.lang.LanguageProfile;
import io.github.epres.lang.LanguageProfiles;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;

/**
 * Whether a line of a document's head is EUR-Lex's page furniture, to be kept as a header line and
 * never read as a block or a title: the site's lines ("This document is an excerpt from the EUR-Lex
 * website", "Choose the experimental features you want to try", "European flag"), the notice's
 * lines ({@link EurLexNotice}; among them a date or an official language's code alone, the page
 * header's cells, as older motion pages print their date), the Journal's name in the page header
 * (whole, or in two lines: "Official Journal" / "of the European Union"), the series line of the
 * Journal since 2023 ("Series C"), and a line of EP document numbers only ("P8_TA(2015)0198"). The
 * site's lines are in the interface's language, which need not be the document's: those of every
 * built-in profile are looked up.
 */
public final class EurLexFurniture {
  /** The site's name, the same in every language; its own lines name it ("Back to EUR-Lex …"). */
  private static final String SITE = "EUR-Lex";

  private static final Set<String> LANGUAGE_CODES = new HashSet<>();

  /** Every built-in profile's site lines, Journal names (and their halves) and series lines. */
  private static final Set<String> BUILT_IN = new HashSet<>();

  static {
    for (LanguageProfile profile : LanguageProfiles.builtIn()) {
      LANGUAGE_CODES.add(profile.code().toUpperCase(Locale.ROOT));
      for (String line : profile.eurLexLines()) {
        BUILT_IN.add(apostrophes(line));
      }
      for (String name : profile.officialJournalNames()) {
        addWithHalves(apostrophes(name));
      }
      for (String form : profile.officialJournalSeries()) {
        BUILT_IN.add(form.replace("{series}", "C"));
        BUILT_IN.add(form.replace("{series}", "L"));
      }
    }
  }

  private EurLexFurniture() {}

  /**
   * Whether {@code text}, a line of the head, is EUR-Lex's furniture; {@code profile} (the
   * document's, null if unknown) adds its own Journal name and lines where it is not built in.
   */
  public static boolean isFurniture(String text, LanguageProfile profile) {
    String line = text.replace('\u00A0', ' ').strip();
    if (line.isEmpty()) {
      return false;
    }
    if (Digits.any(line)) {
      return isNoticeLine(line) || isDocumentNumbers(line);
    }
    String code = NoticeLines.languageCell(line);
    if (code != null) {
      return isLanguageCode(code);
    }
    if (NoticeLines.isNoticeLine(line)) {
      return true;
    }
    // The Journal's name as a cell of the table view: "Amtsblatt der Europäischen Union |".
    String plain = apostrophes(NoticeLines.withoutCellBar(line));
    return line.contains(SITE)
        || BUILT_IN.contains(plain)
        || (profile != null && profileSays(plain, profile));
  }

  /** Whether two capitals are the code of an official language, as a page header's cell has it. */
  static boolean isLanguageCode(String code) {
    return LANGUAGE_CODES.contains(code);
  }

  /** A line with a digit that the notice reads. */
  private static boolean isNoticeLine(String line) {
    return NoticeLines.celex(line) != null
        || NoticeLines.pageHeader(line) != null
        || NoticeLines.actNumber(line) != null
        || NoticeLines.reference(line) != null
        || NoticeLines.oldNotice(line) != null
        || NoticeLines.oldNumbers(line) != null
        || NoticeLines.isNoticeLine(line);
  }

  /** A line of EP document numbers and nothing else: "P8_TA(2015)0198". */
  public static boolean isDocumentNumbers(String line) {
    Matcher m = ReferenceFinder.EP_DOCUMENT.matcher(line);
    int end = 0;
    while (m.find() && m.start() == end) {
      end = m.end();
    }
    return end > 0 && end == line.length();
  }

  private static boolean profileSays(String line, LanguageProfile profile) {
    for (String name : profile.officialJournalNames()) {
      if (isNameOrHalf(line, apostrophes(name))) {
        return true;
      }
    }
    for (String form : profile.officialJournalSeries()) {
      if (line.equals(form.replace("{series}", "C"))
          || line.equals(form.replace("{series}", "L"))) {
        return true;
      }
    }
    for (String own : profile.eurLexLines()) {
      if (line.equals(apostrophes(own))) {
        return true;
      }
    }
    return false;
  }

  private static void addWithHalves(String name) {
    BUILT_IN.add(name);
    for (int space = name.indexOf(' '); space > 0; space = name.indexOf(' ', space + 1)) {
      BUILT_IN.add(name.substring(0, space));
      BUILT_IN.add(name.substring(space + 1));
    }
  }

  /** The whole name, or the part before or after one of its spaces (the page breaks it there). */
  private static boolean isNameOrHalf(String line, String name) {
    if (line.equals(name)) {
      return true;
    }
    int n = line.length();
    return n < name.length()
        && ((name.startsWith(line) && name.charAt(n) == ' ')
            || (name.endsWith(line) && name.charAt(name.length() - n - 1) == ' '));
  }

  /** The Journal's names are printed with either apostrophe: "dell’Unione", "de l'Union". */
  private static String apostrophes(String text) {
    return text.replace('\u2019', '\'');
  }
}
