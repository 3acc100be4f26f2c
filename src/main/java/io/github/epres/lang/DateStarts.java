package io.github.epres.lang;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Which digit runs can start a date of a language, by the run's length and the character after it,
 * learnt once per pair: a date can start there only if one of the patterns matches the run followed
 * by that character, or needs more text to tell. Most digit runs of a resolution (footnote markers,
 * paragraph numbers, procedure and document numbers) fail this test, and are then never given to
 * the patterns. Sound because every date pattern starts with its digits written as {@code \d}, so
 * that which digits they are does not matter; for other patterns every run is tried.
 */
final class DateStarts {
  private static final byte UNKNOWN = 0;
  private static final byte YES = 1;
  private static final byte NO = 2;

  /** One table per list of patterns, shared by all parses: a race writes the same answer twice. */
  private static final Map<List<Pattern>, DateStarts> TABLES = new ConcurrentHashMap<>();

  private final List<Pattern> patterns;
  private final boolean probed;

  /** By run length (1, 2, 4) and the following character. */
  private final byte[][] known = new byte[5][];

  private DateStarts(List<Pattern> patterns) {
    this.patterns = patterns;
    boolean digitsFirst = true;
    for (Pattern p : patterns) {
      String regex = p.pattern();
      digitsFirst &= regex.startsWith("(?<day>\\d{1,2})") || regex.startsWith("(?<year>\\d{4})");
    }
    this.probed = digitsFirst;
    for (int length : new int[] {1, 2, 4}) {
      known[length] = new byte[0x3000];
    }
  }

  static DateStarts of(List<Pattern> patterns) {
    DateStarts table = TABLES.get(patterns);
    if (table == null) {
      table = new DateStarts(patterns);
      DateStarts earlier = TABLES.putIfAbsent(patterns, table);
      table = earlier != null ? earlier : table;
    }
    return table;
  }

  /** Whether a run of {@code length} digits followed by {@code next} can start a date. */
  boolean canStart(int length, char next) {
    if (!probed || next >= 0x3000) {
      return true;
    }
    byte[] table = known[length];
    byte answer = table[next];
    if (answer == UNKNOWN) {
      String probe = "1".repeat(length) + next;
      answer = NO;
      for (Pattern p : patterns) {
        Matcher m = p.matcher(probe);
        if (m.lookingAt() || m.hitEnd()) {
          answer = YES;
          break;
        }
      }
      table[next] = answer;
    }
    return answer == YES;
  }
}
