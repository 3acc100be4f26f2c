package io.github.epres;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.epres.model.Diagnostic;
import io.github.epres.model.DiagnosticCode;
import io.github.epres.model.Resolution;
import io.github.epres.model.Severity;
import io.github.epres.text.TextRenderer;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The error table: input → the first error as "line L:C: message". Strict parsing throws it;
 * lenient parsing reports it and still keeps every character of the input.
 */
class ParseErrorTest {
  private static final String TITLE =
      "Eiropas Parlamenta 2021. gada 11. februāra rezolūcija par cilvēktiesību stāvokli"
          + " Kazahstānā (2021/2544(RSP))";
  private static final ResolutionParser STRICT = ResolutionParser.builder().strict(true).build();
  private static final ResolutionParser LENIENT = ResolutionParser.builder().build();

  /** Lines of a small valid document; "|" separates lines in the table below. */
  private static final String VALID =
      TITLE
          + "|Eiropas Parlaments,|– ņemot vērā Reglamenta 144. pantu,|A. tā kā pirmais;"
          + "|B. tā kā otrais,|1. aicina Komisiju;|2. uzdod priekšsēdētājam nosūtīt šo rezolūciju.";

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '^',
      textBlock =
          """
          empty input                ^ <empty>  ^ EMPTY_INPUT         ^ line 1:1: input is empty
          only white space           ^ ' |\t| ' ^ EMPTY_INPUT         ^ line 1:1: input holds only white space
          not a resolution           ^ Lorem ipsum dolor|sit amet ^ NOT_A_RESOLUTION ^ line 1:1: not a resolution: no citation, recital or paragraph found
          no author line             ^ -author  ^ MISSING_AUTHOR_LINE ^ line 2:1: missing author line "Eiropas Parlaments," before the first block
          no title                   ^ -title   ^ MISSING_TITLE       ^ line 1:1: missing title line before the author line
          recitals A, C              ^ B.>C.    ^ LABEL_OUT_OF_SEQUENCE ^ line 5:1: recital C out of sequence: expected B
          paragraph number repeated  ^ 2.>1.    ^ DUPLICATE_LABEL     ^ line 7:1: paragraph 1 repeated
          text among the recitals    ^ B.>Stray ^ UNRECOGNIZED_LINE   ^ line 5:1: line fits no block kind: expected a citation, a recital or a paragraph
          junk before the author line ^ +junk   ^ UNRECOGNIZED_LINE   ^ line 2:1: line before the first block is neither the title nor the author line
          citation after recitals    ^ 1.>–     ^ BLOCK_OUT_OF_ORDER  ^ line 6:1: citation after the recitals
          recital after paragraphs   ^ 2.>C.    ^ BLOCK_OUT_OF_ORDER  ^ line 7:1: recital after the paragraphs
          empty citation             ^ cit-empty ^ EMPTY_BLOCK        ^ line 3:1: citation without text
          """)
  void strictThrowsLenientReports(String name, String edit, DiagnosticCode code, String message) {
    String input = input(edit);

    ResolutionParseException e =
        catchThrowableOfType(ResolutionParseException.class, () -> STRICT.parse(input));
    assertThat(e).as("strict parse of " + name).isNotNull();
    assertThat(e.getMessage()).isEqualTo(message);
    assertThat(e.code()).isEqualTo(code);
    assertThat(e.snippet()).contains("^");

    Resolution lenient = LENIENT.parse(input);
    Diagnostic first =
        lenient.diagnostics().stream()
            .filter(d -> d.severity() == Severity.ERROR)
            .findFirst()
            .orElseThrow();
    assertThat(first.format()).isEqualTo(message);
    assertThat(first.code()).isEqualTo(code);
    assertThat(TextRenderer.render(lenient)).isEqualTo(input);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '^',
      textBlock =
          """
          recital label       ^ B.>C.    ^ 5 ^ 1 ^ C
          stray line          ^ B.>Stray ^ 5 ^ 1 ^ Stray tā kā otrais,
          missing author line ^ -author  ^ 2 ^ 1 ^ ''
          """)
  void exceptionCarriesPositionOffendingTextAndSnippet(
      String name, String edit, int line, int column, String offending) {
    ResolutionParseException e =
        catchThrowableOfType(ResolutionParseException.class, () -> STRICT.parse(input(edit)));
    assertThat(e.line()).isEqualTo(line);
    assertThat(e.column()).isEqualTo(column);
    assertThat(e.offendingText()).isEqualTo(offending);
    String sourceLine = input(edit).split("\n")[line - 1];
    assertThat(e.snippet()).isEqualTo(sourceLine + "\n" + " ".repeat(column - 1) + "^");
  }

  @org.junit.jupiter.api.Test
  void snippetOfALongLineIsCut() {
    String input = VALID.replace("|B.", "|" + "X".repeat(300) + " B.").replace('|', '\n');
    ResolutionParseException e =
        catchThrowableOfType(ResolutionParseException.class, () -> STRICT.parse(input));
    assertThat(e.snippet().split("\n")[0]).hasSizeLessThanOrEqualTo(82).endsWith("…");
  }

  @org.junit.jupiter.api.Test
  void warningsDoNotFailStrictParsing() {
    String input = input("A.>A. pirmais bez ievada;").replace("A. A. pirmais", "A. pirmais");
    Resolution r = STRICT.parse(input);
    assertThat(r.diagnostics())
        .extracting(Diagnostic::format)
        .containsExactly("line 4:4: recital does not start with an opener such as \"tā kā\"");
    assertThat(r.diagnostics())
        .allSatisfy(d -> assertThat(d.severity()).isEqualTo(Severity.WARNING));
  }

  @org.junit.jupiter.api.Test
  void unknownLanguageIsAWarningAndLayoutStillParses() {
    String input =
        "Some title\nThe Parliament,\n- having seen,\nA. whereas one;\n1. Asks for things.";
    Resolution r = STRICT.parse(input);
    assertThat(r.language()).isEqualTo("und");
    assertThat(r.title().orElseThrow().text()).isEqualTo("Some title");
    assertThat(r.authorLine().orElseThrow().text()).isEqualTo("The Parliament,");
    assertThat(r.citations()).hasSize(1);
    assertThat(r.recitals()).hasSize(1);
    assertThat(r.paragraphs()).hasSize(1);
    assertThat(r.diagnostics())
        .extracting(Diagnostic::code)
        .containsExactly(DiagnosticCode.UNKNOWN_LANGUAGE);
  }

  @org.junit.jupiter.api.Test
  void unknownExplicitLanguageIsRejectedWhenBuilding() {
    assertThatThrownBy(() -> ResolutionParser.builder().language("xx").build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("no language profile for xx");
  }

  /**
   * Applies a small edit to {@link #VALID}: {@code -author} drops the author line, {@code -title}
   * the title, {@code +junk} adds a line after the title, {@code cit-empty} empties the citation,
   * {@code X>Y} replaces the line starting with X by Y plus X's text; anything else is the input.
   */
  private static String input(String edit) {
    String valid = VALID;
    String text =
        switch (edit) {
          case "<empty>" -> "";
          case "-author" -> valid.replace("|Eiropas Parlaments,", "");
          case "-title" -> valid.substring(TITLE.length() + 1);
          case "+junk" -> valid.replace(TITLE + "|", TITLE + "|junk|");
          case "cit-empty" -> valid.replace("– ņemot vērā Reglamenta 144. pantu,", "– ");
          default -> edit.contains(">") ? replaceLine(valid, edit.split(">", 2)) : edit;
        };
    return text.replace('|', '\n');
  }

  private static String replaceLine(String valid, String[] fromTo) {
    int at = valid.indexOf("|" + fromTo[0] + " ");
    int rest = at + 1 + fromTo[0].length();
    return valid.substring(0, at + 1) + fromTo[1] + valid.substring(rest);
  }
}
