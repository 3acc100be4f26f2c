package io.github.epres.viewer;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.epres.Seeds;
import org.junit.jupiter.api.Test;

/**
 * Finding one's way in the reference document (Latvian, 11 citations, 23 recitals, 27 paragraphs):
 * contents, "go to", search with highlighted hits, and plain labels with the model's ids on hover.
 */
class ViewerNavigationTest extends BrowserTest {
  private double top(String id) throws Exception {
    return browser
        .script("return document.getElementById(arguments[0]).getBoundingClientRect().top;", id)
        .asDouble();
  }

  private String focused() throws Exception {
    return browser.script("return document.activeElement.id;").asText();
  }

  @Test
  void listsCitationsRecitalsAndParagraphsInTheContents() throws Exception {
    paste(Seeds.reference());
    assertThat(count("#toc a[href^='#b-cit_']")).isEqualTo(11);
    assertThat(count("#toc a[href^='#b-rec_']")).isEqualTo(23);
    assertThat(count("#toc a[href^='#b-para_']")).isEqualTo(27);
    assertThat(text("#toc a[href='#b-para_12']")).isEqualTo("§ 12");
    assertThat(text("#toc a[href='#b-rec_C']")).isEqualTo("Recital C");
    assertThat(text("#toc a[href='#b-cit_3']")).isEqualTo("Citation 3");
    browser.click(browser.find("#toc a[href='#b-para_12']"));
    assertThat(focused()).isEqualTo("b-para_12");
    assertThat(top("b-para_12")).isBetween(-1.0, 40.0);
  }

  @Test
  void goesToALabel() throws Exception {
    paste(Seeds.reference());
    for (String[] wanted :
        new String[][] {
          {"§ 12", "b-para_12"},
          {"Recital C", "b-rec_C"},
          {"§7", "b-para_7"},
          {"c", "b-rec_C"},
          {"19", "b-para_19"},
          {"citation 2", "b-cit_2"}
        }) {
      browser.script("document.getElementById('jump').value = '';");
      browser.type(browser.find("#jump"), wanted[0]);
      browser.click(browser.find("#jump-form button"));
      assertThat(focused()).as(wanted[0]).isEqualTo(wanted[1]);
      assertThat(top(wanted[1])).as(wanted[0]).isBetween(-1.0, 40.0);
    }
    browser.script("document.getElementById('jump').value = '';");
    browser.type(browser.find("#jump"), "§ 99");
    browser.click(browser.find("#jump-form button"));
    assertThat(text("#jump-status")).isEqualTo("No “§ 99” in this document.");
  }

  @Test
  void highlightsTheHitsOfASearch() throws Exception {
    paste(Seeds.reference());
    browser.type(browser.find("#search"), "kazahst");
    browser.waitFor("document.querySelectorAll('#doc mark.hit').length > 0");
    int hits = count("#doc mark.hit");
    assertThat(text("#hits")).isEqualTo(hits + " matches");
    assertThat(texts("#doc mark.hit").toLowerCase().split("\\|")).containsOnly("kazahst");
    assertThat(text("#b-para_1 mark.hit")).isEqualTo("Kazahst");
    // Enter goes to the first hit, then the next.
    browser.keys("\uE007");
    assertThat(count("#doc mark.hit.current")).isEqualTo(1);
    assertThat(text("#hits")).isEqualTo(hits + " matches (1/" + hits + ")");
    browser.keys("\uE007");
    assertThat(text("#hits")).isEqualTo(hits + " matches (2/" + hits + ")");
    // A new search clears the old hits; the text is unchanged.
    String before = text("#b-para_1 .text");
    browser.script("document.getElementById('search').value = '';");
    browser.type(browser.find("#search"), "zzzq");
    assertThat(count("#doc mark.hit")).isZero();
    assertThat(text("#hits")).isEqualTo("No match");
    assertThat(text("#b-para_1 .text")).isEqualTo(before);
  }

  @Test
  void labelsBlocksPlainlyWithTheirIdsOnHover() throws Exception {
    paste(Seeds.reference());
    assertThat(text("#b-para_1 .meta .label")).isEqualTo("§ 1");
    assertThat(attribute("#b-para_1 .meta .label", "title")).isEqualTo("para_1");
    assertThat(text("#b-rec_B .meta .label")).isEqualTo("Recital B");
    assertThat(attribute("#b-rec_B .meta .label", "title")).isEqualTo("rec_B");
    assertThat(text("#b-cit_3 .meta .label")).isEqualTo("Citation 3");
    // The document's own label beside it, in its language.
    assertThat(text("#b-para_1 .meta .label.own")).isEqualTo("1. punkts");
    // No raw id as text in the main view.
    assertThat(text("#doc"))
        .doesNotContain("para_1")
        .doesNotContain("rec_B")
        .doesNotContain("author-line");
  }
}
