package io.github.epres.cli;

import io.github.epres.ResolutionParser;
import io.github.epres.lang.LanguageProfile;
import io.github.epres.lang.LanguageProfiles;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code epres parse [FILE|DIR|-]...}: parses documents and prints them or writes their files. */
@Command(
    name = "parse",
    description = {
      "Parse resolutions into JSON, Akoma Ntoso, CSV, Markdown or text.",
      "",
      "Reads European Parliament resolutions (texts adopted, motions, reports) in any of the 24 EU"
          + " languages: as text copied from the EP's site, a PDF or EUR-Lex, or as the EP's web"
          + " page (HTML, told by its content, whatever the file is called). With no FILE, parses"
          + " the bundled reference document, "
          + Source.REFERENCE
          + ".",
      "",
      "A DIR stands for the .txt, .html and .htm files in it, at any depth. Several documents are"
          + " parsed in parallel and printed in input order, or written one file each with"
          + " --output; a document that fails does not stop the others. Diagnostics go to stderr"
          + " as FILE:LINE:COL: severity: message, and a batch ends with a summary there."
    },
    footer = {
      "  # A text adopted, saved from www.europarl.europa.eu/doceo/document/:",
      "  $ epres parse TA-9-2021-0056_EN.html",
      "",
      "  # A folder of texts, one CSV row per citation, recital and paragraph:",
      "  $ epres parse --format csv texts/ > blocks.csv",
      "",
      "  # Markdown of every document in a folder, one file each in md/:",
      "  $ epres parse --format md --output md/ texts/",
      "",
      "  # A text copied from EUR-Lex (CELEX 52021IP0056), as Akoma Ntoso:",
      "  $ epres parse --format akn 52021IP0056_EN.txt > 52021IP0056_EN.xml",
      "",
      "  # Text copied from a PDF, read from standard input as French, strictly:",
      "  $ epres parse --strict --lang fr - < copied.txt"
    },
    exitCodeList = {
      "0:Every document parsed.",
      "1:A document could not be read or written, or had an error under --strict.",
      "2:The command line is wrong (see its message)."
    })
final class ParseCommand implements Callable<Integer> {
  static final String STDIN = "-";

  /** How a run parses and prints; QuickStart gives the defaults. */
  record Settings(
      ResolutionParser parser,
      Format format,
      boolean compact,
      Path output,
      boolean quiet,
      int threads) {
    static Settings defaults(Format format) {
      return new Settings(ResolutionParser.builder().build(), format, false, null, false, 1);
    }
  }

  @Spec CommandSpec spec;

  @ParentCommand EpresCli cli;

  @Mixin Usage.HelpOption help;

  @Parameters(
      arity = "0..*",
      paramLabel = "FILE",
      description =
          "A document: a text file (UTF-8) or an EP web page saved as HTML; a DIR of them; or -"
              + " for standard input.")
  List<String> inputs = new ArrayList<>();

  @ArgGroup(validate = false, heading = "%nInput:%n", order = 1)
  InputOptions input = new InputOptions();

  @ArgGroup(validate = false, heading = "%nOutput:%n", order = 2)
  OutputOptions output = new OutputOptions();

  @ArgGroup(validate = false, heading = "%nBatch:%n", order = 3)
  BatchOptions batch = new BatchOptions();

  static final class InputOptions {
    @Option(
        names = "--lang",
        paramLabel = "CODE",
        description =
            "The documents' language, as an ISO 639-1 code (${COMPLETION-CANDIDATES});"
                + " detected when not given.",
        completionCandidates = LanguageCodes.class)
    String language;

    @Option(
        names = "--strict",
        description =
            "Fail on a document's first error (exit code 1) instead of reporting it and going on.")
    boolean strict;
  }

  static final class OutputOptions {
    @Option(
        names = {"-f", "--format"},
        paramLabel = "FORMAT",
        defaultValue = "json",
        description =
            "json (the default): the whole model; several documents on standard output are one"
                + " line each, {\"file\", \"resolution\"} or {\"file\", \"error\"}. jsonl, csv: one"
                + " row per citation, recital and paragraph. akn: Akoma Ntoso 3.0 XML. md:"
                + " Markdown. text: the input, rendered back from the model.")
    Format format;

    @Option(
        names = {"-o", "--output"},
        paramLabel = "DIR",
        description =
            "Write each document to a file of its own in DIR, named after its input with the"
                + " format's extension (json gives TA-9-2021-0056_LV.json, akn gives"
                + " TA-9-2021-0056_LV.xml; of lorem.html and lorem.txt, the second gives"
                + " lorem.txt.json), so that any format works for several documents.")
    Path folder;

    @Option(names = "--compact", description = "Akoma Ntoso on one line, not indented.")
    boolean compact;
  }

  static final class BatchOptions {
    @Option(
        names = {"-j", "--threads"},
        paramLabel = "N",
        description =
            "Documents parsed at once (default: the number of cores, here ${DEFAULT-VALUE}).")
    int threads = Runtime.getRuntime().availableProcessors();

    @Option(
        names = {"-q", "--quiet"},
        description =
            "No progress bar, diagnostics or summary: only the documents that fail, one line each.")
    boolean quiet;
  }

  /** The codes of the built-in language profiles, for the help. */
  static final class LanguageCodes implements Iterable<String> {
    @Override
    public Iterator<String> iterator() {
      return codes().iterator();
    }
  }

  private static List<String> codes() {
    return LanguageProfiles.builtIn().stream().map(LanguageProfile::code).sorted().toList();
  }

  @Override
  public Integer call() throws IOException {
    ResolutionParser.Builder builder = ResolutionParser.builder().strict(input.strict);
    if (input.language != null) {
      builder.language(input.language);
    }
    ResolutionParser parser;
    try {
      parser = builder.build();
    } catch (IllegalArgumentException e) {
      throw usage(
          "--lang "
              + input.language
              + ": there is no such language; use one of "
              + String.join(", ", codes()));
    }
    if (batch.threads < 1) {
      throw usage("--threads must be at least 1");
    }
    if (output.folder != null && Files.exists(output.folder) && !Files.isDirectory(output.folder)) {
      throw usage("--output " + output.folder + " is a file; give a folder");
    }
    if (output.folder != null && isDocument(Path.of("x" + output.format.extension))) {
      for (String input : inputs) {
        Path folder = Path.of(input).toAbsolutePath().normalize();
        if (Files.isDirectory(folder)
            && output.folder.toAbsolutePath().normalize().startsWith(folder)) {
          throw usage(
              "--output "
                  + output.folder
                  + " is in the folder read, "
                  + input
                  + ", where its text files would be read as documents: choose another folder");
        }
      }
    }
    PrintWriter err = spec.commandLine().getErr();
    List<Source> sources = new ArrayList<>();
    String problem = addSources(sources);
    if (problem != null) {
      err.println("epres: " + problem);
      return 1;
    }
    if (sources.size() > 1 && output.format.single && output.folder == null) {
      throw usage(
          "several documents need --format json, jsonl or csv, or --output DIR for a file each");
    }
    Settings settings =
        new Settings(
            parser, output.format, output.compact, output.folder, batch.quiet, batch.threads);
    return print(settings, sources, cli.out, err);
  }

  private ParameterException usage(String message) {
    return new ParameterException(spec.commandLine(), message);
  }

  /** Parses the sources and prints them (or writes their files); the exit code. */
  static int print(Settings settings, List<Source> sources, OutputStream out, PrintWriter err)
      throws IOException {
    boolean several = sources.size() > 1;
    boolean toFiles = settings.output() != null;
    Format format = settings.format();
    if (format == Format.csv && !toFiles) {
      out.write(Rendering.csvHeader().getBytes(StandardCharsets.UTF_8));
    }
    Rendering rendering = new Rendering(format, several && !toFiles, toFiles, !settings.compact());
    Job job = new Job(settings.parser(), rendering, settings.quiet());
    boolean bar = several && !settings.quiet();
    Batch batch =
        new Batch(
            job,
            several ? settings.threads() : 1,
            bar ? Progress.forStderr(err) : Progress.plain(err),
            toFiles ? new OutputFolder(settings.output(), format, sources) : null,
            bar);
    return batch.run(sources, out) ? 0 : 1;
  }

  private static boolean isDocument(Path path) {
    String name = path.getFileName().toString();
    return name.endsWith(".txt") || name.endsWith(".html") || name.endsWith(".htm");
  }

  /**
   * Adds the documents named on the command line, folders expanded to their documents; returns what
   * is wrong with a folder, or null.
   */
  private String addSources(List<Source> sources) {
    if (inputs.isEmpty()) {
      sources.add(Source.reference());
      return null;
    }
    for (String input : inputs) {
      Path path = Path.of(input);
      if (input.equals(STDIN)) {
        sources.add(Source.stdin());
      } else if (Files.isDirectory(path)) {
        List<Source> found;
        try (Stream<Path> files = Files.walk(path)) {
          found =
              files
                  .filter(p -> isDocument(p) && Files.isRegularFile(p))
                  .sorted()
                  .map(p -> Source.in(path, p))
                  .collect(Collectors.toList());
        } catch (IOException | UncheckedIOException e) {
          IOException cause = e instanceof UncheckedIOException u ? u.getCause() : (IOException) e;
          return input + ": " + InputProblem.message(cause);
        }
        if (found.isEmpty()) {
          return "no documents in " + input + " (it holds no .txt, .html or .htm files)";
        }
        sources.addAll(found);
      } else {
        sources.add(Source.of(path));
      }
    }
    return null;
  }
}
