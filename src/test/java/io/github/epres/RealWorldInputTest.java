package io.github.epres;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.github.epres.model.Annex;
import io.github.epres.model.AuthorGroup;
import io.github.epres.model.Block;
import io.github.epres.model.Diagnostic;
import io.github.epres.model.Footnote;
import io.github.epres.model.FootnoteRef;
import io.github.epres.model.Header;
import io.github.epres.model.Heading;
import io.github.epres.model.Motion;
import io.github.epres.model.OtherLine;
import io.github.epres.model.Paragraph;
import io.github.epres.model.Point;
import io.github.epres.model.Resolution;
import io.github.epres.text.TextRenderer;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** What users actually have: EP web pages, text copied from them, motions, long layouts. */
class RealWorldInputTest {
  private static final ResolutionParser PARSER = ResolutionParser.builder().build();
  private static final Path RC_PAGE =
      Path.of(System.getProperty("epres.shared", "../shared"), "corpus/en/RC-10-2025-0249_EN.html");

  static String fixture(String name) throws IOException {
    return Files.readString(Path.of("src/test/resources/realworld", name), StandardCharsets.UTF_8);
  }

  @Test
  void theJointMotionPageGivesEveryValue() throws IOException {
    assumeTrue(Files.exists(RC_PAGE), "../shared/corpus is absent: " + RC_PAGE);
    Resolution r = ResolutionParser.builder().strict(true).build().parseHtml(RC_PAGE);

    assertThat(r.language()).isEqualTo("en");
    assertThat(r.diagnostics()).isEmpty();
    Header header = r.header().orElseThrow();
    assertThat(header.documentNumber()).contains("RC-B10-0249/2025");
    Motion motion = header.motion().orElseThrow();
    assertThat(motion.kind()).isEqualTo(Motion.Kind.JOINT_MOTION);
    assertThat(motion.subject())
        .contains(
            "on the return of Ukrainian children forcibly transferred and deported by Russia");
    assertThat(motion.date()).contains(LocalDate.of(2025, 5, 7));
    assertThat(motion.procedure().orElseThrow().reference()).isEqualTo("2025/2691(RSP)");
    assertThat(motion.rules()).containsExactly("150(5), 136(4)");
    assertThat(motion.replacedMotions())
        .extracting(m -> m.number() + " " + m.group().orElseThrow())
        .containsExactly(
            "B10-0249/2025 Verts/ALE",
            "B10-0250/2025 S&D",
            "B10-0252/2025 Renew",
            "B10-0255/2025 PPE",
            "B10-0258/2025 ECR");
    assertThat(motion.authorGroups())
        .extracting(g -> g.group().orElse("-") + " " + g.authors().size())
        .containsExactly("PPE 33", "S&D 5", "ECR 19", "Renew 24", "Verts/ALE 1", "- 3");
    AuthorGroup last = motion.authorGroups().get(5);
    assertThat(last.authors()).containsExactly("Hanna Gedin", "Jonas Sjöstedt", "Merja Kyllönen");
    assertThat(motion.authorGroups().get(0).authors())
        .startsWith("Sebastião Bugalho", "Jessika Van Leeuwen")
        .contains("Antonio López-Istúriz White");

    assertThat(r.title().orElseThrow().procedure().orElseThrow().reference())
        .isEqualTo("2025/2691(RSP)");
    assertThat(r.authorLine().orElseThrow().text()).isEqualTo("The European Parliament,");
    assertThat(r.citations()).hasSize(3).allMatch(c -> c.opener().isPresent());
    assertThat(r.recitals()).extracting(Block::id).containsExactly("rec_A", "rec_B", "rec_C");
    assertThat(r.paragraphs())
        .extracting(Block::label)
        .extracting(Optional::orElseThrow)
        .containsExactly("1", "2", "3", "4", "5", "6", "7", "8", "9");
    assertThat(r.paragraphs().get(8).text()).startsWith("Instructs its President");
    assertThat(TextRenderer.render(r))
        .isEqualTo(ResolutionParser.htmlText(Files.readString(RC_PAGE)));
  }

  @Test
  void textCopiedFromAPageKeepsItsFurnitureAsATypedHeader() throws IOException {
    Resolution r = PARSER.parse(fixture("copied-en.txt"));

    assertThat(r.diagnostics()).isEmpty();
    Header header = r.header().orElseThrow();
    assertThat(header.documentNumbers()).containsExactly("P9_TA(2021)0056", "RC-B9-0144/2021");
    assertThat(header.documentNumber()).contains("P9_TA(2021)0056");
    assertThat(header.date()).contains(LocalDate.of(2021, 2, 11));
    assertThat(header.place()).contains("Brussels");
    assertThat(header.edition()).contains("Provisional edition");
    assertThat(r.otherLines())
        .filteredOn(l -> l.kind() == OtherLine.Kind.HEADER)
        .extracting(OtherLine::text)
        .containsExactly(
            "Texts adopted",
            "Thursday, 11 February 2021 - Brussels",
            "Provisional edition",
            "Human rights situation in Kazakhstan",
            "P9_TA(2021)0056RC-B9-0144/2021");
    assertThat(r.title().orElseThrow().date()).contains(LocalDate.of(2021, 2, 11));
    // Two spaces after the dash, no dash at all, NBSP after the dash.
    assertThat(r.citations()).extracting(Block::marker).containsExactly("–  ", "", "–\u00A0");
    // Footnote markers spaced " (1)", glued "[2]", spaced after a recital "(3)", linked to the
    // block.
    assertThat(r.citations().get(0).footnoteRefs())
        .extracting(FootnoteRef::number, FootnoteRef::marker)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(1, "(1)"),
            org.assertj.core.groups.Tuple.tuple(2, "[2]"));
    assertThat(r.recitals().get(0).footnoteRefs())
        .extracting(FootnoteRef::number)
        .containsExactly(3);
    assertThat(r.footnotes())
        .extracting(Footnote::number, Footnote::text)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(1, "OJ C 23, 21.1.2021, p. 23."),
            org.assertj.core.groups.Tuple.tuple(2, "OJ C 24, 22.1.2021, p. 5."),
            org.assertj.core.groups.Tuple.tuple(3, "OJ C 25, 23.1.2021, p. 7."));
    assertThat(r.headings())
        .extracting(Heading::id, Heading::text)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("hdg_1", "General observations"),
            org.assertj.core.groups.Tuple.tuple("hdg_2", "Civil society"));
    assertThat(r.paragraphs())
        .extracting(p -> p.id() + " " + p.heading().orElse("-"))
        .containsExactly(
            "para_1 hdg_1", "para_2 hdg_1", "para_3 hdg_2", "para_3a hdg_2", "para_4 hdg_2");
    Paragraph two = r.paragraphs().get(1);
    assertThat(ids(two.points()))
        .containsExactly(
            "para_2__point_a",
            "para_2__point_b",
            "para_2__point_b__point_i",
            "para_2__point_b__point_ii",
            "para_2__point_c");
    assertThat(two.points().get(1).text()).isEqualTo("monitor the trials of:");
    assertThat(two.points().get(1).points().get(0).marker()).isEqualTo("(i) ");
    assertThat(two.points().get(1).points().get(0).voteLabelEn())
        .isEqualTo("§ 2, point b, point i");
    assertThat(r.findPoint("§ 2, point b")).contains(two.points().get(1));
    assertThat(r.findPoint("para_2__point_c")).contains(two.points().get(2));
    assertThat(r.findPoint("§ 2, point d")).isEmpty();
    assertThat(r.otherLines())
        .filteredOn(l -> l.kind() == OtherLine.Kind.SEPARATOR)
        .extracting(OtherLine::text)
        .containsExactly("o o o");
    Annex annex = r.annex().orElseThrow();
    assertThat(annex.heading()).isEqualTo("ANNEX");
    assertThat(annex.text()).endsWith("1. Name One\n2. Name Two");
    assertThat(TextRenderer.render(r)).isEqualTo(fixture("copied-en.txt"));
  }

  @Test
  void copiedTextWithCrlfAndABomHasTheSameStructure() throws IOException {
    String text = fixture("copied-en.txt");
    Resolution plain = PARSER.parse(text);
    String crlf = "\uFEFF" + text.replace("\n", "\r\n");
    Resolution variant = PARSER.parse(crlf);
    assertThat(Structure.of(variant))
        .isEqualTo(Structure.of(plain).stream().map(s -> s.replace("\n", "\r\n")).toList());
    assertThat(variant.header().orElseThrow().documentNumbers())
        .isEqualTo(plain.header().orElseThrow().documentNumbers());
    assertThat(TextRenderer.render(variant)).isEqualTo(crlf);
  }

  @Test
  void theReferenceDocumentWithPageFurnitureParsesToTheSameStructurePlusAHeader() {
    String furniture =
        "Teksti, kas pieņemti\n"
            + "Ceturtdiena, 2021. gada 11. februāris - Brisele\n"
            + "Pagaidu versija\n"
            + "Cilvēktiesību stāvoklis Kazahstānā\n"
            + "P9_TA(2021)0056RC-B9-0144/2021\n";
    Resolution original = PARSER.parse(Seeds.reference());
    Resolution copied = PARSER.parse(furniture + Seeds.reference());

    assertThat(Structure.of(copied)).isEqualTo(Structure.of(original));
    Header header = copied.header().orElseThrow();
    assertThat(header.documentNumbers()).containsExactly("P9_TA(2021)0056", "RC-B9-0144/2021");
    assertThat(header.date()).contains(LocalDate.of(2021, 2, 11));
    assertThat(header.place()).contains("Brisele");
    assertThat(header.edition()).contains("Pagaidu versija");
    assertThat(original.header()).isEmpty();
  }

  @Test
  void aMotionCopiedAsTextHasItsHeaderTyped() throws IOException {
    Resolution r = PARSER.parse(fixture("motion-en.txt"));
    Motion motion = r.header().orElseThrow().motion().orElseThrow();

    assertThat(r.header().orElseThrow().documentNumber()).contains("B9-0145/2021");
    assertThat(motion.kind()).isEqualTo(Motion.Kind.MOTION);
    assertThat(motion.heading()).isEqualTo("MOTION FOR A RESOLUTION");
    assertThat(motion.subject()).contains("on the human rights situation in Kazakhstan");
    assertThat(motion.date()).contains(LocalDate.of(2021, 2, 8));
    assertThat(motion.procedure().orElseThrow().reference()).isEqualTo("2021/2544(RSP)");
    assertThat(motion.rules()).containsExactly("144");
    assertThat(motion.authorGroups())
        .extracting(g -> g.group().orElse("-") + ": " + String.join(", ", g.authors()))
        .containsExactly("PPE: Michael Gahler, Isabel Wiseler-Lima", "-: Anna Fotyga");
    assertThat(motion.seeAlso()).contains("RC-B9-0144/2021");
    assertThat(motion.replacedMotions()).isEmpty();
    // The body: a dateless title, numbered recitals (with their warnings), two paragraphs.
    assertThat(r.title().orElseThrow().date()).isEmpty();
    assertThat(r.title().orElseThrow().subject())
        .contains("on the human rights situation in Kazakhstan");
    assertThat(r.recitals()).extracting(Block::id).containsExactly("rec_A", "rec_B");
    assertThat(r.paragraphs()).extracting(Block::id).containsExactly("para_1", "para_2");
    assertThat(r.diagnostics())
        .extracting(Diagnostic::format)
        .containsExactly(
            "line 16:1: recital numbered 1. instead of lettered",
            "line 17:1: recital numbered 2. instead of lettered");
  }

  @Test
  void aLegislativeResolutionHasItsProcedureLineAndNoRecitals() throws IOException {
    Resolution r =
        ResolutionParser.builder().strict(true).build().parse(fixture("legislative-en.txt"));

    assertThat(r.title().orElseThrow().kind())
        .contains(io.github.epres.model.DocumentKind.LEGISLATIVE_RESOLUTION);
    assertThat(r.title().orElseThrow().date()).contains(LocalDate.of(2022, 3, 9));
    assertThat(r.title().orElseThrow().procedure().orElseThrow().reference())
        .isEqualTo("2021/0066(NLE)");
    assertThat(r.title().orElseThrow().subject())
        .contains(
            "on the draft Council decision on the conclusion of an agreement with Kazakhstan");
    assertThat(r.otherLines())
        .filteredOn(l -> l.kind() == OtherLine.Kind.PROCEDURE)
        .extracting(OtherLine::text)
        .containsExactly("(Consent)");
    assertThat(r.citations()).hasSize(3);
    assertThat(r.recitals()).isEmpty();
    assertThat(r.paragraphs()).hasSize(2);
  }

  @Test
  void aTextAdoptedThatBundlesADecisionAndAResolution() throws IOException {
    String text = fixture("bundled-en.txt");
    Resolution r = ResolutionParser.builder().strict(true).build().parse(text);

    assertThat(r.title().orElseThrow().kind())
        .contains(io.github.epres.model.DocumentKind.DECISION);
    assertThat(r.title().orElseThrow().procedure().orElseThrow().reference())
        .isEqualTo("2022/0802(NLE)");
    assertThat(r.citations()).hasSize(2);
    assertThat(r.paragraphs()).extracting(Block::id).containsExactly("para_1", "para_2");
    assertThat(r.bundled()).hasSize(1);
    Resolution second = r.bundled().get(0);
    assertThat(second.title().orElseThrow().kind())
        .contains(io.github.epres.model.DocumentKind.RESOLUTION);
    assertThat(second.title().orElseThrow().procedure().orElseThrow().reference())
        .isEqualTo("2022/2555(RSP)");
    assertThat(second.authorLine()).isPresent();
    assertThat(second.recitals()).extracting(Block::id).containsExactly("rec_A");
    assertThat(second.paragraphs()).extracting(Block::id).containsExactly("para_1", "para_2");
    assertThat(second.paragraphs().get(0).span().line()).isEqualTo(12);
    assertThat(r.diagnostics()).isEmpty();
    assertThat(TextRenderer.render(r)).isEqualTo(text);
    assertThat(
            io.github.epres.json.ResolutionJson.read(io.github.epres.json.ResolutionJson.write(r)))
        .isEqualTo(r);
    assertThat(io.github.epres.table.BlockTable.rows(r, ""))
        .extracting(row -> row.procedure() + " " + row.id())
        .endsWith("2022/2555(RSP) rec_A", "2022/2555(RSP) para_1", "2022/2555(RSP) para_2");
  }

  @Test
  void errorsInABundledDocumentAreReportedOnTheWhole() throws IOException {
    String text =
        fixture("bundled-en.txt")
            .replace("2. Instructs its President to forward this resolution", "1. Instructs its");
    Resolution r = PARSER.parse(text);
    assertThat(r.bundled()).hasSize(1);
    assertThat(r.diagnostics())
        .extracting(Diagnostic::format)
        .containsExactly("line 13:1: paragraph 1 repeated");
  }

  @Test
  void aBlankLineEndsADashlessCitationBeforeARecitalThatWouldContinueIt() {
    // Found by FuzzTest (seed 1001, input 335731): the blank line was kept inside the citation.
    String text =
        "European Parliament resolution of 11 February 2021 on X (2021/2544(RSP))\n"
            + "The European Parliament,\n"
            + "having regard to the Council conclusions of 17 June 2019,\n"
            + "List of political prisoners\n"
            + " \n"
            + "A. whereas the elections were not free,\n"
            + "1. Instructs its President to forward this resolution.\n";
    Resolution r = PARSER.parse(text);
    assertThat(TextRenderer.render(r)).isEqualTo(text);
    assertThat(r.citations().get(0).text()).endsWith("List of political prisoners");
    assertThat(r.recitals()).extracting(Block::id).containsExactly("rec_A");
  }

  @Test
  void recitalLabelsGoOnPastZ() {
    StringBuilder text =
        new StringBuilder(
            "European Parliament resolution of 11 February 2021 on X (2021/2544(RSP))\n"
                + "The European Parliament,\n"
                + "– having regard to Rule 144 of its Rules of Procedure,\n");
    for (int i = 1; i <= 28; i++) {
      String label = i <= 26 ? String.valueOf((char) ('A' + i - 1)) : "A" + (char) ('A' + i - 27);
      text.append(label).append(". whereas recital ").append(i).append(i == 28 ? ",\n" : ";\n");
    }
    text.append("1. Instructs its President to forward this resolution to the Council.\n");
    Resolution r = ResolutionParser.builder().strict(true).build().parse(text.toString());
    assertThat(r.recitals()).hasSize(28);
    assertThat(r.recitals().subList(25, 28))
        .extracting(Block::id)
        .containsExactly("rec_Z", "rec_AA", "rec_AB");
    assertThat(r.find("Recital AB")).contains(r.recitals().get(27));
  }

  @Test
  void dashIndentsInsideARecitalArePoints() {
    String text =
        "European Parliament resolution of 11 February 2021 on X (2021/2544(RSP))\n"
            + "The European Parliament,\n"
            + "– having regard to Rule 144 of its Rules of Procedure,\n"
            + "A. whereas the Council has decided:\n"
            + "– to act;\n"
            + "– to report,\n"
            + "1. Instructs its President to forward this resolution to the Council.\n";
    Resolution r = ResolutionParser.builder().strict(true).build().parse(text);
    assertThat(r.citations()).hasSize(1);
    assertThat(ids(r.recitals().get(0).points()))
        .containsExactly("rec_A__indent_1", "rec_A__indent_2");
    assertThat(r.recitals().get(0).points().get(1).text()).isEqualTo("to report,");
    assertThat(r.recitals().get(0).points().get(1).voteLabelEn()).isEqualTo("Recital A, indent 2");
  }

  @Test
  void pointsNestedPastTheLimitStayAtTheDeepestLevelWithAnError() {
    String text =
        "European Parliament resolution of 11 February 2021 on X (2021/2544(RSP))\n"
            + "The European Parliament,\n"
            + "– having regard to Rule 144 of its Rules of Procedure,\n"
            + "A. whereas X,\n"
            + "1. Calls on the Council to:\n"
            + "(a) act;\n"
            + "(i) first;\n"
            + "– deeper;\n";
    ResolutionParser limited =
        ResolutionParser.builder().limits(new ParseLimits(1 << 20, 1000, 1000, 2)).build();
    Resolution r = limited.parse(text);
    assertThat(ids(r.paragraphs().get(0).points()))
        .containsExactly(
            "para_1__point_a", "para_1__point_a__point_i", "para_1__point_a__indent_1");
    assertThat(r.diagnostics())
        .extracting(Diagnostic::format)
        .containsExactly("line 8:1: sub-points nested deeper than the limit of 2 (maxNesting)");
    assertThat(TextRenderer.render(r)).isEqualTo(text);
  }

  @Test
  void pointsHaveVotingListLabelsInTheDocumentsLanguage() {
    String text =
        "Eiropas Parlamenta 2021. gada 11. februāra rezolūcija par X (2021/2544(RSP))\n"
            + "Eiropas Parlaments,\n"
            + "– ņemot vērā Reglamenta 144. pantu,\n"
            + "A. tā kā X,\n"
            + "1. aicina Komisiju:\n"
            + "a) rīkoties;\n"
            + "b) ziņot.\n";
    Resolution r = ResolutionParser.builder().strict(true).build().parse(text);
    Point b = r.paragraphs().get(0).points().get(1);
    assertThat(b.id()).isEqualTo("para_1__point_b");
    assertThat(b.voteLabel()).isEqualTo("1. punkts, b apakšpunkts");
    assertThat(b.voteLabelEn()).isEqualTo("§ 1, point b");
    assertThat(r.findPoint("1. punkts, b apakšpunkts")).contains(b);
    assertThat(r.paragraphs().get(0).clauses().get(0).addressee().orElseThrow().kind())
        .isEqualTo(io.github.epres.model.Addressee.Kind.COMMISSION);
  }

  /** The ids of points and their nested points, depth first. */
  static List<String> ids(List<Point> points) {
    List<String> ids = new java.util.ArrayList<>();
    for (Point point : points) {
      ids.add(point.id());
      ids.addAll(ids(point.points()));
    }
    return ids;
  }
}
