package io.github.epres.internal.semantics;

import io.github.epres.internal.semantics.AddresseeEnd.After;
import io.github.epres.internal.semantics.AddresseeEnd.Chars;
import io.github.epres.internal.semantics.AddresseeEnd.Ending;
import io.github.epres.internal.semantics.AddresseeEnd.Shape;
import io.github.epres.internal.semantics.AddresseeEnd.Words;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads an addressee-end pattern as the alternatives {@link AddresseeEnd} looks for by hand, or
 * finds that it has another shape. Strict: anything it does not know (a flag, an escape, a range, a
 * quantifier elsewhere) makes the whole pattern one for {@code java.util.regex}.
 */
final class AddresseeEndShapes {
  private static final String SPACE = "\\s";
  private static final String LETTERS = "\\p{L}+?";
  private static final String LOOKAHEAD = "(?=";
  private static final String SPECIAL = "\\.[]{}()*+?^$|";

  /** No pattern of the profiles has more than a few endings; past this it is not worth it. */
  private static final int MAX_ENDINGS = 64;

  private AddresseeEndShapes() {}

  /** The pattern's alternatives, or an empty list if one of them has another shape. */
  static List<Shape> read(String pattern) {
    List<Shape> shapes = new ArrayList<>();
    for (String alternative : alternatives(pattern)) {
      Shape shape = shape(alternative);
      if (shape == null) {
        return List.of();
      }
      shapes.add(shape);
    }
    return List.copyOf(shapes);
  }

  private static Shape shape(String alternative) {
    if (alternative.startsWith("[")) {
      return isOneClass(alternative) ? chars(alternative) : null;
    }
    if (!alternative.startsWith(SPACE)) {
      return null;
    }
    String rest = alternative.substring(SPACE.length());
    if (rest.startsWith("(?:")) {
      return words(rest);
    }
    return rest.startsWith(LETTERS) ? ending(rest.substring(LETTERS.length())) : null;
  }

  private static boolean isOneClass(String text) {
    return text.startsWith("[") && text.indexOf(']') == text.length() - 1;
  }

  /** {@code [,;:.]} or {@code [\s,;.]}: plain characters and {@code \s}, no range or negation. */
  private static Chars chars(String charClass) {
    String inside = charClass.substring(1, charClass.length() - 1);
    boolean space = inside.contains(SPACE);
    String chars = inside.replace(SPACE, "");
    if (chars.isEmpty() && !space) {
      return null;
    }
    for (int i = 0; i < chars.length(); i++) {
      char c = chars.charAt(i);
      if ("\\[]^-&".indexOf(c) >= 0 || Character.isSurrogate(c)) {
        return null;
      }
    }
    return new Chars(chars, space);
  }

  /** {@code (?:to|for)\s}, {@code \s?} or {@code \b}, after the space. */
  private static Words words(String rest) {
    int close = rest.indexOf(')');
    if (close < 0) {
      return null;
    }
    List<String> words = literals(rest.substring("(?:".length(), close));
    After after =
        switch (rest.substring(close + 1)) {
          case SPACE -> After.SPACE;
          case SPACE + "?" -> After.OPTIONAL_SPACE;
          case "\\b" -> After.BOUNDARY;
          default -> null;
        };
    if (words == null || after == null) {
      return null;
    }
    if (after == After.BOUNDARY) {
      // Words decides a boundary by the character after alone: the word's own end must be a
      // word's character for that.
      for (String word : words) {
        char last = word.charAt(word.length() - 1);
        if (!Character.isLetterOrDigit(last) || Character.isSurrogate(last)) {
          return null;
        }
      }
    }
    return new Words(words, after);
  }

  /** {@code t(?:ies)?(?=[\s,;.])}, after the space and the letters. */
  private static Ending ending(String rest) {
    int ahead = rest.indexOf(LOOKAHEAD);
    if (ahead < 0 || !rest.endsWith(")")) {
      return null;
    }
    String charClass = rest.substring(ahead + LOOKAHEAD.length(), rest.length() - 1);
    Chars after = isOneClass(charClass) ? chars(charClass) : null;
    List<String> endings = expansions(rest.substring(0, ahead));
    if (after == null || endings == null) {
      return null;
    }
    // Letters end where a character after them starts: none of those may be a letter.
    for (int i = 0; i < after.chars().length(); i++) {
      if (Character.isLetter(after.chars().charAt(i))) {
        return null;
      }
    }
    for (String ending : endings) {
      if (ending.isEmpty() || !letters(ending)) {
        return null;
      }
    }
    return new Ending(endings, after);
  }

  private static boolean letters(String text) {
    for (int i = 0; i < text.length(); i++) {
      if (!Character.isLetter(text.charAt(i))) {
        return false;
      }
    }
    return true;
  }

  /**
   * The strings a sequence of plain characters and groups {@code (?:aa|ää)}, each maybe followed by
   * {@code ?}, matches; null for any other sequence.
   */
  private static List<String> expansions(String sequence) {
    List<String> strings = List.of("");
    int i = 0;
    while (i < sequence.length()) {
      List<String> choices;
      if (sequence.startsWith("(?:", i)) {
        int close = sequence.indexOf(')', i);
        choices = close < 0 ? null : literals(sequence.substring(i + "(?:".length(), close));
        i = close + 1;
      } else {
        char c = sequence.charAt(i);
        choices = SPECIAL.indexOf(c) >= 0 ? null : List.of(String.valueOf(c));
        i++;
      }
      if (choices == null) {
        return null;
      }
      if (i < sequence.length() && sequence.charAt(i) == '?') {
        choices = new ArrayList<>(choices);
        choices.add("");
        i++;
      }
      List<String> longer = new ArrayList<>();
      for (String start : strings) {
        for (String choice : choices) {
          longer.add(start + choice);
        }
      }
      if (longer.size() > MAX_ENDINGS) {
        return null;
      }
      strings = longer;
    }
    return strings;
  }

  /** {@code to|for|not to}: plain, non-empty words; null if one is not. */
  private static List<String> literals(String alternatives) {
    List<String> words = new ArrayList<>();
    for (String word : alternatives.split("\\|", -1)) {
      if (word.isEmpty()) {
        return null;
      }
      for (int i = 0; i < word.length(); i++) {
        if (SPECIAL.indexOf(word.charAt(i)) >= 0) {
          return null;
        }
      }
      words.add(word);
    }
    return List.copyOf(words);
  }

  /** The pattern split at its top-level {@code |}, outside groups, classes and escapes. */
  private static List<String> alternatives(String pattern) {
    List<String> alternatives = new ArrayList<>();
    int depth = 0;
    boolean inClass = false;
    int start = 0;
    for (int i = 0; i < pattern.length(); i++) {
      char c = pattern.charAt(i);
      if (c == '\\') {
        i++;
      } else if (inClass) {
        inClass = c != ']';
      } else if (c == '[') {
        inClass = true;
      } else if (c == '(') {
        depth++;
      } else if (c == ')') {
        depth--;
      } else if (c == '|' && depth == 0) {
        alternatives.add(pattern.substring(start, i));
        start = i + 1;
      }
    }
    alternatives.add(pattern.substring(start));
    return alternatives;
  }
}
