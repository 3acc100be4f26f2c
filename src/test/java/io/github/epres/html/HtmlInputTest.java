package io.github.epres.html;

import static io.github.epres.model.DiagnosticCode.NOT_A_RESOLUTION;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.epres.ResolutionParser;
import io.github.epres.model.Block;
import io.github.epres.model.Footnote;
import io.github.epres.model.FootnoteRef;
import io.github.epres.model.Resolution;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** EP web pages in the layout doceo serves, built here from the reference document. */
class HtmlInputTest {
  private static final ResolutionParser PARSER = ResolutionParser.builder().build();
  private static final Pattern MARKER = Pattern.compile("\\((\\d)\\)");
  private static final Pattern LABEL = Pattern.compile("^(–|[A-Z]\\.|\\d+\\.) (.*)$");

  /**
   * The reference document as a doceo "texts adopted" page: navigation, the day line, the document
   * numbers, one {@code <p>} per block with the marker in its own span and a spacer span, footnote
   * markers as superscript links, the footnote table and the page footer.
   */
  static String taPage(String text) {
    StringBuilder html =
        new StringBuilder(
            "<!DOCTYPE html><html lang=\"lv\"><head><title>Pieņemtie teksti - Cilvēktiesību"
                + " stāvoklis Kazahstānā</title><script>var x = 1;</script></head><body>"
                + "<header><nav><ul><li>Jaunumi</li><li>Deputāti</li></ul></nav></header>"
                + "<main id=\"website-body\"><div class=\"container\"><div class=\"breadcrumb\">"
                + "Sākums</div></div><div class=\"container-fluid\">"
                + "<div class=\"es_dropdown\"><button>Lejupielādēt</button></div>"
                + "<p>Ceturtdiena, 2021. gada 11. februāris - Brisele</p><p>Pagaidu versija</p>"
                + "<h1>Cilvēktiesību stāvoklis Kazahstānā</h1>"
                + "<p>P9_TA(2021)0056</p><p>RC\u2011B9\u20110144/2021</p>"
                + "<div class=\"doceo-ring\">Procedūra : 2021/2544(RSP)</div><div>\n");
    for (String line : text.split("\n")) {
      Matcher m = LABEL.matcher(line);
      String body = m.matches() ? m.group(2) : line;
      body = MARKER.matcher(body).replaceAll("<a href=\"#def_1_$1\"><sup>($1)</sup></a>");
      html.append("  <p style=\"margin-left:28pt\">");
      if (m.matches()) {
        html.append("<span>")
            .append(m.group(1))
            .append("</span><span style=\"display:inline-block\"> </span>");
      }
      html.append("<span>").append(body).append("</span></p>\n");
    }
    html.append("<table>");
    for (int n = 1; n <= 5; n++) {
      html.append("<tr><td><a id=\"def_1_")
          .append(n)
          .append("\">(")
          .append(n)
          .append(")</a></td><td>OV C ")
          .append(20 + n)
          .append(", 21.1.2021., ")
          .append(n)
          .append(". lpp.</td></tr>");
    }
    html.append("</table></div></div><div class=\"container-fluid\"><div class=\"separator\">")
        .append("</div><div class=\"small\"><span>Pēdējā atjaunināšana: 2021. gada 12.")
        .append(" februāris</span><div><span><a href=\"/legal-notice/lv\">Juridisks paziņojums")
        .append("</a> - <a href=\"/privacy-policy/lv\">Privātuma politika</a></span></div>")
        .append("</div></div></main><footer>Kontakti</footer></body></html>");
    return html.toString();
  }

  @Test
  void aTextsAdoptedPageParsesLikeTheText() throws Exception {
    String text = Files.readString(Path.of("seeds/TA-9-2021-0056_LV.txt"));
    Resolution fromText = PARSER.parse(text);
    Resolution fromPage = PARSER.parseHtml(taPage(text));

    assertThat(fromPage.diagnostics()).isEmpty();
    assertThat(texts(fromPage.citations())).isEqualTo(texts(fromText.citations()));
    assertThat(texts(fromPage.recitals())).isEqualTo(texts(fromText.recitals()));
    assertThat(texts(fromPage.paragraphs())).isEqualTo(texts(fromText.paragraphs()));
    assertThat(fromPage.title().orElseThrow().text())
        .isEqualTo(fromText.title().orElseThrow().text());
    assertThat(fromPage.header().orElseThrow().documentNumbers())
        .containsExactly("P9_TA(2021)0056", "RC-B9-0144/2021");
    assertThat(fromPage.header().orElseThrow().edition()).contains("Pagaidu versija");
    // The footnote links become footnotes, linked by number to the markers in citation 1.
    assertThat(fromPage.footnotes()).extracting(Footnote::number).containsExactly(1, 2, 3, 4, 5);
    assertThat(fromPage.footnotes().get(0).text()).isEqualTo("OV C 21, 21.1.2021., 1. lpp.");
    assertThat(fromPage.citations().get(0).footnoteRefs())
        .extracting(FootnoteRef::number)
        .containsExactly(1, 2, 3, 4);
    assertThat(ResolutionParser.htmlText(taPage(text)))
        .doesNotContain(
            "Jaunumi", "Lejupielādēt", "Procedūra", "Pēdējā", "Juridisks", "Privātuma", "var x");
  }

  /**
   * Each kind of page furniture is left out wherever it stands (in a line, a cell, a row), and a
   * row is read as two columns when two cells are left beside furniture: {@code furniture.txt} is
   * what removing the furniture from the tree before reading it gave.
   */
  @Test
  void leavesOutEveryKindOfFurniture() throws Exception {
    Path dir = Path.of("src/test/resources/html");
    assertThat(ResolutionParser.htmlText(Files.readString(dir.resolve("furniture.html"))))
        .isEqualTo(Files.readString(dir.resolve("furniture.txt")));
  }

  /**
   * The older pages' furniture (before doceo's current layout, as the 2020 motion page in
   * ../shared/corpus/en): the language list and its hidden heading, the procedure box with its
   * "Document stages" tab and ring of steps, the download sizes and the footer row; the document's
   * own header cells are kept.
   */
  @Test
  void leavesOutTheOlderPagesFurniture() throws Exception {
    Path dir = Path.of("src/test/resources/html");
    assertThat(ResolutionParser.htmlText(Files.readString(dir.resolve("furniture-older.html"))))
        .isEqualTo(Files.readString(dir.resolve("furniture-older.txt")));
  }

  /**
   * The document number comes from the page title; where the title lacks it, from doceo's page
   * header ("Report - A6-0401/2006", in its 2019 and 2025 markup), which is furniture otherwise.
   */
  @Test
  void readsTheDocumentNumberFromTheTitleOrThePageHeader() {
    String body = "<main><p>The European Parliament,</p></main></body></html>";
    assertThat(
            ResolutionParser.htmlText(
                "<html><head><title>Report on x | A6-0401/2006 | European Parliament</title>"
                    + "</head><body>"
                    + body))
        .startsWith("A6-0401/2006\n");
    for (String prefix : new String[] {"erpl", "es"}) {
      String html =
          "<html><head><title>Report on x</title></head><body><header><div class=\""
              + prefix
              + "_header-website-title-main\"><span>Report - A6-0401/2006</span></div>"
              + "<nav>News</nav></header>"
              + body;
      assertThat(ResolutionParser.htmlText(html))
          .isEqualTo("A6-0401/2006\nThe European Parliament,\n");
    }
  }

  @Test
  void externalEntitiesAreNeitherResolvedNorFetched() {
    String html =
        "<!DOCTYPE html [<!ENTITY xxe SYSTEM \"file:///etc/passwd\">]><html><body><main>"
            + "<p>&xxe;</p><img src=\"http://127.0.0.1:1/probe.png\"><p>The European Parliament,</p>"
            + "<iframe src=\"file:///etc/passwd\"></iframe></main></body></html>";
    String text = ResolutionParser.htmlText(html);
    assertThat(text).isEqualTo("&xxe;\nThe European Parliament,\n");
    Resolution r = PARSER.parseHtml(html);
    assertThat(r.title().orElseThrow().text()).isEqualTo("&xxe;");
    assertThat(r.authorLine().orElseThrow().text()).isEqualTo("The European Parliament,");
    assertThat(r.diagnostics()).extracting(d -> d.code()).contains(NOT_A_RESOLUTION);
  }

  @Test
  void deeplyNestedMarkupDoesNotOverflowTheStack() {
    String html = "<html><body><main>" + "<div>".repeat(100_000) + "<p>x</p></main></body></html>";
    assertThat(ResolutionParser.htmlText(html)).contains("x");
  }

  @Test
  void randomMarkupNeverBreaksTheReader() {
    String[] pieces = {
      "<p>",
      "</p>",
      "<div>",
      "</div>",
      "<br>",
      "<span>",
      "</span>",
      "<table><tr><td>",
      "</td>",
      "<sup>(1)</sup>",
      "<main>",
      "</main>",
      "<script>x</script>",
      "&amp;",
      "&#0;",
      "&nbsp;",
      "– ",
      "A. ",
      "1. ",
      "(a) ",
      "whereas ",
      "The European Parliament,",
      "<!--",
      "-->",
      "<",
      ">",
      "\uD800",
      "\u0000",
      "<h1>",
      "<title>RC-B9-0144/2021</title>",
      "\n"
    };
    java.util.Random random = new java.util.Random(0x47A1);
    for (int i = 0; i < 3000; i++) {
      StringBuilder html = new StringBuilder();
      for (int p = random.nextInt(60); p >= 0; p--) {
        html.append(pieces[random.nextInt(pieces.length)]);
      }
      String text = ResolutionParser.htmlText(html.toString());
      Resolution r = PARSER.parseHtml(html.toString());
      assertThat(io.github.epres.text.TextRenderer.render(r)).isEqualTo(text);
    }
  }

  @Test
  void pagesAreToldFromText() {
    assertThat(ResolutionParser.looksLikeHtml("\uFEFF  <!DOCTYPE html><html>")).isTrue();
    assertThat(ResolutionParser.looksLikeHtml("<html lang=\"en\">")).isTrue();
    assertThat(ResolutionParser.looksLikeHtml("European Parliament resolution <b>")).isFalse();
  }

  private static List<String> texts(List<? extends Block> blocks) {
    return blocks.stream().map(b -> b.id() + " " + b.text()).toList();
  }
}
