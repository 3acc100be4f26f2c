package io.github.epres.cli;

import io.github.epres.ResolutionParseException;
import io.github.epres.ResolutionParser;
import io.github.epres.json.ResolutionJson;
import io.github.epres.model.Diagnostic;
import io.github.epres.model.Resolution;
import io.github.epres.text.TextRenderer;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code epres parse [FILE|-]}: parses one document and prints it. */
@Command(
    name = "parse",
    mixinStandardHelpOptions = true,
    description = {
      "Parses a resolution and prints it as JSON (or as text, re-rendered from the model).",
      "With no FILE, parses the bundled reference document " + ParseCommand.REFERENCE + ".",
      "Diagnostics go to stderr as FILE:LINE:COL: message."
    })
final class ParseCommand implements Callable<Integer> {
  static final String REFERENCE = "TA-9-2021-0056_LV.txt";

  enum Format {
    json,
    text
  }

  @Spec CommandSpec spec;

  @Parameters(
      index = "0",
      arity = "0..1",
      paramLabel = "FILE",
      description = "The UTF-8 text file to parse, or - for standard input.")
  String file;

  @Option(
      names = "--format",
      defaultValue = "json",
      description = "Output format: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
  Format format;

  @Option(names = "--strict", description = "Fail (exit 1) at the first error.")
  boolean strict;

  @Option(
      names = "--lang",
      paramLabel = "xx",
      description = "The document's language (ISO 639-1); detected when not given.")
  String language;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    String name = file == null ? REFERENCE : file.equals("-") ? "<stdin>" : file;
    ResolutionParser.Builder builder = ResolutionParser.builder().strict(strict);
    if (language != null) {
      builder.language(language);
    }
    try {
      ResolutionParser parser = builder.build();
      Resolution resolution = parser.parse(read());
      for (Diagnostic d : resolution.diagnostics()) {
        err.println(location(name, d) + d.severity().name().toLowerCase() + ": " + d.message());
      }
      out.print(format == Format.json ? ResolutionJson.write(resolution) + "\n" : text(resolution));
      out.flush();
      return 0;
    } catch (ResolutionParseException e) {
      err.println(name + ":" + e.line() + ":" + e.column() + ": " + e.diagnostic().message());
      err.println(e.snippet());
      return 1;
    } catch (IOException e) {
      err.println(name + ": cannot read: " + e.getMessage());
      return 1;
    } catch (IllegalArgumentException e) {
      err.println("epres: " + e.getMessage());
      return 2;
    }
  }

  private String read() throws IOException {
    if (file == null) {
      try (InputStream in = ParseCommand.class.getResourceAsStream("seeds/" + REFERENCE)) {
        return new String(in.readAllBytes(), StandardCharsets.UTF_8);
      }
    }
    if (file.equals("-")) {
      return new String(System.in.readAllBytes(), StandardCharsets.UTF_8);
    }
    return Files.readString(Path.of(file), StandardCharsets.UTF_8);
  }

  private static String location(String name, Diagnostic d) {
    return name + ":" + d.span().line() + ":" + d.span().column() + ": ";
  }

  private static String text(Resolution resolution) {
    return TextRenderer.render(resolution);
  }
}
