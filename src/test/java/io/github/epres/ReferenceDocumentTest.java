package io.github.epres;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.epres.json.ResolutionJson;
import io.github.epres.model.Block;
import io.github.epres.model.Citation;
import io.github.epres.model.DateRef;
import io.github.epres.model.DocumentKind;
import io.github.epres.model.FootnoteRef;
import io.github.epres.model.Node;
import io.github.epres.model.Paragraph;
import io.github.epres.model.Recital;
import io.github.epres.model.Resolution;
import io.github.epres.text.TextRenderer;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Exact expectations for the Latvian reference resolution, 2021/2544(RSP). */
class ReferenceDocumentTest {
  private static String source;
  private static Resolution resolution;

  @BeforeAll
  static void parse() {
    source = Seeds.reference();
    resolution = ResolutionParser.builder().strict(true).build().parse(source);
  }

  @Test
  void languageIsDetectedAsLatvian() {
    assertThat(resolution.language()).isEqualTo("lv");
    assertThat(resolution.languageConfidence()).isEqualTo(1.0);
  }

  @Test
  void titleIsRead() {
    var title = resolution.title().orElseThrow();
    assertThat(title.text())
        .isEqualTo(
            "Eiropas Parlamenta 2021. gada 11. februāra rezolūcija par cilvēktiesību stāvokli"
                + " Kazahstānā (2021/2544(RSP))");
    assertThat(title.date()).contains(LocalDate.of(2021, 2, 11));
    assertThat(title.subject()).contains("par cilvēktiesību stāvokli Kazahstānā");
    var procedure = title.procedure().orElseThrow();
    assertThat(procedure.reference()).isEqualTo("2021/2544(RSP)");
    assertThat(procedure.year()).isEqualTo(2021);
    assertThat(procedure.number()).isEqualTo(2544);
    assertThat(procedure.type()).isEqualTo("RSP");
  }

  @Test
  void authorLine() {
    assertThat(resolution.authorLine().orElseThrow().text()).isEqualTo("Eiropas Parlaments,");
    assertThat(resolution.authorLine().orElseThrow().span().line()).isEqualTo(2);
  }

  @Test
  void elevenCitationsEachOpenedByNemotVera() {
    List<Citation> citations = resolution.citations();
    assertThat(citations).hasSize(11);
    assertThat(citations).extracting(Citation::id).containsExactlyElementsOf(ids("cit_", 11));
    assertThat(citations).allSatisfy(c -> assertThat(c.opener()).contains("ņemot vērā"));
    assertThat(citations).allSatisfy(c -> assertThat(c.label()).isEmpty());
    assertThat(citations).allSatisfy(c -> assertThat(c.marker()).isEqualTo("– "));
    assertThat(citations.get(10).text())
        .isEqualTo("ņemot vērā Reglamenta 144. panta 5. punktu un 132. panta 4. punktu,");
  }

  @Test
  void recitalsAToWEachOpenedByTaKa() {
    List<Recital> recitals = resolution.recitals();
    assertThat(recitals).hasSize(23);
    List<String> letters = IntStream.rangeClosed('A', 'W').mapToObj(c -> "" + (char) c).toList();
    assertThat(recitals)
        .extracting(r -> r.label().orElseThrow())
        .containsExactlyElementsOf(letters);
    assertThat(recitals)
        .extracting(Recital::id)
        .containsExactlyElementsOf(letters.stream().map(l -> "rec_" + l).toList());
    assertThat(recitals).extracting(Recital::number).containsExactlyElementsOf(numbers(23));
    assertThat(recitals).allSatisfy(r -> assertThat(r.opener()).contains("tā kā"));
  }

  @Test
  void paragraphsOneToTwentySeven() {
    List<Paragraph> paragraphs = resolution.paragraphs();
    assertThat(paragraphs).hasSize(27);
    assertThat(paragraphs)
        .extracting(p -> p.label().orElseThrow())
        .containsExactlyElementsOf(numbers(27).stream().map(String::valueOf).toList());
    assertThat(paragraphs).extracting(Paragraph::id).containsExactlyElementsOf(ids("para_", 27));
    assertThat(paragraphs).allSatisfy(p -> assertThat(p.opener()).isEmpty());
    assertThat(paragraphs.get(26).text()).startsWith("uzdod priekšsēdētājam");
    assertThat(paragraphs.get(0).text()).startsWith("mudina Kazahstānas valdību");
  }

  @Test
  void footnoteReferencesOneToFourInCitationOneAndFiveInRecitalN() {
    Citation first = resolution.citations().get(0);
    assertThat(first.footnoteRefs()).extracting(FootnoteRef::number).containsExactly(1, 2, 3, 4);
    assertMarkersFollow(first, "Kazahstānā", "aprīļa", "marta", "septembra");
    assertThat(first.footnoteRefs())
        .extracting(FootnoteRef::offset)
        .containsExactly(80, 157, 182, 213);

    Recital n = resolution.recitals().get('N' - 'A');
    assertThat(n.footnoteRefs()).extracting(FootnoteRef::number).containsExactly(5);
    assertMarkersFollow(n, "referents");

    long others =
        blocks().filter(b -> b != first && b != n).mapToLong(b -> b.footnoteRefs().size()).sum();
    assertThat(others).isZero();
    assertThat(resolution.footnotes()).isEmpty();
  }

  @Test
  void datesInTheTextAreRead() {
    assertThat(resolution.title().orElseThrow().kind()).contains(DocumentKind.RESOLUTION);
    assertThat(resolution.citations().get(0).dates())
        .extracting(DateRef::date)
        .containsExactly(
            LocalDate.of(2019, 3, 14),
            LocalDate.of(2013, 4, 18),
            LocalDate.of(2012, 3, 15),
            LocalDate.of(2009, 9, 17));
    DateRef first = resolution.citations().get(0).dates().get(0);
    assertThat(first.text()).isEqualTo("2019. gada 14. marta");
    assertThat(resolution.citations().get(0).text().substring(first.offset()))
        .startsWith(first.text());
    // "2020. gada 26. un 27. novembrī": a range reads as its first day.
    assertThat(resolution.citations().get(5).dates())
        .extracting(DateRef::date)
        .containsExactly(
            LocalDate.of(2020, 1, 20), LocalDate.of(2020, 11, 26), LocalDate.of(2020, 9, 25));
    // "no 2020. gada janvāra līdz jūlijam" names months without days: no date.
    assertThat(resolution.recitals().get('K' - 'A').dates())
        .extracting(DateRef::date)
        .doesNotContain(LocalDate.of(2020, 1, 1));
    long all = blocks().mapToLong(b -> b.dates().size()).sum();
    assertThat(all).isEqualTo(28);
  }

  @Test
  void noDiagnosticsAndNoOtherLines() {
    assertThat(resolution.diagnostics()).isEmpty();
    assertThat(resolution.otherLines()).isEmpty();
  }

  @Test
  void everySpanPointsAtItsSourceText() {
    for (Node node : resolution.nodes()) {
      var span = node.span();
      assertThat(source.substring(span.offset(), span.end())).isEqualTo(node.source());
      int lineStart = source.lastIndexOf('\n', span.offset() - 1) + 1;
      assertThat(span.column()).isEqualTo(span.offset() - lineStart + 1);
      assertThat(span.line()).isEqualTo(source.substring(0, span.offset()).split("\n", -1).length);
    }
    Recital w = resolution.recitals().get(22);
    assertThat(w.span().line()).isEqualTo(2 + 11 + 23);
  }

  @Test
  void renderingGivesTheFileBackByteForByte() {
    assertThat(TextRenderer.render(resolution)).isEqualTo(source);
  }

  @Test
  void jsonRoundTripGivesAnEqualModel() {
    String json = ResolutionJson.write(resolution);
    assertThat(json)
        .startsWith("{\n  \"schemaVersion\" : \"" + ResolutionJson.SCHEMA_VERSION + "\"");
    assertThat(ResolutionJson.read(json)).isEqualTo(resolution);
    assertThat(ResolutionJson.read(ResolutionJson.writeCompact(resolution))).isEqualTo(resolution);
  }

  private static void assertMarkersFollow(Block block, String... words) {
    List<FootnoteRef> refs = block.footnoteRefs();
    assertThat(refs).hasSize(words.length);
    for (int i = 0; i < words.length; i++) {
      FootnoteRef ref = refs.get(i);
      assertThat(block.text().substring(ref.offset(), ref.offset() + ref.marker().length()))
          .isEqualTo("(" + ref.number() + ")");
      assertThat(block.text().substring(0, ref.offset())).endsWith(words[i]);
    }
  }

  private static java.util.stream.Stream<Block> blocks() {
    return java.util.stream.Stream.of(
            resolution.citations(), resolution.recitals(), resolution.paragraphs())
        .flatMap(List::stream);
  }

  private static List<Integer> numbers(int n) {
    return IntStream.rangeClosed(1, n).boxed().toList();
  }

  private static List<String> ids(String prefix, int n) {
    return numbers(n).stream().map(i -> prefix + i).toList();
  }
}
