package io.github.epres.viewer;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.github.epres.ResolutionParser;
import io.github.epres.internal.viewer.ViewerServer;
import java.net.InetAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;

/**
 * What the viewer's browser tests share: a server and Debian's headless Chromium driven through
 * chromedriver (CI installs both; elsewhere the tests skip with a message), the page opened afresh
 * for each test, and the real joint motion and voting list of ../shared (skipped when absent).
 */
abstract class BrowserTest {
  static final Path CORPUS = Path.of(System.getProperty("epres.shared", "../shared"), "corpus");

  /** The joint motion RC-B10-0249/2025 as the EP's page, and the voting list of its sitting. */
  static final Path JOINT_MOTION = CORPUS.resolve("en/RC-10-2025-0249_EN.html");

  static final Path VOTING_LIST = CORPUS.resolve("votes/vot-list_pv-10-2025-05-08-vot-en.xml");

  static ViewerServer server;
  static WebDriver browser;

  @BeforeAll
  static void start() throws Exception {
    assumeTrue(
        WebDriver.available(),
        "no " + WebDriver.CHROMIUM + " or " + WebDriver.CHROMEDRIVER + " (.ci/run installs them)");
    server =
        ViewerServer.start(
            InetAddress.getLoopbackAddress(), 0, 32 << 20, ResolutionParser.builder().build());
    browser = new WebDriver();
  }

  @AfterAll
  static void stop() throws Exception {
    if (browser != null) {
      browser.close();
      browser = null;
    }
    if (server != null) {
      server.close();
      server = null;
    }
  }

  @BeforeEach
  void openThePage() throws Exception {
    browser.resize(1280, 1000);
    browser.open(server.address());
    browser.waitFor("document.readyState === 'complete'");
  }

  static void assumeTheJointMotion() {
    assumeTrue(
        Files.exists(JOINT_MOTION) && Files.exists(VOTING_LIST),
        "../shared/corpus is absent: " + CORPUS);
  }

  /** Pastes a text and parses it, opening the input's fold first as a reader would. */
  void paste(String text) throws Exception {
    browser.script("document.getElementById('input').open = true;");
    browser.script("document.getElementById('text').value = arguments[0];", text);
    browser.click(browser.find("#parse"));
    waitForStatus("Parsed");
  }

  void choose(String input, Path file) throws Exception {
    browser.type(browser.find(input), file.toRealPath().toString());
  }

  void waitForStatus(String start) throws Exception {
    browser.waitFor("document.getElementById('status').textContent.startsWith('" + start + "')");
  }

  /** The joint motion chosen as a file, then its voting list. */
  void openTheJointMotionWithItsVotes() throws Exception {
    assumeTheJointMotion();
    choose("#file", JOINT_MOTION);
    waitForStatus("Parsed");
    choose("#votes", VOTING_LIST);
    waitForStatus("Votes linked");
  }

  int count(String css) throws Exception {
    return browser.script("return document.querySelectorAll(arguments[0]).length;", css).asInt();
  }

  String text(String css) throws Exception {
    return browser.script("return document.querySelector(arguments[0]).textContent;", css).asText();
  }

  String attribute(String css, String name) throws Exception {
    return browser
        .script(
            "return document.querySelector(arguments[0]).getAttribute(arguments[1]);", css, name)
        .asText();
  }

  boolean visible(String css) throws Exception {
    return browser
        .script(
            "const e = document.querySelector(arguments[0]);"
                + " return !!e && e.checkVisibility();",
            css)
        .asBoolean();
  }

  /** The elements' texts joined by "|". */
  String texts(String css) throws Exception {
    return browser
        .script(
            "return [...document.querySelectorAll(arguments[0])].map(e => e.textContent).join('|');",
            css)
        .asText();
  }
}
