package io.github.epres.internal.lines;

import io.github.epres.lang.LanguageProfile;
import java.util.List;

/**
 * The footer a copied EP web page ends with, recognised by the words of the page's language: "Last
 * updated: 8 October 2019Legal notice - Privacy policy" (the date glued to the legal notice), the
 * legal notice with or without the privacy policy, or the last-updated label and its date alone.
 * Nothing else is taken for it: a line that merely mentions a legal notice is text.
 */
public final class PageFurniture {
  /** Longer than any footer seen (about 90 characters in Greek): a longer line is text. */
  private static final int MAX_LENGTH = 200;

  /** The longest date after the last-updated label ("13 września 2019", "2019. gada 13. …"). */
  private static final int MAX_DATE = 40;

  private PageFurniture() {}

  /** Whether {@code text} is a page footer in the language of {@code profile} (null: none). */
  public static boolean isFooter(String text, LanguageProfile profile) {
    if (profile == null || text.length() > MAX_LENGTH) {
      return false;
    }
    String line = text.replace('\u00A0', ' ').strip();
    String label = prefix(profile.footerLastUpdated(), line, 0);
    if (label == null) {
      return isLegalNotice(line, 0, profile);
    }
    // The date runs on into the legal notice: "…: 11 januari 2018Juridische mededeling".
    for (int at = label.length(); at < line.length() && at <= label.length() + MAX_DATE; at++) {
      if (prefix(profile.footerLegalNotice(), line, at) != null) {
        return hasDigit(line, label.length(), at) && isLegalNotice(line, at, profile);
      }
    }
    return line.length() - label.length() <= MAX_DATE
        && hasDigit(line, label.length(), line.length());
  }

  /** Whether {@code line} from {@code at} is a legal notice, alone or with its privacy policy. */
  private static boolean isLegalNotice(String line, int at, LanguageProfile profile) {
    String notice = prefix(profile.footerLegalNotice(), line, at);
    if (notice == null) {
      return false;
    }
    String rest = line.substring(at + notice.length()).strip();
    if (rest.isEmpty()) {
      return true;
    }
    if (rest.charAt(0) != '-' && rest.charAt(0) != '–') {
      return false;
    }
    return profile.footerPrivacyPolicy().contains(rest.substring(1).strip());
  }

  /** The item of {@code words} that {@code line} has at {@code at}, or null. */
  private static String prefix(List<String> words, String line, int at) {
    for (String word : words) {
      if (line.startsWith(word, at)) {
        return word;
      }
    }
    return null;
  }

  private static boolean hasDigit(String line, int from, int to) {
    for (int i = from; i < to; i++) {
      if (Character.isDigit(line.charAt(i))) {
        return true;
      }
    }
    return false;
  }
}
