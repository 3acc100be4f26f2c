package io.github.epres.votes;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * What is not a roll-call list is one {@link IOException} with one line that says what it is: a
 * text, a voting list, a document with a DTD (an external entity is never fetched), one nested too
 * deep or too large, one cut short. A list whose totals and names disagree is read, and says so
 * ({@link RollCallListTest}).
 */
class RollCallListErrorsTest {
  private static final String ROOT = "<PV.RollCallVoteResults Sitting.Date=\"2024-04-30\">";

  static Stream<Arguments> malformed() {
    return Stream.of(
        Arguments.of(
            "a text",
            text("Roll-call votes of 30 April\n"),
            quote(
                "not a roll-call list: it is not XML (line 1, column 1: Content is not allowed in prolog.)")),
        Arguments.of(
            "an empty file",
            text(""),
            quote(
                "not a roll-call list: it is not XML (line 1, column 1: Premature end of file.)")),
        Arguments.of(
            "a voting list",
            RollCallListErrorsTest.class.getResourceAsStream("/votes/voting-list-small.xml"),
            quote(
                "not a roll-call list: line 3, column 57: the root element is <file>, not a roll-call list's <PV.RollCallVoteResults>: it is a voting list (VotingList reads it)")),
        Arguments.of(
            "an external entity",
            text(
                "<?xml version=\"1.0\"?><!DOCTYPE r [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>"
                    + ROOT
                    + "&x;</PV.RollCallVoteResults>"),
            quote(
                "not a roll-call list: line 1, column 130: The entity \"x\" was referenced, but not declared.")),
        Arguments.of(
            "too deep",
            text(ROOT + "<a>".repeat(70)),
            "not a roll-call list: line 1, column 243: elements nested deeper than 64"),
        Arguments.of(
            "too large", large(), "not a roll-call list: line 1, column \\d+: larger than 64 MB"),
        Arguments.of(
            "cut short",
            text(ROOT + "\n<RollCallVote.Result Identifier=\"1\">\n<Result.For Num"),
            quote(
                "not a roll-call list: line 3, column 16: XML document structures must start and end within the same entity.")));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("malformed")
  void saysWhatIsWrongInOneLine(String what, InputStream in, String message) {
    assertThatThrownBy(() -> RollCallList.read(in))
        .isInstanceOf(IOException.class)
        .hasMessageMatching(message)
        .hasMessageNotContaining("\n");
  }

  private static String quote(String message) {
    return Pattern.quote(message);
  }

  private static InputStream text(String text) {
    return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
  }

  /** A roll-call list of 65 MB and more: its opening, then the same roll call over and over. */
  private static InputStream large() {
    byte[] call =
        ("<RollCallVote.Result Identifier=\"1\"><RollCallVote.Description.Text>"
                + "x".repeat(4000)
                + "</RollCallVote.Description.Text></RollCallVote.Result>")
            .getBytes(StandardCharsets.UTF_8);
    InputStream calls =
        new InputStream() {
          private long read;

          @Override
          public int read() {
            return read < (70L << 20) ? call[(int) (read++ % call.length)] & 0xFF : -1;
          }

          @Override
          public int read(byte[] b, int off, int len) {
            int n = 0;
            while (n < len && read < (70L << 20)) {
              b[off + n++] = call[(int) (read++ % call.length)];
            }
            return n == 0 && len > 0 ? -1 : n;
          }
        };
    return new SequenceInputStream(text(ROOT), calls);
  }
}
