package io.github.epres;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every real EP page under {@code ../shared/corpus}: the text the reader makes of it holds every
 * word of the page's document content and no piece of its furniture. The content is selected here
 * from the page's markup, by generation, as the region the document stands in less the furniture
 * this test lists by element, class and id, without the reader's code:
 *
 * <ul>
 *   <li>doceo pages (2019 on, every document of every year served in its layout): {@code main} less
 *       the breadcrumb, the procedure box ({@code .doceo-ring}), the download menus ({@code
 *       .es_dropdown}, the amendment and errata selectors {@code .form-group}, {@code #amdData},
 *       {@code #errataData}) and the footer ({@code main}'s last container: "Last updated", "Legal
 *       notice - Privacy policy");
 *   <li>the older pages (no {@code main}): {@code body} less the language list ({@code
 *       #header_sides}), the procedure box (the table with the "Document stages in plenary" tab and
 *       the {@code .doc_box_header} table of ring steps), the download sizes ({@code .doc_size})
 *       and the footer row ({@code tr.footerdocwin}).
 * </ul>
 *
 * <p>Words are compared as counts (a word the content holds three times must be in the text three
 * times); at least 99.9 % of them must be there, and the misses are listed. Each piece of furniture
 * (an element's whole text, and each of its own texts of two words or more) must not be in the
 * text, white space made one space, which catches a reader that keeps it in a line or across lines.
 */
class HtmlContentTest {
  private static final String DOCEO_FURNITURE =
      ".breadcrumb, .doceo-ring, .es_dropdown, .form-group, #amdData, #errataData,"
          + " main > div.container-fluid:last-child";
  private static final String OLDER_FURNITURE =
      "#header_sides, body > table > tbody > tr > td > table:has(.Tabs_doc_unselected),"
          + " table.doc_box_header:has(.ring_multiple_bg), .doc_size, tr.footerdocwin";

  private static final Pattern INVISIBLE = Pattern.compile("[\u00AD\u200B]");

  /** The pages among {@link CorpusTest#documents()} (its one "no corpus" case when absent). */
  static Stream<Arguments> pages() throws IOException {
    List<Arguments> documents = CorpusTest.documents().toList();
    List<Arguments> pages =
        documents.stream().filter(d -> d.get()[0].toString().endsWith(".html")).toList();
    return (pages.isEmpty() ? documents : pages).stream();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("pages")
  void keepsTheContentAndLeavesOutTheFurniture(Path page) throws IOException {
    assumeTrue(Files.exists(page), "../shared/corpus is absent: " + page);
    String html = Files.readString(page);
    String text = ResolutionParser.htmlText(html);
    Document dom = Jsoup.parse(html);
    Element region = dom.selectFirst("main");
    Elements furniture = dom.select(region != null ? DOCEO_FURNITURE : OLDER_FURNITURE);
    assertThat(furniture).as("the furniture this test knows of the page").isNotEmpty();
    List<String> pieces = new ArrayList<>();
    for (Element piece : furniture) {
      pieces.add(spaced(piece.text()));
      for (Element part : piece.getAllElements()) {
        String own = spaced(part.ownText());
        if (own.indexOf(' ') > 0) {
          pieces.add(own);
        }
      }
    }
    furniture.remove();
    String content = (region != null ? region : dom.body()).text();

    Map<String, Integer> have = counts(text);
    Map<String, Integer> want = counts(content);
    List<String> misses = new ArrayList<>();
    int total = 0;
    for (Map.Entry<String, Integer> word : want.entrySet()) {
      total += word.getValue();
      int missing = word.getValue() - have.getOrDefault(word.getKey(), 0);
      for (int i = 0; i < missing; i++) {
        misses.add(word.getKey());
      }
    }
    System.out.printf(
        "%s: %d words of content, %d missed %s%n",
        page.getFileName(), total, misses.size(), misses.subList(0, Math.min(20, misses.size())));
    assertThat(total).as("words of content").isGreaterThan(100);
    assertThat(misses.size()).as("words missed: %s", misses).isLessThanOrEqualTo(total / 1000);

    String flat = spaced(text);
    assertThat(pieces.stream().filter(p -> !p.isEmpty() && flat.contains(p)))
        .as("furniture in the text")
        .isEmpty();
  }

  private static Map<String, Integer> counts(String text) {
    Map<String, Integer> counts = new HashMap<>();
    for (String word : spaced(text).split(" ")) {
      if (!word.isEmpty()) {
        counts.merge(word, 1, Integer::sum);
      }
    }
    return counts;
  }

  /**
   * White space of any kind (tabs, line ends, no-break spaces) made one space; soft hyphens and
   * zero-width spaces, which jsoup's text leaves out and the reader keeps, taken out.
   */
  private static String spaced(String text) {
    return INVISIBLE
        .matcher(text.replace('\u00A0', ' '))
        .replaceAll("")
        .replaceAll("\\s+", " ")
        .strip();
  }
}
