package io.github.epres.lang;

import io.github.epres.model.DateRef;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the dates of one language in texts. Dates start with digits, so only the starts of digit
 * runs of a day's or a year's length are tried; a match whose month name is not the language's, or
 * whose day does not exist, is not a date. Keeps its matchers from one text to the next, so it is
 * not thread-safe: use one per parse ({@link LanguageProfile#dateFinder()}).
 */
public final class DateFinder {
  private final List<Pattern> patterns;
  private final Map<String, Integer> months;
  private final Matcher[] matchers;
  private final DateStarts starts;
  private String text;
  private String original;

  /** The text's characters, reused from text to text: a char array scans faster than a string. */
  private char[] chars = new char[0];

  DateFinder(List<Pattern> patterns, Map<String, Integer> months) {
    this.patterns = patterns;
    this.months = months;
    this.matchers = new Matcher[patterns.size()];
    this.starts = DateStarts.of(patterns);
  }

  /** Every date written in {@code text}, in order. */
  public List<DateRef> find(String text) {
    int n = text.length();
    if (chars.length < n) {
      chars = new char[Math.max(n, chars.length * 2)];
    }
    text.getChars(0, n, chars, 0);
    int[] runs = new int[8];
    int count = 0;
    for (int i = nextDigit(chars, 0, n); i < n; i = nextDigit(chars, i, n)) {
      if (count == runs.length) {
        runs = Arrays.copyOf(runs, count * 2);
      }
      runs[count++] = i;
      while (i < n && isDigit(chars[i])) {
        i++;
      }
    }
    return find(text, runs, count);
  }

  /**
   * As {@link #find(String)}, for a caller that has looked at the text's characters already: {@code
   * runStarts} holds where each run of ASCII digits in {@code text} starts, in order, in its first
   * {@code count} entries. Only those places are tried.
   */
  public List<DateRef> find(String text, int[] runStarts, int count) {
    if (count == 0) {
      return List.of();
    }
    original = text;
    List<DateRef> dates = List.of();
    boolean reset = false;
    int n = text.length();
    int covered = 0;
    for (int r = 0; r < count; r++) {
      int i = runStarts[r];
      if (i < covered) {
        continue;
      }
      int end = i + 1;
      while (end < n && isDigit(text.charAt(end))) {
        end++;
      }
      // A date starts with a day (1 or 2 digits) or a year (4), not inside a word or number.
      int length = end - i;
      if ((length <= 2 || length == 4)
          && (i == 0 || !Character.isLetterOrDigit(text.charAt(i - 1)))
          && (end == n || starts.canStart(length, asSpace(text.charAt(end))))) {
        if (!reset) {
          // A date may straddle a line break in hard-wrapped text: the patterns run over the text
          // with its line terminators as spaces (same length, so offsets hold), made only for a
          // text with a digit run worth trying; the date's text is the original.
          this.text =
              text.indexOf('\n') < 0 && text.indexOf('\r') < 0
                  ? text
                  : text.replace('\n', ' ').replace('\r', ' ');
          resetMatchers();
          reset = true;
        }
        DateRef date = dateAt(i);
        if (date != null) {
          if (dates.isEmpty()) {
            dates = new ArrayList<>();
          }
          dates.add(date);
          covered = i + date.text().length();
        }
      }
    }
    return dates;
  }

  private static int nextDigit(char[] c, int from, int n) {
    int i = from;
    while (i < n && !isDigit(c[i])) {
      i++;
    }
    return i;
  }

  private static char asSpace(char c) {
    return c == '\n' || c == '\r' ? ' ' : c;
  }

  private static boolean isDigit(char c) {
    return (char) (c - '0') <= 9;
  }

  private void resetMatchers() {
    for (int p = 0; p < matchers.length; p++) {
      matchers[p] = matchers[p] == null ? patterns.get(p).matcher(text) : matchers[p].reset(text);
    }
  }

  /** The date starting at {@code start}, or null. */
  private DateRef dateAt(int start) {
    for (Matcher m : matchers) {
      if (!m.region(start, text.length()).lookingAt()) {
        continue;
      }
      Integer month = monthNumber(m.group("month"));
      if (month == null) {
        continue;
      }
      try {
        int year = number(m.start("year"), m.end("year"));
        int day = number(m.start("day"), m.end("day"));
        return DateRef.of(
            LocalDate.of(year, month, day), original.substring(start, m.end()), start);
      } catch (DateTimeException | NumberFormatException e) {
        return null;
      }
    }
    return null;
  }

  /**
   * The number the digits from {@code start} to {@code end} write, read by hand for ASCII digits
   * (what the built-in patterns' {@code \d} match), by {@link Integer#parseInt} otherwise.
   */
  private int number(int start, int end) {
    int value = 0;
    for (int i = start; i < end; i++) {
      char c = text.charAt(i);
      if (!isDigit(c) || end - start > 9) {
        return Integer.parseInt(text, start, end, 10);
      }
      value = value * 10 + (c - '0');
    }
    return value;
  }

  /** The number of a month name as written (any case), or null. */
  private Integer monthNumber(String name) {
    Integer month = months.get(name);
    return month != null ? month : months.get(name.toLowerCase(Locale.ROOT));
  }
}
