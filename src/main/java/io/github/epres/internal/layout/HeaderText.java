package io.github.epres.internal.layout;

import java.util.regex.Pattern;

/** A header line as its values are read from it, whatever a page or a copy wrapped it in. */
final class HeaderText {
  /**
   * The markers older doceo pages wrap header parts in, "<Titre>…</Titre>", and the codes some put
   * before a value, "{Verts/ALE}", "{06/07/2020}": hidden on the page, they surface in copies.
   */
  private static final Pattern HIDDEN_MARKUP =
      Pattern.compile("</?[A-Z][A-Za-z-]*>|^\\{[^}]{0,40}\\}|(?<=>)\\{[^}]{0,40}\\}");

  private HeaderText() {}

  /**
   * A line with no-break spaces as spaces, stripped (web pages put them around dashes), without the
   * hidden markup of older pages.
   */
  static String plain(String text) {
    String plain = text.replace('\u00A0', ' ');
    if (plain.indexOf('<') >= 0 || plain.indexOf('{') >= 0) {
      plain = HIDDEN_MARKUP.matcher(plain.strip()).replaceAll("");
    }
    return plain.strip();
  }
}
