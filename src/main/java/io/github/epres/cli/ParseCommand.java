package io.github.epres.cli;

import io.github.epres.ResolutionParser;
import io.github.epres.table.BlockTable;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code epres parse [FILE|DIR|-]...}: parses documents and prints them. */
@Command(
    name = "parse",
    mixinStandardHelpOptions = true,
    description = {
      "Parses resolutions and prints them. With no FILE, parses the bundled reference document "
          + ParseCommand.REFERENCE
          + ".",
      "Formats: json (the whole model; with several documents, one compact object per line:",
      "{\"file\": …, \"resolution\": …} or {\"file\": …, \"error\": …}); jsonl and csv (one row per",
      "block: source, documentNumber, procedure, legislativeOutcome, language, kind, id, label,",
      "voteLabel, voteLabelEn, number, opener, actions, dates, text); akn (Akoma Ntoso 3.0 XML);",
      "md (Markdown for reading); text (the input, re-rendered).",
      "A file holding an HTML page (an EP web page) is read as HTML, whatever its name.",
      "A DIR stands for the .txt and .html files in it. Several documents are parsed in parallel,",
      "printed in input order; a document that fails does not stop the others (exit code 1 at the",
      "end).",
      "Diagnostics go to stderr as FILE:LINE:COL: severity: message."
    })
final class ParseCommand implements Callable<Integer> {
  static final String REFERENCE = "TA-9-2021-0056_LV.txt";
  static final String STDIN = "-";

  /** Output formats; the ones marked single print one document only. */
  enum Format {
    json(false),
    jsonl(false),
    csv(false),
    akn(true),
    md(true),
    text(true);

    final boolean single;

    Format(boolean single) {
      this.single = single;
    }
  }

  @Spec CommandSpec spec;

  @ParentCommand EpresCli cli;

  @Parameters(
      arity = "0..*",
      paramLabel = "FILE",
      description = "UTF-8 text files or directories to parse; - for standard input.")
  List<String> inputs = new ArrayList<>();

  @Option(
      names = "--format",
      defaultValue = "json",
      description = "Output format: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
  Format format;

  @Option(names = "--strict", description = "Fail (exit 1) at the first error of a document.")
  boolean strict;

  @Option(
      names = "--lang",
      paramLabel = "xx",
      description = "The documents' language (ISO 639-1); detected when not given.")
  String language;

  @Option(
      names = "--threads",
      paramLabel = "N",
      description = "Parallel parses for several files (default: the number of cores).")
  int threads = Runtime.getRuntime().availableProcessors();

  @Override
  public Integer call() throws IOException {
    ResolutionParser.Builder builder = ResolutionParser.builder().strict(strict);
    if (language != null) {
      builder.language(language);
    }
    ResolutionParser parser;
    try {
      parser = builder.build();
    } catch (IllegalArgumentException e) {
      throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage());
    }
    List<Source> sources = sources();
    if (sources.size() > 1 && format.single) {
      throw new CommandLine.ParameterException(
          spec.commandLine(), "several documents need --format json, jsonl or csv");
    }
    if (threads < 1) {
      throw new CommandLine.ParameterException(spec.commandLine(), "--threads must be at least 1");
    }
    return print(parser, format, sources, threads, cli.out, spec.commandLine().getErr());
  }

  /** Parses the sources and prints them; the exit code. */
  static int print(
      ResolutionParser parser,
      Format format,
      List<Source> sources,
      int threads,
      OutputStream out,
      PrintWriter err)
      throws IOException {
    Progress progress = sources.size() == 1 ? Progress.none() : Progress.forStderr(err);
    if (format == Format.csv) {
      StringBuilder header = new StringBuilder();
      BlockTable.writeCsvHeader(header);
      out.write(header.toString().getBytes(StandardCharsets.UTF_8));
    }
    int workers = sources.size() == 1 ? 1 : threads;
    Batch batch = new Batch(new Job(parser, format, sources.size() > 1), workers, progress);
    return batch.run(sources, out, err) ? 0 : 1;
  }

  private static boolean isDocument(Path path) {
    String name = path.getFileName().toString();
    return name.endsWith(".txt") || name.endsWith(".html") || name.endsWith(".htm");
  }

  /** The documents named on the command line, directories expanded to their documents. */
  private List<Source> sources() throws IOException {
    if (inputs.isEmpty()) {
      return List.of(Source.reference());
    }
    List<Source> sources = new ArrayList<>();
    for (String input : inputs) {
      Path path = Path.of(input);
      if (input.equals(STDIN)) {
        sources.add(Source.stdin());
      } else if (Files.isDirectory(path)) {
        try (Stream<Path> files = Files.walk(path)) {
          files
              .filter(p -> Files.isRegularFile(p) && isDocument(p))
              .sorted()
              .forEach(p -> sources.add(Source.of(p)));
        }
      } else {
        sources.add(Source.of(path));
      }
    }
    return sources;
  }

  private static String reference() throws IOException {
    try (InputStream in = ParseCommand.class.getResourceAsStream("seeds/" + REFERENCE)) {
      return read(in);
    }
  }

  private static String read(InputStream in) throws IOException {
    return new String(in.readAllBytes(), StandardCharsets.UTF_8);
  }

  /** Where a document comes from: a name for messages and a way to read it. */
  record Source(String name, Reader reader) {
    static Source of(Path path) {
      return new Source(path.toString(), () -> Files.readString(path, StandardCharsets.UTF_8));
    }

    /** The bundled reference document, parsed when no file is named. */
    static Source reference() {
      return new Source(REFERENCE, ParseCommand::reference);
    }

    static Source stdin() {
      return new Source("<stdin>", () -> ParseCommand.read(System.in));
    }

    String read() throws IOException {
      return reader.read();
    }
  }

  /** Reads a document's text. */
  interface Reader {
    String read() throws IOException;
  }
}
