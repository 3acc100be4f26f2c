package io.github.epres;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.epres.model.Block;
import io.github.epres.model.Diagnostic;
import io.github.epres.model.Recital;
import io.github.epres.model.Resolution;
import org.junit.jupiter.api.Test;

/** Recitals numbered like paragraphs, as in motion B9-0144/2021, are read as recitals. */
class NumberedRecitalsTest {
  @Test
  void numberedRecitalsAreRecognisedByTheirOpener() {
    String text =
        "European Parliament resolution of 11 February 2021 on Kazakhstan (2021/2544(RSP))\n"
            + "The European Parliament,\n"
            + "- having regard to Rule 144 of its Rules of Procedure,\n"
            + "1. Whereas the elections of 10 January 2021 were not free;\n"
            + "2. Whereas civil society is under pressure,\n"
            + "1. Calls on the authorities to release all political prisoners;\n"
            + "2. Instructs its President to forward this resolution to the Council.";
    Resolution r = ResolutionParser.builder().strict(true).build().parse(text);

    assertThat(r.recitals())
        .extracting(
            rec -> rec.id() + " " + rec.label().orElseThrow() + " " + rec.opener().orElseThrow())
        .containsExactly("rec_A 1 Whereas", "rec_B 2 Whereas");
    assertThat(r.recitals().get(0).dates()).hasSize(1);
    assertThat(r.paragraphs()).extracting(Block::id).containsExactly("para_1", "para_2");
    assertThat(r.diagnostics())
        .extracting(Diagnostic::format)
        .containsExactly(
            "line 4:1: recital numbered 1. instead of lettered",
            "line 5:1: recital numbered 2. instead of lettered");
  }

  @Test
  void aParagraphOpeningLikeARecitalAfterTheParagraphsStaysAParagraph() {
    String text =
        "European Parliament resolution of 11 February 2021 on Kazakhstan (2021/2544(RSP))\n"
            + "The European Parliament,\n"
            + "- having regard to Rule 144 of its Rules of Procedure,\n"
            + "A. whereas civil society is under pressure,\n"
            + "1. Calls on the authorities to act;\n"
            + "2. Whereas-clauses aside, instructs its President to forward this resolution.";
    Resolution r = ResolutionParser.builder().strict(true).build().parse(text);
    assertThat(r.recitals()).extracting(Recital::id).containsExactly("rec_A");
    assertThat(r.paragraphs()).hasSize(2);
  }
}
