package io.github.epres.text;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.epres.ResolutionParser;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class MarkdownRendererTest {
  @Test
  void headingsPointsFootnotesAndTheAnnex() throws Exception {
    String text = Files.readString(Path.of("src/test/resources/realworld/copied-en.txt"));
    String md = MarkdownRenderer.render(ResolutionParser.builder().build().parse(text));
    assertThat(md)
        .contains("\n## General observations\n\n**1.** Urges the Government")
        .contains(
            "**2.** Calls on the Commission and the Member States to:\n\n"
                + "- (a) support civil society;\n"
                + "- (b) monitor the trials of:\n"
                + "  - (i) human rights defenders,\n"
                + "  - (ii) journalists;\n"
                + "- (c) report to Parliament;\n")
        .contains("\n---\n\n(1) OJ C 23, 21.1.2021, p. 23.  \n")
        .endsWith("## ANNEX\n\nList of political prisoners  \n1\\. Name One  \n2\\. Name Two\n")
        .doesNotContain("Texts adopted");
  }

  @Test
  void amendmentsAreTables() throws Exception {
    String text =
        Files.readString(Path.of("src/test/resources/amendments/legislative-report-en.txt"));
    String md = MarkdownRenderer.render(ResolutionParser.builder().build().parse(text));
    assertThat(md)
        .contains(
            "## Amendment 1\n\n*Proposal for a regulation – Recital 1*\n\n"
                + "| Text proposed by the Commission | Amendment |\n| --- | --- |\n"
                + "| (1) Toys must be safe. | (1) Toys must be safe for every child. |\n\n"
                + "Children of every age play with toys.\n\n## Amendment 2")
        .contains("|  | (3a) Connected toys must protect the data of children. |\n");
  }
}
