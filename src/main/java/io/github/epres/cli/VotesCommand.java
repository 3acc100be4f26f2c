package io.github.epres.cli;

import io.github.epres.ResolutionParser;
import io.github.epres.json.RollCallJson;
import io.github.epres.json.VotesJson;
import io.github.epres.model.Resolution;
import io.github.epres.table.RollCallCsv;
import io.github.epres.table.VotesCsv;
import io.github.epres.votes.JoinedVoting;
import io.github.epres.votes.LinkedVoting;
import io.github.epres.votes.RollCallJoin;
import io.github.epres.votes.RollCallList;
import io.github.epres.votes.VoteLinker;
import io.github.epres.votes.VotingList;
import java.io.IOException;
import java.io.OutputStreamWriter;
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
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code epres votes LIST [DOC...]}: prints a voting list, linked to documents when given. */
@Command(
    name = "votes",
    description = {
      "Read a voting list, alone or linked to the texts it votes on.",
      "",
      "Reads the European Parliament's voting list of a plenary sitting (its results of votes as"
          + " XML, PV-…-VOT_xx.xml, published with the sitting's minutes) and prints every voting"
          + " of every vote: its subject (\"§ 1\", \"After § 4\", \"Recital B\", the text as a"
          + " whole), the part marker, the amendment and its author, the result and, for roll"
          + " calls and electronic votes, the counts.",
      "",
      "Given the texts voted on (as text or EP web pages), links each voting to what it decides"
          + " in them: the document as a whole, a block (para_1, rec_B, cit_3, a point), the place"
          + " after or before one, a split vote's part (offset and length in the block's text),"
          + " another document, or nothing, with the reason."
    },
    footer = {
      "  # Every voting of a sitting, as CSV:",
      "  $ epres votes --format csv PV-10-2025-05-08-VOT_EN.xml > votes.csv",
      "",
      "  # The votings on a joint motion, linked to its paragraphs:",
      "  $ epres votes PV-10-2025-05-08-VOT_EN.xml RC-10-2025-0249_EN.html",
      "",
      "  # A sitting's votings by roll call with every Member's vote, one row each (VOT.xml",
      "  # its voting list, RCV.xml its roll-call list):",
      "  $ epres votes -f csv VOT.xml --rollcall RCV.xml > members.csv"
    },
    exitCodeList = {
      "0:The list was read (and every document).",
      "1:The list or a document could not be read, or is not what it should be.",
      "2:The command line is wrong (see its message)."
    })
final class VotesCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @ParentCommand EpresCli cli;

  @Mixin Usage.HelpOption help;

  @Parameters(index = "0", paramLabel = "LIST", description = "The sitting's voting list (XML).")
  Path list;

  @Parameters(
      index = "1..*",
      arity = "0..*",
      paramLabel = "DOC",
      description = "The texts voted on: text files or EP web pages (HTML).")
  List<Path> documents = new ArrayList<>();

  @Option(
      names = {"-f", "--format"},
      paramLabel = "FORMAT",
      defaultValue = "json",
      description =
          "json (the default): with no DOC, {\"schemaVersion\", \"language\", \"date\", \"votes\"},"
              + " every vote with its documents and votings (subject, result, counts favor,"
              + " against and abstention); with DOCs, {\"schemaVersion\", \"votings\"}, each voting"
              + " with its target. csv: one row per voting, the same names as the JSON's, under a"
              + " header.")
  VoteFiles.Format format;

  @Option(
      names = "--rollcall",
      arity = "1..*",
      paramLabel = "RCV",
      description =
          "The sitting's roll-call lists (XML, PV-…-RCV_xx.xml): each voting taken by roll call"
              + " gains its roll call, found by voting id, else by time and subject, with the"
              + " counts by political group and every Member's vote. Without DOC, json gives"
              + " {\"schemaVersion\", \"votings\"} as the roll calls' JSON schema describes, csv one"
              + " row per Member's vote; with DOCs, json only, each linked voting with its"
              + " \"match\", \"countsAgree\" and \"rollCall\".")
  List<Path> rollCalls = new ArrayList<>();

  @Override
  public Integer call() throws IOException {
    if (!rollCalls.isEmpty() && !documents.isEmpty() && format == VoteFiles.Format.csv) {
      throw new ParameterException(
          spec.commandLine(),
          "--rollcall with DOCs gives json only; without DOC, csv has a row per Member's vote");
    }
    VotingList votes;
    List<Resolution> parsed = new ArrayList<>();
    List<RollCallList> calls = new ArrayList<>();
    try {
      votes = VoteFiles.votingList(list);
      ResolutionParser parser = ResolutionParser.builder().build();
      for (Path document : documents) {
        parsed.add(VoteFiles.document(parser, document));
      }
      for (Path file : rollCalls) {
        calls.add(VoteFiles.rollCallList(file));
      }
    } catch (VoteFiles.Refused e) {
      spec.commandLine().getErr().println(e.line());
      return 1;
    }
    Writer out = new OutputStreamWriter(cli.out, StandardCharsets.UTF_8);
    List<JoinedVoting> joined = calls.isEmpty() ? null : RollCallJoin.join(votes, calls);
    if (documents.isEmpty() && joined != null) {
      if (format == VoteFiles.Format.json) {
        out.write(RollCallJson.write(joined));
        out.write("\n");
      } else {
        RollCallCsv.write(joined, out);
      }
    } else if (documents.isEmpty()) {
      write(votes, out);
    } else if (joined != null) {
      out.write(VotesJson.write(VoteLinker.link(votes, parsed), joined));
      out.write("\n");
    } else {
      write(VoteLinker.link(votes, parsed), out);
    }
    out.flush();
    return 0;
  }

  /** The list alone: every vote and voting with its subject, result and counts. */
  private void write(VotingList votes, Writer out) throws IOException {
    if (format == VoteFiles.Format.json) {
      out.write(VotesJson.write(votes));
      out.write("\n");
    } else {
      VotesCsv.write(votes, out);
    }
  }

  /** The votings linked to the documents. */
  private void write(List<LinkedVoting> linked, Writer out) throws IOException {
    if (format == VoteFiles.Format.json) {
      out.write(VotesJson.write(linked));
      out.write("\n");
    } else {
      VotesCsv.write(linked, out);
    }
  }
}
