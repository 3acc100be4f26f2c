package io.github.epres.viewer;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.epres.Seeds;
import java.nio.file.Files;
import org.junit.jupiter.api.Test;

/**
 * What a newcomer sees first: nothing but the input until a document is chosen; then the input
 * folded away, the title, numbers, date and final result first, the authors folded; landmarks for
 * screen readers, and one column without sideways scrolling on a phone.
 */
class ViewerFirstScreenTest extends BrowserTest {
  @Test
  void showsOnlyTheInputBeforeADocumentIsChosen() throws Exception {
    assertThat(visible("#input textarea")).isTrue();
    assertThat(visible("#result")).isFalse();
    assertThat(visible("#source")).isFalse();
    assertThat(visible("#overview")).isFalse();
    assertThat(visible("#votes-summary")).isFalse();
    assertThat(text("#status")).isEmpty();
  }

  @Test
  void foldsTheInputAwayAfterParsingAndOpensItAgain() throws Exception {
    paste(Seeds.reference());
    assertThat(browser.script("return document.getElementById('input').open;").asBoolean())
        .isFalse();
    assertThat(visible("#text")).isFalse();
    browser.click(browser.find("#input-summary"));
    assertThat(visible("#text")).isTrue();
  }

  @Test
  void putsTitleNumbersDateAndFinalResultFirstAndFoldsTheAuthors() throws Exception {
    openTheJointMotionWithItsVotes();
    assertThat(text("#doc-title"))
        .isEqualTo(
            "European Parliament resolution on the return of Ukrainian children forcibly"
                + " transferred and deported by Russia (2025/2691(RSP))");
    assertThat(texts("#overview .fact"))
        .isEqualTo("Document RC-B10-0249/2025|Date 2025-05-07|Procedure 2025/2691(RSP)");
    // In this order, before the text: title, facts, final vote, sources, authors.
    assertThat(texts("#overview > *").split("\\|")[2]).startsWith("Final vote: adopted");
    assertThat(
            browser
                .script(
                    "return [...document.querySelectorAll('#overview > *')].map(e => e.id ||"
                        + " e.className).join(' ');")
                .asText())
        .isEqualTo("doc-title facts final sources authors");
    assertThat(browser.script("return document.getElementById('authors').open;").asBoolean())
        .isFalse();
    assertThat(text("#authors summary")).isEqualTo("Authors: 85 Members of 5 groups");
    assertThat(visible("#authors dd")).isFalse();
    browser.click(browser.find("#authors summary"));
    assertThat(visible("#authors dd")).isTrue();
    assertThat(text("#authors")).contains("Sebastião Bugalho");
    // The head is above the fold of a desktop window, the final vote with it.
    assertThat(
            browser
                .script("return document.getElementById('final').getBoundingClientRect().bottom;")
                .asDouble())
        .isLessThan(600);
    browser.click(browser.find("#authors summary"));
    browser.script("window.scrollTo(0, 0);");
    Files.createDirectories(ViewerVotesTest.SCREENSHOTS);
    Files.write(ViewerVotesTest.SCREENSHOTS.resolve("viewer-document.png"), browser.screenshot());
  }

  @Test
  void hasLandmarksLabelsAndFocusableFolds() throws Exception {
    paste(Seeds.reference());
    assertThat(count("header.bar")).isEqualTo(1);
    assertThat(count("main")).isEqualTo(1);
    assertThat(count("nav[aria-label]")).isEqualTo(1);
    // Every input has a label.
    assertThat(
            browser
                .script(
                    "return [...document.querySelectorAll('input, textarea')].filter(i =>"
                        + " !document.querySelector('label[for=\"' + i.id + '\"]')).map(i => i.id);")
                .toString())
        .isEqualTo("[]");
    // The folds are <details>, opened with the keyboard; the first Tab goes to the skip link.
    assertThat(count("details > summary")).isGreaterThanOrEqualTo(3);
    assertThat(
            browser
                .script(
                    "return document.querySelector('a[href], button, input, textarea, summary,"
                        + " [tabindex]').className;")
                .asText())
        .isEqualTo("skip");
    browser.script("document.querySelector('.skip').focus();");
    browser.keys("\uE004");
    assertThat(browser.script("return document.activeElement.id;").asText())
        .isEqualTo("input-summary");
    browser.script("document.getElementById('reading-details-summary').focus();");
    browser.keys("\uE007");
    assertThat(
            browser.script("return document.getElementById('reading-details').open;").asBoolean())
        .isTrue();
    // A focused block shows a visible outline.
    browser.script("document.getElementById('b-para_1').focus();");
    assertThat(
            browser
                .script(
                    "return getComputedStyle(document.getElementById('b-para_1')).outlineStyle;")
                .asText())
        .isEqualTo("solid");
  }

  /**
   * Every piece of text the viewer colours, on its background, reaches WCAG AA's 4.5:1 (the
   * document's own highlights keep the ink colour on light tints).
   */
  @Test
  void meetsTheContrastOfWcagAa() throws Exception {
    openTheJointMotionWithItsVotes();
    choose(
        "#rollcalls", RollCallFixture.write(java.nio.file.Path.of("target", "viewer", "rcv.xml")));
    waitForStatus("Votes linked: 12 votings, 1 by roll call");
    browser.script("for (const d of document.querySelectorAll('details')) d.open = true;");
    String worst =
        browser
            .script(
                "const rgb = c => c.match(/[\\d.]+/g).map(Number);"
                    + " const lum = ([r, g, b]) => [r, g, b].map(v => { v /= 255;"
                    + " return v <= 0.03928 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4); })"
                    + ".reduce((s, v, i) => s + v * [0.2126, 0.7152, 0.0722][i], 0);"
                    + " const background = e => { for (; e; e = e.parentElement) {"
                    + " const c = rgb(getComputedStyle(e).backgroundColor);"
                    + " if (c.length === 3 || c[3] > 0) return c.slice(0, 3); } return [255, 255, 255]; };"
                    + " const bad = [];"
                    + " for (const e of document.querySelectorAll('body *')) {"
                    + " if (![...e.childNodes].some(n => n.nodeType === 3 && n.nodeValue.trim())) continue;"
                    + " if (!e.checkVisibility()) continue;"
                    + " const a = lum(rgb(getComputedStyle(e).color)), b = lum(background(e));"
                    + " const ratio = (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05);"
                    + " if (ratio < 4.5) bad.push(e.tagName + '.' + e.className + ' ' + ratio.toFixed(2)); }"
                    + " return bad.join('; ');")
            .asText();
    assertThat(worst).isEmpty();
  }

  @Test
  void fitsAPhoneInOneColumn() throws Exception {
    openTheJointMotionWithItsVotes();
    choose(
        "#rollcalls", RollCallFixture.write(java.nio.file.Path.of("target", "viewer", "rcv.xml")));
    waitForStatus("Votes linked: 12 votings, 1 by roll call");
    browser.resize(390, 844);
    browser.waitFor("innerWidth <= 390");
    assertThat(
            browser
                .script(
                    "return getComputedStyle(document.querySelector('.result'))"
                        + ".gridTemplateColumns.split(' ').length;")
                .asInt())
        .isEqualTo(1);
    assertThat(
            browser
                .script("return document.scrollingElement.scrollWidth <= window.innerWidth;")
                .asBoolean())
        .isTrue();
    // The title comes first, before the contents.
    assertThat(
            browser
                .script(
                    "return document.getElementById('overview').getBoundingClientRect().top <"
                        + " document.getElementById('navigation').getBoundingClientRect().top;")
                .asBoolean())
        .isTrue();
  }
}
