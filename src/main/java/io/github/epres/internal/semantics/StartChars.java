package io.github.epres.internal.semantics;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The characters a match of a pattern can start with, learnt one character at a time: a match can
 * start with {@code c} only if the pattern matches the one-character text {@code c} or needs more
 * text to tell ({@link Matcher#hitEnd()}). {@link #find} tries the pattern only at such characters,
 * where {@link Matcher#find()} would try it at every position: for the profile's patterns, which
 * start with a word or a space, that is most of their cost. Where both are ASCII, the character
 * after is learnt too, the same way: a space starts " to " but not " the".
 */
final class StartChars {
  private static final byte UNKNOWN = 0;
  private static final byte YES = 1;
  private static final byte NO = 2;

  /** One table per pattern, shared by all parses: a race only writes the same answer twice. */
  private static final Map<Pattern, StartChars> TABLES = new ConcurrentHashMap<>();

  private final Pattern pattern;
  private final byte[] known = new byte[0x3000];

  /** By an ASCII character and the ASCII character after it. */
  private final byte[] knownPairs = new byte[0x80 * 0x80];

  /**
   * Whether a one-character probe can tell: not where the pattern looks behind or tests a
   * non-boundary, which see text before the match that the probe does not have.
   */
  private final boolean probed;

  private StartChars(Pattern pattern) {
    this.pattern = pattern;
    String regex = pattern.pattern();
    this.probed =
        !regex.contains("(?<=")
            && !regex.contains("(?<!")
            && !regex.contains("\\B")
            && !regex.startsWith("^");
  }

  static StartChars of(Pattern pattern) {
    StartChars table = TABLES.get(pattern);
    if (table == null) {
      table = new StartChars(pattern);
      StartChars earlier = TABLES.putIfAbsent(pattern, table);
      table = earlier != null ? earlier : table;
    }
    return table;
  }

  /**
   * As {@code m.find()} on {@code m}'s whole input from {@code from}: the leftmost match, tried
   * only where one can start. {@code m} must be a matcher of this table's pattern, with transparent
   * and non-anchoring bounds, so that a try at one position sees the text as {@code find()} would.
   */
  boolean find(Matcher m, CharSequence text, int from) {
    int n = text.length();
    // The same tries as findWithin, over the whole text: the transparent bounds see past each try.
    return from <= n && findWithin(m, text, from, n);
  }

  /**
   * As {@code m.find()} on the text from {@code from} to {@code limit} alone, as if that were cut
   * out of it: the leftmost match, tried only where one can start. {@code m} must be a matcher of
   * this table's pattern over {@code text} with the default (opaque, anchoring) bounds, so that the
   * match sees nothing past {@code limit}; exact for patterns that do not look behind their start
   * or match {@code ^} (a try at {@code i} sees nothing before {@code i}).
   */
  boolean findWithin(Matcher m, CharSequence text, int from, int limit) {
    for (int i = from; i < limit; i++) {
      if (canStart(text, i, limit) && m.region(i, limit).lookingAt()) {
        return true;
      }
    }
    // An empty match at the end, as find() would give it.
    return m.region(limit, limit).lookingAt();
  }

  /** A matcher of the pattern over {@code text}, with the bounds {@link #find} needs. */
  Matcher matcher(CharSequence text) {
    return pattern.matcher(text).useTransparentBounds(true).useAnchoringBounds(false);
  }

  /**
   * Whether a match can start at {@code i}, by its character and the next one (when both are ASCII
   * and before {@code limit}).
   */
  private boolean canStart(CharSequence text, int i, int limit) {
    char c = text.charAt(i);
    if (!canStart(c)) {
      return false;
    }
    if (!probed || c >= 0x80 || i + 1 >= limit || text.charAt(i + 1) >= 0x80) {
      return true;
    }
    int pair = c * 0x80 + text.charAt(i + 1);
    byte answer = knownPairs[pair];
    if (answer == UNKNOWN) {
      Matcher probe = pattern.matcher(text.subSequence(i, i + 2));
      answer = probe.lookingAt() || probe.hitEnd() ? YES : NO;
      knownPairs[pair] = answer;
    }
    return answer == YES;
  }

  private boolean canStart(char c) {
    if (c >= known.length || !probed) {
      return true;
    }
    byte answer = known[c];
    if (answer == UNKNOWN) {
      Matcher probe = pattern.matcher(String.valueOf(c));
      answer = probe.lookingAt() || probe.hitEnd() ? YES : NO;
      known[c] = answer;
    }
    return answer == YES;
  }
}
