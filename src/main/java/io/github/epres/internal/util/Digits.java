package io.github.epres.internal.util;

/**
 * Whether a text has an ASCII digit: every number, date and reference the header and reference
 * patterns read has one, so a line without any (a motion's lines of names, a page's menu) needs
 * none of them tried.
 */
public final class Digits {
  private Digits() {}

  public static boolean any(String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c >= '0' && c <= '9') {
        return true;
      }
    }
    return false;
  }
}
