package io.github.epres.cli;

import io.github.epres.ResolutionParser;
import io.github.epres.json.VotesJson;
import io.github.epres.model.Resolution;
import io.github.epres.table.VotesCsv;
import io.github.epres.votes.LinkedVoting;
import io.github.epres.votes.VoteLinker;
import io.github.epres.votes.VotingList;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
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

/** {@code epres votes LIST [DOC...]}: prints a voting list, linked to documents when given. */
@Command(
    name = "votes",
    description = {
      "Read a sitting's voting list, alone or linked to the texts it votes on.",
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
      "  $ epres votes PV-10-2025-05-08-VOT_EN.xml RC-10-2025-0249_EN.html"
    },
    exitCodeList = {
      "0:The list was read (and every document).",
      "1:The list or a document could not be read, or is not what it should be.",
      "2:The command line is wrong (see its message)."
    })
final class VotesCommand implements Callable<Integer> {
  enum Format {
    json,
    csv
  }

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
  Format format;

  @Override
  public Integer call() throws IOException {
    PrintWriter err = spec.commandLine().getErr();
    VotingList votes;
    List<Resolution> parsed = new ArrayList<>();
    try {
      votes = readList(list);
      ResolutionParser parser = ResolutionParser.builder().build();
      for (Path document : documents) {
        parsed.add(parse(parser, document));
      }
    } catch (Refused e) {
      err.println("epres: " + e.file + ": " + e.getMessage());
      return 1;
    }
    Writer out = new OutputStreamWriter(cli.out, StandardCharsets.UTF_8);
    if (documents.isEmpty()) {
      write(votes, out);
    } else {
      write(VoteLinker.link(votes, parsed), out);
    }
    out.flush();
    return 0;
  }

  /** The list alone: every vote and voting with its subject, result and counts. */
  private void write(VotingList votes, Writer out) throws IOException {
    if (format == Format.json) {
      out.write(VotesJson.write(votes));
      out.write("\n");
    } else {
      VotesCsv.write(votes, out);
    }
  }

  /** The votings linked to the documents. */
  private void write(List<LinkedVoting> linked, Writer out) throws IOException {
    if (format == Format.json) {
      out.write(VotesJson.write(linked));
      out.write("\n");
    } else {
      VotesCsv.write(linked, out);
    }
  }

  /** A file this command cannot use, and why. */
  private static final class Refused extends Exception {
    private static final long serialVersionUID = 1L;
    final transient Path file;

    Refused(Path file, String message) {
      super(message, null, false, false);
      this.file = file;
    }
  }

  private static VotingList readList(Path file) throws Refused {
    byte[] bytes = bytes(file);
    InputProblem wrongKind = InputProblem.forVotingList(InputKind.of(bytes));
    if (wrongKind != null) {
      throw new Refused(file, wrongKind.getMessage());
    }
    try {
      return VotingList.read(new ByteArrayInputStream(bytes));
    } catch (IOException e) {
      throw new Refused(file, e.getMessage());
    }
  }

  private static Resolution parse(ResolutionParser parser, Path file) throws Refused {
    byte[] bytes = bytes(file);
    InputKind kind = InputKind.of(bytes);
    InputProblem wrongKind = InputProblem.forVotedDocument(kind);
    if (wrongKind != null) {
      throw new Refused(file, wrongKind.getMessage());
    }
    try {
      return Job.parse(parser, bytes, kind);
    } catch (IOException e) {
      throw new Refused(file, InputProblem.message(e));
    }
  }

  private static byte[] bytes(Path file) throws Refused {
    try {
      return Files.readAllBytes(file);
    } catch (IOException e) {
      throw new Refused(file, InputProblem.message(e));
    }
  }
}
