package io.github.epres.internal.semantics;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where an addressee ends: the start of the first match of the profile's {@code addresseeEnd}
 * pattern within a part of a clause. The profiles write that pattern as alternatives of three
 * shapes, which this class reads out of the pattern and looks for by hand, at a few nanoseconds a
 * character where a {@code java.util.regex} try costs hundreds at every space:
 *
 * <ul>
 *   <li>punctuation: {@code [,;:.]};
 *   <li>words after a space, then a space, an optional space or a word boundary: {@code
 *       \s(?:to|for|in order to)\s};
 *   <li>a word with an ending, then one of some characters: {@code \s\p{L}+?t(?:ies)?(?=[\s,;.])},
 *       the Latvian infinitive.
 * </ul>
 *
 * A pattern with any other part is tried as a regular expression where a match can start ({@link
 * StartChars}). {@code AddresseeEndTest} checks both against the pattern itself. Not thread-safe
 * (the regular expression's matcher is reused): one per parse.
 */
final class AddresseeEnd {
  /** The shapes read from each pattern, or an empty list where it has another shape. */
  private static final Map<String, List<Shape>> SHAPES = new ConcurrentHashMap<>();

  /** The punctuation that ends an addressee, of the alternatives of one character. */
  private final Chars punctuation;

  /** The alternatives that start with a space. */
  private final AfterSpace[] afterSpace;

  // Where the pattern has another shape: its start characters and a matcher reused.
  private final StartChars starts;
  private final Matcher matcher;

  private AddresseeEnd(Pattern pattern) {
    // No method reference: each costs a class bootstrap on the first parse.
    List<Shape> read = SHAPES.get(pattern.pattern());
    if (read == null) {
      read = AddresseeEndShapes.read(pattern.pattern());
      SHAPES.putIfAbsent(pattern.pattern(), read);
    }
    StringBuilder chars = new StringBuilder();
    boolean space = false;
    List<AfterSpace> afterSpace = new ArrayList<>();
    for (Shape shape : read) {
      if (shape instanceof Chars one) {
        chars.append(one.chars());
        space |= one.space();
      } else {
        afterSpace.add((AfterSpace) shape);
      }
    }
    boolean byHand = !read.isEmpty();
    this.punctuation = byHand ? new Chars(chars.toString(), space) : null;
    this.afterSpace = afterSpace.toArray(new AfterSpace[0]);
    this.starts = byHand ? null : StartChars.of(pattern);
    this.matcher = byHand ? null : pattern.matcher("");
  }

  static AddresseeEnd of(Pattern pattern) {
    return new AddresseeEnd(pattern);
  }

  /** Whether the pattern is looked for by hand, not as a regular expression. */
  boolean byHand() {
    return punctuation != null;
  }

  /**
   * The start of the first match in {@code text} from {@code from} to {@code limit}, as if that
   * part were cut out; {@code limit} if there is none.
   */
  int find(String text, int from, int limit) {
    if (punctuation == null) {
      Matcher m = matcher.reset(text);
      return starts.findWithin(m, text, from, limit) ? m.start() : limit;
    }
    for (int i = from; i < limit; i++) {
      char c = text.charAt(i);
      if (punctuation.has(c)) {
        return i;
      }
      if (isSpace(c)) {
        for (AfterSpace shape : afterSpace) {
          if (shape.matchesAt(text, i, limit)) {
            return i;
          }
        }
      }
    }
    return limit;
  }

  /** One alternative of the pattern. */
  interface Shape {}

  /** An alternative that starts with a space. */
  interface AfterSpace extends Shape {
    /**
     * Whether the alternative matches at {@code i}, where there is a space, seeing nothing at or
     * past {@code limit}.
     */
    boolean matchesAt(String text, int i, int limit);
  }

  /** {@code [,;:.]}: one of some characters, and {@code \s} if the class holds it. */
  static final class Chars implements Shape {
    private final String chars;
    private final boolean space;

    /**
     * The characters below 64 (all the profiles' and the spaces), as bits: tested per character.
     */
    private final long low;

    /** The others, mostly none. */
    private final String high;

    Chars(String chars, boolean space) {
      this.chars = chars;
      this.space = space;
      long bits = space ? (1L << ' ') | (0x1FL << '\t') : 0;
      StringBuilder others = new StringBuilder();
      for (int i = 0; i < chars.length(); i++) {
        char c = chars.charAt(i);
        if (c < 64) {
          bits |= 1L << c;
        } else {
          others.append(c);
        }
      }
      this.low = bits;
      this.high = others.toString();
    }

    String chars() {
      return chars;
    }

    boolean space() {
      return space;
    }

    boolean has(char c) {
      return c < 64 ? (low >>> c & 1) != 0 : !high.isEmpty() && high.indexOf(c) >= 0;
    }
  }

  /** What may follow the words of {@link Words}: {@code \s}, {@code \s?} or {@code \b}. */
  enum After {
    SPACE,
    OPTIONAL_SPACE,
    BOUNDARY
  }

  /** {@code \s(?:to|for|not to)\s}: a space, one of the words, and what follows them. */
  record Words(List<String> words, After after) implements AfterSpace {
    @Override
    public boolean matchesAt(String text, int i, int limit) {
      for (String word : words) {
        int end = i + 1 + word.length();
        if (end <= limit && text.startsWith(word, i + 1) && followedWell(text, end, limit)) {
          return true;
        }
      }
      return false;
    }

    private boolean followedWell(String text, int end, int limit) {
      return switch (after) {
        case SPACE -> end < limit && isSpace(text.charAt(end));
        case OPTIONAL_SPACE -> true;
        // The words end in a letter or digit (AddresseeEndShapes checks): a boundary is a
        // character that is not a word's, as java.util.regex's \b decides it, or the limit.
        case BOUNDARY -> end == limit || !inWord(codePointAt(text, end, limit));
      };
    }

    private static boolean inWord(int c) {
      return c == '_'
          || Character.isLetterOrDigit(c)
          || Character.getType(c) == Character.NON_SPACING_MARK;
    }
  }

  /**
   * {@code \s\p{L}+?t(?:ies)?(?=[\s,;.])}: a space, then letters that end with one of the endings
   * (after at least one other letter), then one of the characters that may follow. The endings are
   * letters and the characters after are not, so the letters run to the end of the word.
   */
  record Ending(List<String> endings, Chars after) implements AfterSpace {
    @Override
    public boolean matchesAt(String text, int i, int limit) {
      int end = i + 1;
      while (end < limit) {
        char c = text.charAt(end);
        if (c < 0x80) {
          // Most letters of most languages: told without a look-up.
          if ((char) ((c | 0x20) - 'a') >= 26) {
            break;
          }
          end++;
        } else {
          int letter = codePointAt(text, end, limit);
          if (!Character.isLetter(letter)) {
            break;
          }
          end += Character.charCount(letter);
        }
      }
      if (end >= limit || !after.has(text.charAt(end))) {
        return false;
      }
      for (String ending : endings) {
        if (end - ending.length() > i + 1 && text.startsWith(ending, end - ending.length())) {
          return true;
        }
      }
      return false;
    }
  }

  /** The code point at {@code i}, of the text cut off at {@code limit}. */
  private static int codePointAt(String text, int i, int limit) {
    char c = text.charAt(i);
    if (Character.isHighSurrogate(c) && i + 1 < limit) {
      char low = text.charAt(i + 1);
      return Character.isLowSurrogate(low) ? Character.toCodePoint(c, low) : c;
    }
    return c;
  }

  /** {@code \s} as {@code java.util.regex} reads it by default. */
  static boolean isSpace(char c) {
    return c == ' ' || (c >= '\t' && c <= '\r');
  }
}
