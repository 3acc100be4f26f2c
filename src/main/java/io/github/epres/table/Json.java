package io.github.epres.table;

import com.fasterxml.jackson.core.io.JsonStringEncoder;

/** JSON string literals, escaped by Jackson. */
final class Json {
  private Json() {}

  static String quote(String text) {
    return "\"" + new String(JsonStringEncoder.getInstance().quoteAsString(text)) + "\"";
  }
}
