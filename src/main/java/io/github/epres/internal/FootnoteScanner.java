package io.github.epres.internal;

import io.github.epres.model.FootnoteRef;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds footnote markers glued to the word before them, as adopted texts print them: {@code
 * Kazahstānā(1)}, {@code 2013 г.(2)}. A bracketed number after a digit or a space is not a marker:
 * {@code Rule 150(5)} is a reference, {@code (3)} alone is an enumeration.
 */
final class FootnoteScanner {
  private static final Pattern GLUED_MARKER = Pattern.compile("(?<=[^\\s\\d(])\\((\\d{1,3})\\)");

  private FootnoteScanner() {}

  static List<FootnoteRef> scan(String text) {
    List<FootnoteRef> refs = new ArrayList<>();
    Matcher m = GLUED_MARKER.matcher(text);
    while (m.find()) {
      refs.add(FootnoteRef.of(Integer.parseInt(m.group(1)), m.group(), m.start()));
    }
    return refs;
  }
}
