package io.github.epres.lang;

import io.github.epres.model.ProcedureReference;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/** Finds which of a language's opening formulas starts a block's text; helpers for patterns. */
final class Openers {
  /**
   * A title's bracket: the procedure, possibly after the documents it concerns, each followed by a
   * dash: "(2021/2544(RSP))", "(D051971 – 2017/2878(RSP))", "(COM(2021)0123 – C9-0100/2021 –
   * 2021/0066(CNS))".
   */
  static final String TITLE_PROCEDURE =
      "\\((?:(?:[^()]|\\([^()]*\\))+?\\s[–—-]\\s)?(?<procedure>"
          + ProcedureReference.REGEX
          + ")\\)";

  /** A procedure reference anywhere in a title: "2025/2691(RSP)". */
  static final Pattern PROCEDURE = ProcedureReference.PATTERN;

  /** Commas and white space at either end of a subject. */
  static final Pattern EDGE_COMMAS = Pattern.compile("^[,\\s]+|[,\\s]+$");

  /** A named group's opening, such as {@code (?<day>}. */
  private static final Pattern NAMED_GROUP = Pattern.compile("\\(\\?<([a-zA-Z][a-zA-Z0-9]*)>");

  private Openers() {}

  /** A regular expression with its named groups made plain, to embed it in another one. */
  static String unnamedGroups(String regex) {
    return NAMED_GROUP.matcher(regex).replaceAll("(?:");
  }

  /**
   * The longest opener that starts {@code text} and ends at a word boundary, as written in the
   * text. Case is ignored, since some texts capitalise openers that others do not; where the case
   * is the same, the profile's own string is returned rather than a copy.
   */
  static Optional<String> find(List<String> openers, String text) {
    return find(openers, text, 0);
  }

  /** As {@link #find(List, String)}, for the text from {@code from} on (no copy is made). */
  static Optional<String> find(List<String> openers, String text, int from) {
    String best = null;
    if (from >= text.length()) {
      return Optional.empty();
    }
    char first = Character.toLowerCase(text.charAt(from));
    // An indexed loop: no iterator per call (this runs for every block and line tried).
    for (int o = 0; o < openers.size(); o++) {
      String opener = openers.get(o);
      int n = opener.length();
      int end = from + n;
      // The first letter rules out most openers of most languages before a full comparison.
      if (Character.toLowerCase(opener.charAt(0)) == first
          && text.regionMatches(true, from, opener, 0, n)
          && (text.length() == end
              || !Character.isLetterOrDigit(text.charAt(end))
              || !Character.isLetterOrDigit(opener.charAt(n - 1)))
          && (best == null || n > best.length())) {
        best = text.startsWith(opener, from) ? opener : text.substring(from, end);
      }
    }
    return Optional.ofNullable(best);
  }
}
