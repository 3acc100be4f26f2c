package io.github.epres.viewer;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * The votes of RC-B10-0249/2025 (its voting list of 2025-05-08) on the page: the counts as the list
 * gives them, the summary at the top, split parts, other votings, the links to the EP's pages, and
 * with a roll-call list, the groups' bars and a Member's votes.
 */
class ViewerVotesTest extends BrowserTest {
  /** Where the screenshot of the votes view goes ({@code -Depres.screenshots=docs/images}). */
  static final Path SCREENSHOTS = Path.of(System.getProperty("epres.screenshots", "target"));

  @Test
  void showsTheFinalVoteWithItsCountsAsTheListGivesThem() throws Exception {
    openTheJointMotionWithItsVotes();
    assertThat(text("#final .n.favor")).isEqualTo("516");
    assertThat(text("#final .n.against")).isEqualTo("3");
    assertThat(text("#final .n.abstention")).isEqualTo("34");
    assertThat(text("#final"))
        .isEqualTo("Final vote: adopted — 516 for, 3 against, 34 abstentions")
        .doesNotContain("340");
  }

  @Test
  void summarisesTheVotesAtTheTop() throws Exception {
    openTheJointMotionWithItsVotes();
    // 12 votings with a result: § 1 in two parts, three amendments, the final vote and the six
    // motions that lapsed with the joint motion's adoption.
    assertThat(texts("#tally dt")).isEqualTo("votings|adopted|rejected|lapsed");
    assertThat(texts("#tally dd")).isEqualTo("12|4|2|6");
    assertThat(text(".final-summary")).contains("516 for, 3 against, 34 abstentions");
    // The summary comes before the text.
    assertThat(
            browser
                .script(
                    "return document.getElementById('votes-summary').compareDocumentPosition("
                        + "document.getElementById('doc')) & Node.DOCUMENT_POSITION_FOLLOWING;")
                .asInt())
        .isPositive();
  }

  @Test
  void labelsSplitPartsInTheirText() throws Exception {
    openTheJointMotionWithItsVotes();
    assertThat(texts("#b-para_1 .vote"))
        .isEqualTo("voted in parts|part 1: adopted|part 2: adopted");
    String part1 = texts("#b-para_1 .part-1").replace("|", "");
    assertThat(part1)
        .hasSize(277)
        .startsWith("Strongly condemns the violent actions")
        .endsWith("militarisation;");
    assertThat(attribute("#b-para_1 .part-1", "title")).contains("part 1: adopted");
    assertThat(attribute("#b-para_1 .part-2", "title")).contains("part 2: adopted");
    // Amendment 1 (Renew), after § 4: adopted, shown where it goes.
    JsonNode after4 =
        browser.script(
            "const n = document.getElementById('b-para_4').nextElementSibling;"
                + " return [n.className, n.textContent];");
    assertThat(after4.get(0).asText()).isEqualTo("insertion");
    assertThat(after4.get(1).asText()).contains("After § 4").contains("Renew").contains("adopted");
  }

  @Test
  void namesOtherVotingsByTheirDocumentAndTitle() throws Exception {
    openTheJointMotionWithItsVotes();
    assertThat(count("#votes-other li")).isEqualTo(6);
    assertThat(text("#votes-other li"))
        .isEqualTo(
            "B10-0247/2025 — Return of Ukrainian children forcibly transferred and deported by"
                + " Russia (The Left) lapsed");
    assertThat(text("#other-votings summary")).isEqualTo("Other votings of the list (6)");
    assertThat(text("#votes-summary")).doesNotContain("other_document");
    assertThat(attribute("#votes-other li a", "href"))
        .isEqualTo("https://www.europarl.europa.eu/doceo/document/B-10-2025-0247_EN.html");
  }

  @Test
  void linksToTheEpPagesOpenedOnlyOnClick() throws Exception {
    openTheJointMotionWithItsVotes();
    assertThat(texts("#sources a").split("\\|")).hasSize(2);
    assertThat(
            browser
                .script("return [...document.querySelectorAll('#sources a')].map(a => a.href);")
                .toString())
        .isEqualTo(
            "[\"https://www.europarl.europa.eu/doceo/document/RC-10-2025-0249_EN.html\","
                + "\"https://www.europarl.europa.eu/doceo/document/PV-10-2025-05-08-VOT_EN.html\"]");
    for (String a : new String[] {"#sources li:first-child a", "#sources li:last-child a"}) {
      assertThat(attribute(a, "target")).isEqualTo("_blank");
      assertThat(attribute(a, "rel")).contains("noopener");
    }
  }

  @Test
  void makesEpAddressesOfEveryKindOfNumber() throws Exception {
    JsonNode ids =
        browser.asyncScript(
            "const done = arguments[arguments.length - 1];"
                + " import('/sources.js').then(s => done(['RC-B10-0249/2025', 'B10-0249/2025',"
                + " 'A9-0163/2024', 'P9_TA(2021)0056', 'TA-10-2025-0057', 'COM(2025)0136']"
                + ".map(s.doceoId).concat([s.votingListUrl('2024-04-24', 'fr'),"
                + " s.votingListUrl('2019-07-01', 'EN')])));");
    assertThat(ids.toString())
        .isEqualTo(
            "[\"RC-10-2025-0249\",\"B-10-2025-0249\",\"A-9-2024-0163\",\"TA-9-2021-0056\","
                + "\"TA-10-2025-0057\",null,"
                + "\"https://www.europarl.europa.eu/doceo/document/PV-9-2024-04-24-VOT_FR.html\","
                + "\"https://www.europarl.europa.eu/doceo/document/PV-8-2019-07-01-VOT_EN.html\"]");
  }

  @Test
  void showsTheRollCallByGroupAndAMembersVote() throws Exception {
    openTheJointMotionWithItsVotes();
    Path rollCalls = RollCallFixture.write(Path.of("target", "viewer", "rcv-176309.xml"));
    choose("#rollcalls", rollCalls);
    waitForStatus("Votes linked: 12 votings, 1 by roll call found");
    assertThat(count("#rollcalls figure.rollcall[data-voting='176309']")).isEqualTo(1);
    assertThat(text("#rollcalls caption"))
        .isEqualTo("Roll call: the text as a whole — 516 for, 3 against, 34 abstentions");
    // A row per group, largest first, each with its bar and its numbers as text.
    assertThat(count("#rollcalls tr.group-row")).isEqualTo(9);
    assertThat(texts("#rollcalls tr.group-row th"))
        .isEqualTo("PPE|S&D|ECR|Renew|PfE|Verts/ALE|The Left|ESN|NI");
    assertThat(text("#rollcalls tr[data-group='PfE'] .group-counts"))
        .isEqualTo("35 for · 2 against · 18 abst.");
    assertThat(count("#rollcalls tr[data-group='PfE'] .group-bar .piece")).isEqualTo(3);
    assertThat(count("#rollcalls tr[data-group='PPE'] .group-bar .piece.favor")).isEqualTo(1);
    assertThat(text("#rollcalls .bar-legend")).isEqualTo("Bars:  for   against   abstention");
    assertThat(count("#rollcalls .bar-legend .swatch")).isEqualTo(3);
    // How did a Member vote on this text?
    browser.type(browser.find("#member"), "renew 7");
    browser.waitFor("document.querySelectorAll('#member-votes li').length > 0");
    assertThat(texts("#member-votes li"))
        .isEqualTo("Member Renew 7 (Renew): for on the text as a whole");
    browser.script("document.getElementById('member').value = '';");
    browser.type(browser.find("#member"), "Nobody");
    browser.waitFor("document.getElementById('member-votes').textContent.startsWith('No Member')");
    Files.createDirectories(SCREENSHOTS);
    browser.script("document.getElementById('member').value = '';");
    browser.type(browser.find("#member"), "Member NI 1");
    browser.script("window.scrollTo(0, document.getElementById('votes-summary').offsetTop - 8);");
    Files.write(SCREENSHOTS.resolve("viewer-votes.png"), browser.screenshot());
  }

  @Test
  void saysWhenARollCallWasFoundByItsTimeAndSubject() throws Exception {
    openTheJointMotionWithItsVotes();
    choose("#rollcalls", RollCallFixture.write(Path.of("target", "viewer", "rcv-id-1.xml"), "1"));
    waitForStatus("Votes linked: 12 votings, 1 by roll call found");
    assertThat(texts("#rollcalls .rollcall-note"))
        .isEqualTo("found by its time and subject, not its id");
    assertThat(count("#rollcalls tr.group-row")).isEqualTo(9);
  }

  @Test
  void forgetsTheVotesOfTheDocumentBefore() throws Exception {
    openTheJointMotionWithItsVotes();
    assertThat(text("#files")).contains("Voting list: vot-list_pv-10-2025-05-08-vot-en.xml");
    paste(
        "European Parliament resolution of 11 February 2021 on another text (2021/2544(RSP))\n"
            + "The European Parliament,\n1. Calls on the Commission to act;\n");
    assertThat(text("#files")).doesNotContain("Voting list");
    assertThat(visible("#votes-summary")).isFalse();
    assertThat(count(".vote")).isZero();
    assertThat(text("#final")).isEqualTo("Final vote: choose the sitting's voting list to see it.");
  }
}
