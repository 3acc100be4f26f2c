package io.github.epres.viewer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.github.epres.Seeds;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * The viewer in a real browser: the reference document pasted, its marks, headings, points, the
 * annex, diagnostics, amendments, downloads, footnotes of a real page, and hostile strings.
 */
class ViewerBrowserTest extends BrowserTest {
  /** Where the screenshot of the reference document goes; the README shows a copy of it. */
  static final Path SCREENSHOT = Path.of("target", "viewer-reference.png");

  @Test
  void showsTheReferenceDocument() throws Exception {
    paste(Seeds.reference());
    assertThat(count("article.block[id^='b-cit_']")).isEqualTo(11);
    assertThat(count("article.block[id^='b-rec_']")).isEqualTo(23);
    assertThat(count("article.block[id^='b-para_']")).isEqualTo(27);
    assertThat(text("#b-rec_W .meta .label")).isEqualTo("Recital W");
    assertThat(text("#b-para_1 .meta .label.own")).isEqualTo("1. punkts");
    // § 1's action, highlighted, and its addressee.
    assertThat(text("#b-para_1 .action")).isEqualTo("mudina");
    assertThat(browser.script("return document.querySelector('#b-para_1 .action').title;").asText())
        .isEqualTo("urges");
    assertThat(text("#b-para_1 .addressee")).isEqualTo("Kazahstānas valdību");
    assertThat(text("#legend")).contains("urges").contains("calls on");
    // A date and a reference with their normalised values; footnotes linked both ways.
    assertThat(text("#b-cit_1 .details")).contains("date 2019. gada 14. marta = 2019-03-14");
    // The reference document has footnote markers but not the footnotes' texts.
    assertThat(count("#b-cit_1 .fnref")).isEqualTo(4);
    assertThat(count("#b-cit_1 a.fnref")).isZero();
    // Focusing a block highlights its span in the source.
    browser.script("document.getElementById('b-para_1').focus();");
    assertThat(text("#source mark")).startsWith("1. mudina Kazahstānas valdību");
    Files.createDirectories(SCREENSHOT.getParent());
    browser.script("document.getElementById('b-para_1').focus();");
    byte[] png = browser.screenshot();
    Files.write(SCREENSHOT, png);
    assertThat(png).startsWith(0x89, 'P', 'N', 'G');
  }

  @Test
  void showsHeadingsPointsTheAnnexAndDiagnostics() throws Exception {
    paste(
        "European Parliament resolution of 11 February 2021 on testing the viewer"
            + " (2021/2544(RSP))\nThe European Parliament,\n"
            + "– having regard to Rule 144 of its Rules of Procedure,\n"
            + "A. whereas the viewer shows what the model holds;\nHuman rights\n"
            + "1. Calls on the Commission to act:\n(a) on the first point;\n(b) on the second point;\n"
            + "3. Instructs its President to forward this resolution to the Council and the"
            + " Commission.\nANNEX\nThe annex text.\n");
    assertThat(
            browser
                .script("return document.getElementById('b-para_1').previousElementSibling.id;")
                .asText())
        .isEqualTo("b-hdg_1");
    assertThat(text("#b-hdg_1")).isEqualTo("Human rights");
    assertThat(count("#b-para_1 .points li")).isEqualTo(2);
    assertThat(attribute("#b-para_1 .points li .label", "title")).isEqualTo("para_1__point_a");
    assertThat(text(".annex")).contains("The annex text.");
    assertThat(count("#diagnostics li")).isEqualTo(1);
    assertThat(text("#diagnostics li")).contains("LABEL_OUT_OF_SEQUENCE");
    browser.click(browser.find("#reading-details-summary"));
    browser.click(browser.find("#diagnostics button"));
    assertThat(text("#source mark")).isEqualTo("3");
  }

  @Test
  void showsAmendmentsSideBySide() throws Exception {
    paste(
        Files.readString(
            Path.of("src/test/resources/amendments/legislative-report-en.txt"),
            StandardCharsets.UTF_8));
    assertThat(count(".amendment")).isEqualTo(4);
    assertThat(text(".amendment .target")).isEqualTo("Proposal for a regulation – Recital 1");
    assertThat(
            browser
                .script(
                    "return [...document.querySelectorAll('.amendment-columns')[0]"
                        + ".querySelectorAll('td')].map(c => c.textContent).join('|');")
                .asText())
        .isEqualTo("(1) Toys must be safe.|(1) Toys must be safe for every child.");
    assertThat(text(".amendment .justification"))
        .isEqualTo("Children of every age play with toys.");
  }

  @Test
  void downloadsTheModel() throws Exception {
    paste(Seeds.reference());
    browser.script(
        "window.downloads = []; const create = URL.createObjectURL;"
            + " URL.createObjectURL = b => { b.text().then(t => window.downloads.push(t));"
            + " return create(b); };");
    browser.click(browser.find("#reading-details-summary"));
    browser.click(browser.find("#downloads button[data-format='akn']"));
    browser.waitFor("window.downloads.length === 1");
    assertThat(browser.script("return window.downloads[0];").asText())
        .contains("<akomaNtoso")
        .contains("para_27");
  }

  @Test
  void linksFootnotesBothWays() throws Exception {
    Path page = CORPUS.resolve("en/B-9-2020-0220_EN.html");
    assumeTrue(Files.exists(page), "../shared/corpus is absent: " + CORPUS);
    choose("#file", page);
    waitForStatus("Parsed");
    assertThat(count("article.block[id^='b-para_']")).isEqualTo(50);
    assertThat(count("a.fnref[href='#fn-5']")).isEqualTo(1);
    String back =
        browser.script("return document.querySelector('#fn-5 a').getAttribute('href');").asText();
    assertThat(back).startsWith("#fnref-");
    assertThat(count(back.replace("#", "#") + "[href='#fn-5']")).isEqualTo(1);
  }

  @Test
  void showsHostileStringsAsText() throws Exception {
    String script = "<script>window.pwned = 1</script>";
    String image = "\"><img src=x onerror=\"window.pwned = 2\">";
    String override = "\u202Etxt.exe";
    paste(
        "The European Parliament,\n– having regard to "
            + script
            + ",\nA. whereas "
            + image
            + ";\n1. Calls on the Commission "
            + override
            + ";\n");
    assertThat(browser.script("return window.pwned === undefined;").asBoolean()).isTrue();
    assertThat(count("#doc img, #doc script, #summary img")).isZero();
    assertThat(text("#doc")).contains(script).contains(image).contains(override);
    assertThat(text("#source")).contains(script);
  }
}
