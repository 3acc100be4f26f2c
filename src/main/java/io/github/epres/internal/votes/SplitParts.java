package io.github.epres.internal.votes;

import io.github.epres.internal.util.Quotes;
import io.github.epres.votes.SplitPart;
import io.github.epres.votes.TextRange;
import java.util.ArrayList;
import java.util.List;

/**
 * Finds the parts of a split vote in the block's text. A part quotes the block ("‘Strongly condemns
 * …;’"), or is "Text as a whole without the words: ‘…’" (the block but those words: up to two
 * ranges) and "those words" (the words the part before left out).
 */
public final class SplitParts {
  private static final String QUOTES = "‘’'\"“”«»„";

  private SplitParts() {}

  /** The ranges of {@code text} the part {@code number} (from 1) holds; empty if not found. */
  public static List<TextRange> ranges(String text, List<SplitPart> parts, int number) {
    if (number < 1 || number > parts.size()) {
      return List.of();
    }
    String value = parts.get(number - 1).text().strip();
    int colon = value.indexOf(':');
    if (colon > 0 && value.indexOf('‘') > colon || value.startsWith("Text as a whole")) {
      // "Text as a whole without the words: ‘…’" in the list's language.
      TextRange words = find(text, unquote(value.substring(colon + 1)));
      return words == null ? List.of() : without(text, words);
    }
    if (!isQuoted(value) && number > 1) {
      // "those words": the words the part before left out.
      String previous = parts.get(number - 2).text();
      int at = previous.indexOf(':');
      TextRange words = at < 0 ? null : find(text, unquote(previous.substring(at + 1)));
      return words == null ? List.of() : List.of(words);
    }
    TextRange quoted = find(text, unquote(value));
    return quoted == null ? List.of() : List.of(quoted);
  }

  private static List<TextRange> without(String text, TextRange words) {
    List<TextRange> ranges = new ArrayList<>(2);
    if (words.offset() > 0) {
      ranges.add(TextRange.of(0, words.offset()));
    }
    int end = words.offset() + words.length();
    if (end < text.length()) {
      ranges.add(TextRange.of(end, text.length() - end));
    }
    return ranges;
  }

  /** Where {@code words} stand in {@code text}, exactly, or else with their white space relaxed. */
  private static TextRange find(String text, String words) {
    if (words.isEmpty()) {
      return null;
    }
    int at = text.indexOf(words);
    if (at >= 0) {
      return TextRange.of(at, words.length());
    }
    String flat = text.replaceAll("\\s", " ");
    at = flat.indexOf(words.replaceAll("\\s+", " "));
    return at < 0 ? null : TextRange.of(at, words.replaceAll("\\s+", " ").length());
  }

  private static boolean isQuoted(String value) {
    return !value.isEmpty() && QUOTES.indexOf(value.charAt(0)) >= 0;
  }

  private static String unquote(String value) {
    return Quotes.without(value, QUOTES);
  }
}
