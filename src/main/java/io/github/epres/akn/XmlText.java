package io.github.epres.akn;

/**
 * XML 1.0 cannot hold some characters at all, escaped or not: C0 controls other than tab, line feed
 * and carriage return, U+FFFE, U+FFFF and unpaired surrogates. They become U+FFFD so that the
 * output is always well-formed; the JSON and text outputs keep them.
 */
final class XmlText {
  private XmlText() {}

  static String clean(String text) {
    StringBuilder clean = null;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      boolean ok;
      if (Character.isHighSurrogate(c)) {
        ok = i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1));
        if (ok) {
          if (clean != null) {
            clean.append(c).append(text.charAt(i + 1));
          }
          i++;
          continue;
        }
      } else {
        ok = !Character.isLowSurrogate(c) && isXmlChar(c);
      }
      if (!ok && clean == null) {
        clean = new StringBuilder(text.length()).append(text, 0, i);
      }
      if (clean != null) {
        clean.append(ok ? c : '\uFFFD');
      }
    }
    return clean == null ? text : clean.toString();
  }

  private static boolean isXmlChar(char c) {
    return c == '\t' || c == '\n' || c == '\r' || (c >= 0x20 && c != '\uFFFE' && c != '\uFFFF');
  }
}
