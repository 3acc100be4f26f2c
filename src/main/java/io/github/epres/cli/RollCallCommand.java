package io.github.epres.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.epres.json.RollCallJson;
import io.github.epres.table.RollCallCsv;
import io.github.epres.votes.RollCallList;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.StringWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code epres rollcall RCV...}: prints roll-call lists, every Member's vote by group. */
@Command(
    name = "rollcall",
    description = {
      "Read roll-call lists: who voted how, by political group.",
      "",
      "Reads the European Parliament's roll-call results of a plenary sitting (XML,"
          + " PV-…-RCV_xx.xml, published with the sitting's minutes) and prints every roll call:"
          + " its id (the voting list's votingId), time, subject and the document numbers it"
          + " names, its counts (favor, against, abstention) overall and by political group, and"
          + " every Member's vote with name, MEP id and group. What does not add up in a list is"
          + " printed with it, under \"problems\"."
    },
    footer = {
      "  # Every roll call of a sitting, as JSON:",
      "  $ epres rollcall PV-10-2024-09-18-RCV_EN.xml",
      "",
      "  # One row per Member's vote, for a spreadsheet:",
      "  $ epres rollcall --format csv PV-10-2024-09-18-RCV_EN.xml > members.csv",
      "",
      "  # The roll calls joined to the sitting's voting list:",
      "  $ epres votes VOT.xml --rollcall PV-10-2024-09-18-RCV_EN.xml"
    },
    exitCodeList = {
      "0:Every list was read.",
      "1:A list could not be read, or is not a roll-call list.",
      "2:The command line is wrong (see its message)."
    })
final class RollCallCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @ParentCommand EpresCli cli;

  @Mixin Usage.HelpOption help;

  @Parameters(arity = "1..*", paramLabel = "RCV", description = "A roll-call list (XML).")
  List<Path> files = new ArrayList<>();

  @Option(
      names = {"-f", "--format"},
      paramLabel = "FORMAT",
      defaultValue = "json",
      description =
          "json (the default): {\"schemaVersion\", \"date\", \"reference\", \"rollCalls\"}, as"
              + " the roll calls' JSON schema describes; several lists are one line each. csv: one row"
              + " per Member's vote (rollCall, time, documents, subject, group, name, mepId,"
              + " vote), under one header.")
  VoteFiles.Format format;

  @Override
  public Integer call() throws IOException {
    List<RollCallList> lists = new ArrayList<>();
    try {
      for (Path file : files) {
        lists.add(VoteFiles.rollCallList(file));
      }
    } catch (VoteFiles.Refused e) {
      spec.commandLine().getErr().println(e.line());
      return 1;
    }
    Writer out = new OutputStreamWriter(cli.out, StandardCharsets.UTF_8);
    for (int i = 0; i < lists.size(); i++) {
      if (format == VoteFiles.Format.csv) {
        StringWriter csv = new StringWriter();
        RollCallCsv.write(lists.get(i), csv);
        String rows = csv.toString();
        // One header for all: the rows of a later list follow the first's.
        out.write(i == 0 ? rows : rows.substring(rows.indexOf('\n') + 1));
      } else if (lists.size() == 1) {
        out.write(RollCallJson.write(lists.get(i)));
        out.write("\n");
      } else {
        out.write(oneLine(RollCallJson.write(lists.get(i))));
        out.write("\n");
      }
    }
    out.flush();
    return 0;
  }

  private static String oneLine(String json) throws IOException {
    ObjectMapper mapper = new ObjectMapper();
    return mapper.writeValueAsString(mapper.readTree(json));
  }
}
