package io.github.epres.benchmarks;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.List;

/**
 * The benchmark inputs, all made from the bundled Latvian reference document so they have its
 * structure and size:
 *
 * <ul>
 *   <li>{@code lv}: the reference document itself (mostly ASCII with Latvian letters);
 *   <li>{@code en}: the same text folded to ASCII, with the English title, author line and openers;
 *   <li>{@code el}: the same text with every Latin letter mapped to a Greek one, with the Greek
 *       title, author line, openers and recital letters (almost no ASCII left);
 *   <li>{@code lv-3mb}: the reference document with its paragraphs repeated to over 3,000,000
 *       characters (about 5,000 paragraphs);
 *   <li>{@code lv-wrapped} (for {@code CompareMain}, not in the suite, so that its runs stay
 *       comparable): the reference hard-wrapped at 90 columns, as a PDF copy is.
 * </ul>
 */
final class Documents {
  private static final String GREEK_LOWER = "αβψδεφγηιξκλμνοπκρστθωϛχυζ";
  private static final String GREEK_UPPER = "ΑΒΨΔΕΦΓΗΙΞΚΛΜΝΟΠΚΡΣΤΘΩϚΧΥΖ";
  private static final String GREEK_LABELS = "ΑΒΓΔΕΖΗΘΙΚΛΜΝΞΟΠΡΣΤΥΦΧΨΩ";

  private Documents() {}

  static String load(String name) {
    String lv = reference();
    return switch (name) {
      case "lv" -> lv;
      case "en" -> english(lv);
      case "el" -> greek(lv);
      case "lv-3mb" -> threeMegabytes(lv);
      case "lv-wrapped" -> wrapped(lv, 90);
      default -> throw new IllegalArgumentException("no benchmark document " + name);
    };
  }

  static String reference() {
    try (InputStream in =
        Documents.class.getResourceAsStream("/io/github/epres/cli/seeds/TA-9-2021-0056_LV.txt")) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String english(String lv) {
    String text =
        lv.replace(
                "Eiropas Parlamenta 2021. gada 11. februāra rezolūcija par cilvēktiesību stāvokli"
                    + " Kazahstānā",
                "European Parliament resolution of 11 February 2021 on the human rights situation"
                    + " in Kazakhstan")
            .replace("Eiropas Parlaments,", "The European Parliament,")
            .replace("– ņemot vērā", "– having regard to")
            .replace(". tā kā", ". whereas");
    return Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
  }

  private static String greek(String lv) {
    String[] lines = lv.split("\n", -1);
    StringBuilder text = new StringBuilder();
    int recital = 0;
    for (int i = 0; i < lines.length; i++) {
      String line = lines[i];
      if (i == 0) {
        line =
            "Ψήφισμα του Ευρωπαϊκού Κοινοβουλίου της 11ης Φεβρουαρίου 2021 σχετικά με την"
                + " κατάσταση των ανθρωπίνων δικαιωμάτων στο Καζακστάν (2021/2544(RSP))";
      } else if (i == 1) {
        line = "Το Ευρωπαϊκό Κοινοβούλιο,";
      } else if (line.startsWith("– ņemot vērā ")) {
        line = "– έχοντας υπόψη " + toGreek(line.substring(13));
      } else if (line.matches("[A-W]\\. tā kā .*")) {
        line =
            GREEK_LABELS.charAt(recital++)
                + ". λαμβάνοντας υπόψη ότι "
                + toGreek(line.substring(9));
      } else {
        line = toGreek(line);
      }
      text.append(line).append(i < lines.length - 1 ? "\n" : "");
    }
    return text.toString();
  }

  private static String toGreek(String text) {
    String folded = Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
    StringBuilder greek = new StringBuilder(folded.length());
    for (char c : folded.toCharArray()) {
      if (c >= 'a' && c <= 'z') {
        greek.append(GREEK_LOWER.charAt(c - 'a'));
      } else if (c >= 'A' && c <= 'Z') {
        greek.append(GREEK_UPPER.charAt(c - 'A'));
      } else {
        greek.append(c);
      }
    }
    return greek.toString();
  }

  /**
   * The reference hard-wrapped at spaces to lines of at most {@code width} characters, as text
   * copied from a PDF is (353 lines instead of 63).
   */
  static String wrapped(String lv, int width) {
    StringBuilder text = new StringBuilder();
    for (String line : lv.split("\n", -1)) {
      int start = 0;
      while (line.length() - start > width) {
        int space = line.lastIndexOf(' ', start + width);
        if (space <= start) {
          break;
        }
        text.append(line, start, space).append('\n');
        start = space + 1;
      }
      text.append(line, start, line.length()).append('\n');
    }
    return text.substring(0, text.length() - 1);
  }

  private static String threeMegabytes(String lv) {
    return repeated(lv, 3_000_000);
  }

  /** The reference document with its paragraphs repeated to at least {@code chars} characters. */
  static String repeated(String lv, int chars) {
    List<String> lines = lv.lines().toList();
    List<String> paragraphs = lines.stream().filter(l -> l.matches("\\d+\\. .*")).toList();
    StringBuilder text = new StringBuilder();
    lines.stream().filter(l -> !l.matches("\\d+\\. .*")).forEach(l -> text.append(l).append('\n'));
    for (int n = 1; text.length() < chars; n++) {
      String paragraph = paragraphs.get((n - 1) % paragraphs.size());
      text.append(n).append(paragraph.substring(paragraph.indexOf('.'))).append('\n');
    }
    return text.toString();
  }
}
