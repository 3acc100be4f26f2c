package io.github.epres.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.github.epres.ResolutionParser;
import io.github.epres.Seeds;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class MarkdownRendererTest {
  private static final ResolutionParser PARSER = ResolutionParser.builder().build();
  private static final Path REAL =
      Path.of(System.getProperty("epres.shared", "../shared"), "corpus", "real");

  /**
   * A motion opens with its number, procedure, heading, tabling date, Rule and authors by group.
   */
  @Test
  void aMotionOpensWithItsHeader() throws Exception {
    String md =
        MarkdownRenderer.render(
            PARSER.parse(Path.of("src/test/resources/realworld/motion-en.txt")));
    assertThat(md)
        .startsWith(
            "- **Document:** B9-0145/2021\n"
                + "- **Procedure:** 2021/2544(RSP)\n"
                + "- **Motion:** MOTION FOR A RESOLUTION on the human rights situation in"
                + " Kazakhstan\n"
                + "- **Tabled:** 2021-02-08\n"
                + "- **Rules:** 144\n"
                + "- **Authors:**\n"
                + "  - **PPE:** Michael Gahler, Isabel Wiseler-Lima\n"
                + "  - Anna Fotyga\n"
                + "- **See also:** RC-B9-0144/2021\n"
                + "\n"
                + "# European Parliament resolution on the human rights situation in Kazakhstan");
  }

  /**
   * A report: its number, procedure, what its legislative resolution decides, committee,
   * rapporteur.
   */
  @Test
  void aReportOpensWithItsHeaderAndOutcome() throws Exception {
    String md =
        MarkdownRenderer.render(
            PARSER.parse(Path.of("src/test/resources/amendments/legislative-report-en.txt")));
    assertThat(md)
        .startsWith(
            "- **Document:** A9-0123/2021\n"
                + "- **Procedure:** 2020/0066(COD)\n"
                + "- **Outcome:** adopts position\n"
                + "- **Report:** REPORT on the proposal for a regulation of the European Parliament"
                + " and of the Council on the safety of toys\n"
                + "- **Report date:** 2021-03-12\n"
                + "- **Committee:** Committee on the Internal Market and Consumer Protection\n"
                + "- **Rapporteurs:** Jane Doe\n"
                + "\n"
                + "# DRAFT EUROPEAN PARLIAMENT LEGISLATIVE RESOLUTION on the proposal");
  }

  /** A text with no header (the reference document) opens with its title, as before. */
  @Test
  void aTextWithoutAHeaderOpensWithItsTitle() {
    assertThat(MarkdownRenderer.render(PARSER.parse(Seeds.reference())))
        .startsWith("# Eiropas Parlamenta 2021. gada 11. februāra rezolūcija");
  }

  /** The real EUR-Lex copy of P8_TA(2016)0437: its CELEX number and Official Journal. */
  @Test
  void anEurLexCopyOpensWithItsOfficialJournal() throws Exception {
    Path file = REAL.resolve("eurlex/eurlex_52016IP0437_EN-table.txt");
    assumeTrue(Files.exists(file), "../shared/corpus is absent: " + file);
    assertThat(MarkdownRenderer.render(PARSER.parse(file)))
        .startsWith(
            "- **Document:** P8\\_TA(2016)0437\n"
                + "- **Procedure:** 2016/2139(INI)\n"
                + "- **CELEX:** 52016IP0437\n"
                + "- **Official Journal:** C 224, 2018-06-27, p. 36, 2018/C 224/05 (EN)\n"
                + "\n"
                + "# European Parliament resolution of 22 November 2016 on increasing");
  }

  /**
   * The real joint motion RC-B8-0678/2017: the motions it replaces with their groups, and six
   * groups of authors, the last of names without a group.
   */
  @Test
  void aRealJointMotionListsItsAuthorsByGroup() throws Exception {
    Path file = REAL.resolve("motions/joint-motion_RC-8-2017-0678_EN.txt");
    assumeTrue(Files.exists(file), "../shared/corpus is absent: " + file);
    String md = MarkdownRenderer.render(PARSER.parse(file));
    assertThat(md)
        .startsWith(
            "- **Document:** RC-B8-0678/2017\n"
                + "- **Procedure:** 2017/2932(RSP)\n"
                + "- **Joint motion:** JOINT MOTION FOR A RESOLUTION on the situation in"
                + " Afghanistan\n"
                + "- **Tabled:** 2017-12-13\n"
                + "- **Rules:** 123(2), 123(4)\n"
                + "- **Replacing:** B8-0678/2017 (PPE), B8-0679/2017 (Verts/ALE), B8-0681/2017"
                + " (ALDE), B8-0683/2017 (ECR), B8-0684/2017 (S&D)\n"
                + "- **Authors:**\n"
                + "  - **PPE:** Cristian Dan Preda, Tunne Kelam,")
        .contains("\n  - **S&D:** Victor Boştinaru, Elena Valenciano, Ana Gomes\n")
        .contains("\n  - **Verts/ALE:** Bodil Valero\n  - Barbara Kappel\n\n# European Parliament");
  }

  /**
   * A text adopted copied from its page: its numbers, the sitting's date and place, the edition.
   */
  @Test
  void aTextAdoptedGivesItsSitting() throws Exception {
    String md =
        MarkdownRenderer.render(
            PARSER.parse(Files.readString(Path.of("src/test/resources/realworld/copied-en.txt"))));
    assertThat(md)
        .startsWith(
            "- **Document:** P9\\_TA(2021)0056, RC-B9-0144/2021\n"
                + "- **Sitting:** 2021-02-11, Brussels\n"
                + "- **Edition:** Provisional edition\n"
                + "- **Procedure:** 2021/2544(RSP)\n"
                + "\n"
                + "# European Parliament resolution of 11 February 2021");
  }

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
