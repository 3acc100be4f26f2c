package io.github.epres.viewer;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * A constructed roll-call list (the corpus has none of the sitting of 2025-05-08) for the final
 * vote on RC-B10-0249/2025, voting 176309: its real totals, 516 for, 3 against and 34 abstentions,
 * spread over the groups of the tenth term, with invented Members ("Member Renew 7"). It is shaped
 * as the EP's roll-call lists are (the elements of ../shared/corpus/votes/rcv_list_*.xml).
 */
final class RollCallFixture {
  /** A group's votes: for, against, abstention. */
  private record Group(String name, int favor, int against, int abstention) {}

  static final List<Group> GROUPS =
      List.of(
          new Group("PPE", 168, 0, 0),
          new Group("S&D", 118, 0, 2),
          new Group("PfE", 35, 2, 18),
          new Group("ECR", 68, 0, 0),
          new Group("Renew", 67, 0, 0),
          new Group("Verts/ALE", 45, 0, 0),
          new Group("The Left", 15, 0, 8),
          new Group("ESN", 0, 0, 6),
          new Group("NI", 0, 1, 0));

  private RollCallFixture() {}

  /** Writes the list to {@code file} and returns it. */
  static Path write(Path file) throws IOException {
    return write(file, "176309");
  }

  /**
   * Writes the list with the roll call's Identifier {@code id} (another than the voting's leaves
   * only its time and subject to find it by) to {@code file}, and returns it.
   */
  static Path write(Path file, String id) throws IOException {
    StringBuilder xml = new StringBuilder();
    xml.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n")
        .append("<PV.RollCallVoteResults Sitting.Date=\"2025-05-08\" EP.Reference=\"constructed\">")
        .append("<RollCallVote.Result Identifier=\"")
        .append(id)
        .append("\" Date=\"2025-05-08 12:08:20\">")
        .append("<RollCallVote.Description.Text>RC-B10-0249/2025 - Motion for a resolution")
        .append(" (as a whole)</RollCallVote.Description.Text>");
    position(xml, "Result.For", 516, 0);
    position(xml, "Result.Against", 3, 1);
    position(xml, "Result.Abstention", 34, 2);
    xml.append("</RollCallVote.Result></PV.RollCallVoteResults>\n");
    Files.createDirectories(file.getParent());
    Files.writeString(file, xml, StandardCharsets.UTF_8);
    return file;
  }

  private static void position(StringBuilder xml, String element, int total, int which) {
    xml.append('<').append(element).append(" Number=\"").append(total).append("\">");
    int id = 90_000 + which * 1_000;
    for (Group group : GROUPS) {
      int n = which == 0 ? group.favor() : which == 1 ? group.against() : group.abstention();
      int first =
          which == 0 ? 1 : which == 1 ? group.favor() + 1 : group.favor() + group.against() + 1;
      if (n == 0) {
        continue;
      }
      String name = group.name().replace("&", "&amp;");
      xml.append("<Result.PoliticalGroup.List Identifier=\"").append(name).append("\">");
      for (int i = first; i < first + n; i++) {
        xml.append("<PoliticalGroup.Member.Name MepId=\"")
            .append(id++)
            .append("\">Member ")
            .append(name)
            .append(' ')
            .append(i)
            .append("</PoliticalGroup.Member.Name>");
      }
      xml.append("</Result.PoliticalGroup.List>");
    }
    xml.append("</").append(element).append('>');
  }
}
