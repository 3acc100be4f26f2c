package io.github.epres;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** The bundled reference document and variants of it that must parse to the same structure. */
public final class Seeds {
  public static final Path REFERENCE = Path.of("seeds", "TA-9-2021-0056_LV.txt");

  private Seeds() {}

  public static String reference() {
    try {
      return Files.readString(REFERENCE, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public static String withCrlf() {
    return reference().replace("\n", "\r\n");
  }

  /** A blank line between every two lines, some of them holding a space or a tab. */
  public static String withBlankLines() {
    String[] lines = reference().split("\n", -1);
    StringBuilder text = new StringBuilder();
    for (int i = 0; i < lines.length; i++) {
      text.append(lines[i]);
      if (i < lines.length - 1) {
        text.append(i % 3 == 0 ? "\n\n" : i % 3 == 1 ? "\n \n" : "\n\t\n");
      }
    }
    return text.toString();
  }

  public static String withBom() {
    return "\uFEFF" + reference();
  }

  /** ASCII hyphens instead of the en dashes before citations. */
  public static String withHyphens() {
    return reference().replace("\n– ", "\n- ");
  }
}
