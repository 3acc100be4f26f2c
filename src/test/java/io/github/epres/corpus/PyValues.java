package io.github.epres.corpus;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * JSON values compared and written as {@code ../shared/tools/corpus-score} (Python) compares and
 * writes them, so that {@link FactChecks} gives its verdicts and its messages: {@code norm},
 * equality ({@code ==}), {@code str()} and {@code repr()}. A missing value is Python's {@code
 * None}.
 */
final class PyValues {
  private static final Pattern DASHES = Pattern.compile("[\u2010\u2011\u2012\u2013\u2014\u2212]");

  private PyValues() {}

  /** corpus-score's {@code norm}: spaces of any kind as one space, dashes as '-'; null for None. */
  static String norm(JsonNode value) {
    return isNone(value) ? null : norm(str(value));
  }

  static String norm(String s) {
    if (s == null) {
      return null;
    }
    String dashed = DASHES.matcher(s).replaceAll("-").replace('\u00a0', ' ');
    StringBuilder out = new StringBuilder(dashed.length());
    boolean space = false;
    for (int i = 0; i < dashed.length(); i++) {
      char c = dashed.charAt(i);
      if (isSpace(c)) {
        space = true;
        continue;
      }
      if (space && out.length() > 0) {
        out.append(' ');
      }
      space = false;
      out.append(c);
    }
    return out.toString();
  }

  /** Python's {@code str.split()} of a normalised string: its words. */
  static List<String> words(String normalised) {
    return normalised.isEmpty() ? List.of() : List.of(normalised.split(" "));
  }

  /** Python's {@code str.strip(",;:")}. */
  static String strip(String word) {
    int from = 0;
    int to = word.length();
    while (from < to && ",;:".indexOf(word.charAt(from)) >= 0) {
      from++;
    }
    while (to > from && ",;:".indexOf(word.charAt(to - 1)) >= 0) {
      to--;
    }
    return word.substring(from, to);
  }

  /** Python's {@code str.isspace()} for one character, which {@code \s} and {@code strip} use. */
  static boolean isSpace(char c) {
    return (c >= '\t' && c <= '\r')
        || (c >= '\u001c' && c <= ' ')
        || c == '\u0085'
        || c == '\u00a0'
        || c == '\u1680'
        || (c >= '\u2000' && c <= '\u200a')
        || c == '\u2028'
        || c == '\u2029'
        || c == '\u202f'
        || c == '\u205f'
        || c == '\u3000';
  }

  static boolean isNone(JsonNode value) {
    return value == null || value.isMissingNode() || value.isNull();
  }

  /** Python's {@code ==} of two JSON values (numbers and booleans by value, None equal to None). */
  static boolean equal(JsonNode a, JsonNode b) {
    if (isNone(a) || isNone(b)) {
      return isNone(a) && isNone(b);
    }
    if (isNumeric(a) && isNumeric(b)) {
      return number(a).compareTo(number(b)) == 0;
    }
    if (a.isTextual() && b.isTextual()) {
      return a.textValue().equals(b.textValue());
    }
    if (a.isArray() && b.isArray()) {
      if (a.size() != b.size()) {
        return false;
      }
      for (int i = 0; i < a.size(); i++) {
        if (!equal(a.get(i), b.get(i))) {
          return false;
        }
      }
      return true;
    }
    if (a.isObject() && b.isObject()) {
      if (a.size() != b.size()) {
        return false;
      }
      for (Iterator<Map.Entry<String, JsonNode>> it = a.fields(); it.hasNext(); ) {
        Map.Entry<String, JsonNode> field = it.next();
        if (!b.has(field.getKey()) || !equal(field.getValue(), b.get(field.getKey()))) {
          return false;
        }
      }
      return true;
    }
    return false;
  }

  private static boolean isNumeric(JsonNode value) {
    return value.isNumber() || value.isBoolean();
  }

  private static BigDecimal number(JsonNode value) {
    return value.isBoolean()
        ? BigDecimal.valueOf(value.booleanValue() ? 1 : 0)
        : value.decimalValue();
  }

  /** Python's {@code str()} of a JSON value. */
  static String str(JsonNode value) {
    return value != null && value.isTextual() ? value.textValue() : repr(value);
  }

  /** Python's {@code repr()} of a JSON value. */
  static String repr(JsonNode value) {
    if (isNone(value)) {
      return "None";
    }
    if (value.isTextual()) {
      return repr(value.textValue());
    }
    if (value.isBoolean()) {
      return value.booleanValue() ? "True" : "False";
    }
    if (value.isIntegralNumber()) {
      return value.bigIntegerValue().toString();
    }
    if (value.isNumber()) {
      return Double.toString(value.doubleValue());
    }
    List<String> parts = new ArrayList<>();
    if (value.isArray()) {
      value.forEach(element -> parts.add(repr(element)));
      return "[" + String.join(", ", parts) + "]";
    }
    value.fields().forEachRemaining(f -> parts.add(repr(f.getKey()) + ": " + repr(f.getValue())));
    return "{" + String.join(", ", parts) + "}";
  }

  /** Python's {@code repr()} of a list of strings (or None) or of an int. */
  static String repr(List<?> values) {
    List<String> parts = new ArrayList<>();
    for (Object value : values) {
      parts.add(value == null ? "None" : value instanceof String s ? repr(s) : value.toString());
    }
    return "[" + String.join(", ", parts) + "]";
  }

  /** Python's {@code repr()} of a string: quoted, with what is not printable escaped. */
  static String repr(String s) {
    if (s == null) {
      return "None";
    }
    char quote = s.indexOf('\'') >= 0 && s.indexOf('"') < 0 ? '"' : '\'';
    StringBuilder out = new StringBuilder().append(quote);
    s.codePoints()
        .forEach(
            c -> {
              if (c == quote || c == '\\') {
                out.append('\\').appendCodePoint(c);
              } else if (c == '\t') {
                out.append("\\t");
              } else if (c == '\n') {
                out.append("\\n");
              } else if (c == '\r') {
                out.append("\\r");
              } else if (isPrintable(c)) {
                out.appendCodePoint(c);
              } else if (c < 0x100) {
                out.append(String.format("\\x%02x", c));
              } else if (c < 0x10000) {
                out.append(String.format("\\u%04x", c));
              } else {
                out.append(String.format("\\U%08x", c));
              }
            });
    return out.append(quote).toString();
  }

  /** Python's {@code str.isprintable()} for one code point. */
  private static boolean isPrintable(int c) {
    if (c == ' ') {
      return true;
    }
    return switch (Character.getType(c)) {
      case Character.CONTROL,
          Character.FORMAT,
          Character.SURROGATE,
          Character.PRIVATE_USE,
          Character.UNASSIGNED,
          Character.LINE_SEPARATOR,
          Character.PARAGRAPH_SEPARATOR,
          Character.SPACE_SEPARATOR ->
          false;
      default -> true;
    };
  }
}
