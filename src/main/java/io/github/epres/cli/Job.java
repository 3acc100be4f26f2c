package io.github.epres.cli;

import io.github.epres.ResolutionParseException;
import io.github.epres.ResolutionParser;
import io.github.epres.internal.input.Decoding;
import io.github.epres.model.Diagnostic;
import io.github.epres.model.Resolution;
import io.github.epres.model.Severity;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Parses one document into what to print: the output, already encoded as UTF-8 so that a batch's
 * writer thread only copies bytes (or already written to its own file, with --output), and the
 * messages for stderr.
 */
final class Job {
  private static final ByteArrayOutputStream NOTHING = new ByteArrayOutputStream(0);

  private final ResolutionParser parser;
  private final Rendering rendering;
  private final boolean quiet;

  /** {@code quiet}: leave out the diagnostics of documents that parsed. */
  Job(ResolutionParser parser, Rendering rendering, boolean quiet) {
    this.parser = parser;
    this.rendering = rendering;
    this.quiet = quiet;
  }

  /**
   * What parsing one document gave: bytes for stdout, text for stderr, whether it parsed, and the
   * number of its error and warning diagnostics.
   */
  record Result(
      ByteArrayOutputStream output, String messages, boolean ok, int errors, int warnings) {
    boolean hasErrors() {
      return !ok || errors > 0;
    }
  }

  /**
   * Parses a document and renders it, to be printed or, when {@code target} is not null, written to
   * that file. Never throws, so that one bad file cannot stop a batch.
   */
  Result parse(Source source, Path target) {
    String name = source.name();
    Resolution resolution;
    ByteArrayOutputStream output;
    try {
      resolution = read(source);
      output = rendering.render(name, resolution);
    } catch (ResolutionParseException e) {
      String located = name + ":" + e.line() + ":" + e.column() + ": " + e.diagnostic().message();
      return new Result(
          rendering.failure(name, e.getMessage()),
          located + "\n" + e.snippet() + "\n",
          false,
          1,
          0);
    } catch (IOException e) {
      return failed(name, InputProblem.message(e));
    } catch (RuntimeException e) {
      return failed(name, "internal error: " + e);
    }
    if (target != null) {
      try {
        write(output, target);
        output = NOTHING;
      } catch (IOException e) {
        return failed(name, "cannot write " + target + ": " + InputProblem.reason(e));
      }
    }
    int errors = count(resolution, Severity.ERROR);
    int warnings = count(resolution, Severity.WARNING);
    String messages = quiet ? "" : diagnostics(name, resolution);
    return new Result(output, messages, true, errors, warnings);
  }

  /** A document that could not be parsed or written: one line, "epres: NAME: what is wrong". */
  Result failed(String name, String message) {
    return new Result(
        rendering.failure(name, message), "epres: " + name + ": " + message + "\n", false, 0, 0);
  }

  private Resolution read(Source source) throws IOException {
    byte[] bytes = source.bytes();
    InputKind kind = InputKind.of(bytes);
    InputProblem wrongKind = InputProblem.forParse(kind);
    if (wrongKind != null) {
      throw wrongKind;
    }
    return parse(parser, bytes, kind);
  }

  /**
   * Parses a document's bytes: an EP web page as HTML, whatever the file is called; a text as
   * UTF-8, whose undecodable bytes are the library's INVALID_ENCODING error, with their offset.
   */
  static Resolution parse(ResolutionParser parser, byte[] bytes, InputKind kind)
      throws IOException {
    return kind == InputKind.HTML
        ? parser.parseHtml(Decoding.decode(bytes).text())
        : parser.parse(new ByteArrayInputStream(bytes));
  }

  private static void write(ByteArrayOutputStream output, Path target) throws IOException {
    Path parent = target.toAbsolutePath().getParent();
    if (parent != null) {
      Files.createDirectories(parent);
    }
    try (OutputStream file = Files.newOutputStream(target)) {
      output.writeTo(file);
    }
  }

  private static int count(Resolution resolution, Severity severity) {
    int count = 0;
    for (Diagnostic d : resolution.diagnostics()) {
      count += d.severity() == severity ? 1 : 0;
    }
    return count;
  }

  private static String diagnostics(String name, Resolution resolution) {
    StringBuilder messages = new StringBuilder();
    for (Diagnostic d : resolution.diagnostics()) {
      messages
          .append(name)
          .append(':')
          .append(d.span().line())
          .append(':')
          .append(d.span().column())
          .append(": ")
          .append(d.severity().name().toLowerCase(Locale.ROOT))
          .append(": ")
          .append(d.message())
          .append('\n');
    }
    return messages.toString();
  }
}
