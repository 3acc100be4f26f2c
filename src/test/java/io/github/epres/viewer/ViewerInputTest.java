package io.github.epres.viewer;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.epres.Seeds;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** Choosing files: the same file twice, a file that is not UTF-8, Parse with nothing to parse. */
class ViewerInputTest extends BrowserTest {
  private static final Path FILES = Path.of("target", "viewer");

  @Test
  void readsTheSameFileChosenTwice() throws Exception {
    Path file = Files.createDirectories(FILES).resolve("reference-lv.txt");
    Files.writeString(file, Seeds.reference(), StandardCharsets.UTF_8);
    choose("#file", file);
    waitForStatus("Parsed");
    assertThat(browser.script("return document.getElementById('file').value;").asText()).isEmpty();
    browser.script("document.getElementById('status').textContent = '';");
    browser.script("document.getElementById('doc').replaceChildren();");
    choose("#file", file);
    waitForStatus("Parsed");
    assertThat(count("article.block[id^='b-para_']")).isEqualTo(27);
    assertThat(text("#input-summary")).isEqualTo("Document: reference-lv.txt");
    assertThat(visible("#warning")).isFalse();
  }

  @Test
  void warnsOfAFileThatIsNotUtf8() throws Exception {
    // The reference document's text in Windows-1257, as an old Latvian file would be.
    Path file = Files.createDirectories(FILES).resolve("reference-windows-1257.txt");
    Files.write(file, Seeds.reference().getBytes("windows-1257"));
    choose("#file", file);
    waitForStatus("Parsed");
    assertThat(visible("#warning")).isTrue();
    assertThat(text("#warning"))
        .startsWith("reference-windows-1257.txt is not UTF-8: ")
        .contains("could not be read and show as \uFFFD")
        .endsWith("Save the file as UTF-8 and choose it again.");
    // A pasted text after it clears the warning, and so does a good file.
    paste(Seeds.reference());
    assertThat(visible("#warning")).isFalse();
    browser.script("document.getElementById('status').textContent = '';");
    choose("#file", file);
    waitForStatus("Parsed");
    assertThat(visible("#warning")).isTrue();
    Path good = FILES.resolve("reference-lv.txt");
    Files.writeString(good, Seeds.reference(), StandardCharsets.UTF_8);
    browser.script("document.getElementById('status').textContent = '';");
    choose("#file", good);
    waitForStatus("Parsed");
    assertThat(visible("#warning")).isFalse();
  }

  @Test
  void parsesNothingWhenTheBoxIsEmpty() throws Exception {
    browser.script(
        "window.requests = 0; const f = window.fetch;"
            + " window.fetch = (...a) => { window.requests++; return f(...a); };");
    browser.script("document.getElementById('text').value = '  \\n ';");
    browser.click(browser.find("#parse"));
    Thread.sleep(300);
    assertThat(browser.script("return window.requests;").asInt()).isZero();
    assertThat(text("#status")).isEmpty();
    assertThat(visible("#result")).isFalse();
    assertThat(browser.script("return document.getElementById('input').open;").asBoolean())
        .isTrue();
  }
}
