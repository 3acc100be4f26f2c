package io.github.epres;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.epres.model.DiagnosticCode;
import io.github.epres.model.OtherLine;
import io.github.epres.model.Resolution;
import io.github.epres.text.TextRenderer;
import java.io.ByteArrayInputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Limits end in a diagnostic naming them; encodings are detected or refused, never guessed. */
class LimitsAndEncodingTest {
  private static final ResolutionParser LENIENT = ResolutionParser.builder().build();
  private static final ResolutionParser STRICT = ResolutionParser.builder().strict(true).build();

  @ParameterizedTest(name = "{0}")
  @CsvSource({
    "maxInputLength, 1000, 10000000, 1000000",
    "maxLines, 100000000, 50, 1000000",
  })
  void aDocumentOverALimitIsKeptWholeWithTheError(
      String limit, int maxInput, int maxLines, int maxLine) {
    ParseLimits limits = new ParseLimits(maxInput, maxLines, maxLine);
    String input = Seeds.reference();
    Resolution r = ResolutionParser.builder().limits(limits).build().parse(input);
    assertThat(r.paragraphs()).isEmpty();
    assertThat(r.otherLines()).hasSize(1);
    assertThat(r.otherLines().get(0).text().equals(input)).as("the whole input, kept").isTrue();
    assertThat(r.diagnostics())
        .singleElement()
        .satisfies(
            d -> {
              assertThat(d.code()).isEqualTo(DiagnosticCode.LIMIT_EXCEEDED);
              assertThat(d.message()).contains("(" + limit + ")");
            });
    assertThat(TextRenderer.render(r).equals(input)).as("rendered back").isTrue();

    ResolutionParseException e =
        catchThrowableOfType(
            ResolutionParseException.class,
            () -> ResolutionParser.builder().limits(limits).strict(true).build().parse(input));
    assertThat(e.code()).isEqualTo(DiagnosticCode.LIMIT_EXCEEDED);
    assertThat(e.getMessage()).startsWith("line 1:1: ").contains(limit);
  }

  @Test
  void aLineOverTheLimitIsKeptAsAnUnrecognisedLine() {
    String longLine = "– ņemot vērā " + "x".repeat(10 * 1024 * 1024) + ",";
    String input = Seeds.reference().replace("\nA. tā kā", "\n" + longLine + "\nA. tā kā");
    Resolution r = LENIENT.parse(input);
    assertThat(r.citations()).hasSize(11);
    assertThat(r.recitals()).hasSize(23);
    assertThat(r.otherLines()).hasSize(1);
    assertThat(r.otherLines().get(0).kind()).isEqualTo(OtherLine.Kind.TEXT);
    assertThat(r.otherLines().get(0).text().equals(longLine)).as("the long line, kept").isTrue();
    assertThat(r.diagnostics())
        .extracting(d -> d.format())
        .containsExactly(
            "line 14:1: line of 10485775 characters exceeds the limit of 1000000 (maxLineLength)");
    assertThat(TextRenderer.render(r).equals(input)).as("rendered back").isTrue();
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({
    "UTF-8 with BOM, UTF-8, EFBBBF",
    "UTF-16LE, UTF-16LE, FFFE",
    "UTF-16BE, UTF-16BE, FEFF"
  })
  void byteOrderMarksChooseTheEncoding(String name, String charset, String mark, @TempDir Path dir)
      throws Exception {
    byte[] bom = java.util.HexFormat.of().parseHex(mark);
    byte[] body = Seeds.reference().getBytes(Charset.forName(charset));
    byte[] bytes = new byte[bom.length + body.length];
    System.arraycopy(bom, 0, bytes, 0, bom.length);
    System.arraycopy(body, 0, bytes, bom.length, body.length);
    Path file = Files.write(dir.resolve("doc.txt"), bytes);

    Resolution fromFile = STRICT.parse(file);
    Resolution fromStream = STRICT.parse(new ByteArrayInputStream(bytes));
    Resolution reference = STRICT.parse(Seeds.reference());
    assertThat(fromFile.byteOrderMark()).isTrue();
    assertThat(Structure.of(fromFile)).isEqualTo(Structure.of(reference));
    assertThat(fromStream).isEqualTo(fromFile);
    assertThat(TextRenderer.render(fromFile)).isEqualTo("\uFEFF" + Seeds.reference());
  }

  @Test
  void aWindows1257FileIsRefusedWithTheByteOffset(@TempDir Path dir) throws Exception {
    byte[] bytes = Seeds.reference().getBytes(Charset.forName("windows-1257"));
    Path file = Files.write(dir.resolve("cp1257.txt"), bytes);
    int firstNonAscii = 0;
    while (bytes[firstNonAscii] >= 0) {
      firstNonAscii++;
    }

    ResolutionParseException e =
        catchThrowableOfType(ResolutionParseException.class, () -> STRICT.parse(file));
    assertThat(e.code()).isEqualTo(DiagnosticCode.INVALID_ENCODING);
    assertThat(e.getMessage())
        .isEqualTo(
            "line 1:"
                + (firstNonAscii + 1)
                + ": invalid UTF-8 at byte "
                + firstNonAscii
                + " (is the file in another encoding, such as Windows-1257?); read as U+FFFD");

    Resolution lenient = LENIENT.parse(file);
    assertThat(lenient.diagnostics().get(0).code()).isEqualTo(DiagnosticCode.INVALID_ENCODING);
    assertThat(lenient.title().orElseThrow().text()).contains("\uFFFD");
    assertThat(lenient.paragraphs()).hasSize(27);
  }

  @Test
  void validUtf8WithoutAMarkIsReadAsIs(@TempDir Path dir) throws Exception {
    Path file =
        Files.writeString(dir.resolve("plain.txt"), Seeds.reference(), StandardCharsets.UTF_8);
    Resolution r = STRICT.parse(file);
    assertThat(r.byteOrderMark()).isFalse();
    assertThat(r).isEqualTo(STRICT.parse(Seeds.reference()));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({"LF, '\n'", "CRLF, '\r\n'", "CR, '\r'"})
  void theLineLimitCountsLinesAsTheTokensDo(String name, String eol) {
    String[] lines = Seeds.reference().split("\n");
    String body = String.join(eol, lines);
    ParseLimits exact = new ParseLimits(100_000_000, lines.length, 1_000_000);
    ParseLimits under = new ParseLimits(100_000_000, lines.length - 1, 1_000_000);
    for (String text :
        List.of(body, body + eol, body.replaceFirst(eol, eol.equals("\r\n") ? "\n" : "\r\n"))) {
      Resolution fits = ResolutionParser.builder().limits(exact).build().parse(text);
      assertThat(fits.paragraphs()).as(name).hasSize(27);
      Resolution over = ResolutionParser.builder().limits(under).build().parse(text);
      assertThat(over.diagnostics())
          .extracting(d -> d.code())
          .containsExactly(DiagnosticCode.LIMIT_EXCEEDED);
    }
  }
}
