package io.github.epres.cli;

import io.github.epres.ResolutionParser;
import io.github.epres.json.VotesJson;
import io.github.epres.model.Resolution;
import io.github.epres.votes.LinkedVoting;
import io.github.epres.votes.TextRange;
import io.github.epres.votes.VoteLinker;
import io.github.epres.votes.VotingList;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** {@code epres votes LIST.xml DOC...}: links a voting list to documents and prints the links. */
@Command(
    name = "votes",
    mixinStandardHelpOptions = true,
    description = {
      "Reads an EP voting list (the sitting's vot-list XML) and the documents it votes on (text or",
      "EP web pages), and prints each voting of their votes with what it decides: the document as",
      "a whole, a block (para_1, rec_B, cit_3, a point), the place after or before one, a part of",
      "a block (a split vote's part as offset and length in the block's text), another document,",
      "or nothing, with the reason.",
      "Formats: json (VotesJson) and csv (document, subject, subjectKind, marker, target, targetId,",
      "offset, length, amendment, author, result, for, against, abstention, reason)."
    })
final class VotesCommand implements Callable<Integer> {
  enum Format {
    json,
    csv
  }

  @ParentCommand EpresCli cli;

  @Parameters(index = "0", paramLabel = "LIST", description = "The voting list (XML).")
  Path list;

  @Parameters(index = "1..*", arity = "1..*", paramLabel = "DOC", description = "Documents.")
  List<Path> documents = new ArrayList<>();

  @Option(
      names = "--format",
      defaultValue = "json",
      description = "Output format: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
  Format format;

  @Override
  public Integer call() throws IOException {
    VotingList votes;
    try {
      votes = VotingList.read(list);
    } catch (IOException e) {
      System.err.println("epres: " + list + ": " + e.getMessage());
      return 1;
    }
    ResolutionParser parser = ResolutionParser.builder().build();
    List<Resolution> parsed = new ArrayList<>();
    for (Path document : documents) {
      String text = Files.readString(document, StandardCharsets.UTF_8);
      parsed.add(
          ResolutionParser.looksLikeHtml(text) ? parser.parseHtml(text) : parser.parse(text));
    }
    List<LinkedVoting> linked = VoteLinker.link(votes, parsed);
    Writer out = new OutputStreamWriter(cli.out, StandardCharsets.UTF_8);
    if (format == Format.json) {
      out.write(VotesJson.write(linked));
      out.write("\n");
    } else {
      csv(linked, out);
    }
    out.flush();
    return 0;
  }

  private static void csv(List<LinkedVoting> linked, Writer out) throws IOException {
    CSVPrinter csv =
        CSVFormat.DEFAULT
            .builder()
            .setHeader(
                "document",
                "subject",
                "subjectKind",
                "marker",
                "target",
                "targetId",
                "offset",
                "length",
                "amendment",
                "author",
                "result",
                "for",
                "against",
                "abstention",
                "reason")
            .build()
            .print(out);
    for (LinkedVoting l : linked) {
      List<TextRange> ranges = l.target().ranges();
      csv.printRecord(
          l.document(),
          // One line per record: a title row's line break becomes a space.
          l.voting().subject().replaceAll("\\s+", " "),
          l.subjectKind(),
          l.voting().marker().orElse(""),
          l.target().kind(),
          l.target().id().orElse(""),
          joined(ranges, true),
          joined(ranges, false),
          l.voting().amendment().orElse(""),
          l.voting().author().orElse(""),
          l.voting().result().map(Enum::name).orElse(""),
          l.voting().counts().map(c -> String.valueOf(c.favor())).orElse(""),
          l.voting().counts().map(c -> String.valueOf(c.against())).orElse(""),
          l.voting().counts().map(c -> String.valueOf(c.abstention())).orElse(""),
          l.target().reason().orElse(""));
    }
    csv.flush();
  }

  /**
   * The offsets (or lengths) of a target's ranges, separated by spaces: a part "without the words"
   * has two ranges, "0 300" and "278 12".
   */
  static String joined(List<TextRange> ranges, boolean offsets) {
    StringBuilder joined = new StringBuilder();
    for (TextRange range : ranges) {
      joined.append(joined.length() == 0 ? "" : " ");
      joined.append(offsets ? range.offset() : range.length());
    }
    return joined.toString();
  }
}
