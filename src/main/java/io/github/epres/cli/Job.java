package io.github.epres.cli;

import com.fasterxml.jackson.core.io.JsonStringEncoder;
import io.github.epres.ResolutionParseException;
import io.github.epres.ResolutionParser;
import io.github.epres.akn.AknWriter;
import io.github.epres.json.ResolutionJson;
import io.github.epres.model.Diagnostic;
import io.github.epres.model.Resolution;
import io.github.epres.table.BlockRow;
import io.github.epres.table.BlockTable;
import io.github.epres.text.MarkdownRenderer;
import io.github.epres.text.TextRenderer;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;

/**
 * Parses one document into what to print: the output, already encoded as UTF-8 so that a batch's
 * writer thread only copies bytes, and the messages for stderr.
 */
final class Job {
  private static final Charset UTF_8 = StandardCharsets.UTF_8;

  private final ResolutionParser parser;
  private final ParseCommand.Format format;
  private final boolean several;

  /** {@code several}: whether this job is one of many, which changes how JSON is printed. */
  Job(ResolutionParser parser, ParseCommand.Format format, boolean several) {
    this.parser = parser;
    this.format = format;
    this.several = several;
  }

  /** What parsing one document gave: bytes for stdout, text for stderr, and whether it parsed. */
  record Result(ByteArrayOutputStream output, String messages, boolean ok) {
    void print(OutputStream out, PrintWriter err) throws IOException {
      err.print(messages);
      err.flush();
      output.writeTo(out);
    }
  }

  /** Parses a document; never throws, so that one bad file cannot stop a batch. */
  Result parse(ParseCommand.Source source) {
    String name = source.name();
    try {
      String text = source.read();
      // EP web pages are read as HTML, whatever the file is called.
      Resolution resolution =
          ResolutionParser.looksLikeHtml(text) ? parser.parseHtml(text) : parser.parse(text);
      return new Result(output(name, resolution), diagnostics(name, resolution), true);
    } catch (ResolutionParseException e) {
      String located = name + ":" + e.line() + ":" + e.column() + ": " + e.diagnostic().message();
      return new Result(error(name, e.getMessage()), located + "\n" + e.snippet() + "\n", false);
    } catch (IOException e) {
      String message = "cannot read: " + e.getMessage();
      return new Result(error(name, message), name + ": " + message + "\n", false);
    } catch (RuntimeException e) {
      String message = "internal error: " + e;
      return new Result(error(name, message), name + ": " + message + "\n", false);
    }
  }

  private ByteArrayOutputStream output(String name, Resolution resolution) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
    switch (format) {
      case json -> {
        if (several) {
          out.writeBytes(("{\"file\":" + quote(name) + ",\"resolution\":").getBytes(UTF_8));
          ResolutionJson.write(resolution, out, false);
          out.writeBytes("}\n".getBytes(UTF_8));
        } else {
          ResolutionJson.write(resolution, out, true);
          out.write('\n');
        }
      }
      case jsonl -> out.writeBytes(rows(resolution, name, false));
      case csv -> out.writeBytes(rows(resolution, name, true));
      case akn -> out.writeBytes(AknWriter.write(resolution).getBytes(UTF_8));
      case md -> out.writeBytes(MarkdownRenderer.render(resolution).getBytes(UTF_8));
      case text -> out.writeBytes(TextRenderer.render(resolution).getBytes(UTF_8));
    }
    return out;
  }

  private static byte[] rows(Resolution resolution, String name, boolean csv) throws IOException {
    List<BlockRow> rows = BlockTable.rows(resolution, name);
    StringBuilder text = new StringBuilder();
    if (csv) {
      BlockTable.writeCsv(rows, text);
    } else {
      BlockTable.writeJsonLines(rows, text);
    }
    return text.toString().getBytes(UTF_8);
  }

  /**
   * A failed document in JSON Lines of whole documents; elsewhere the failure is on stderr only.
   */
  private ByteArrayOutputStream error(String name, String message) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    if (format == ParseCommand.Format.json && several) {
      out.writeBytes(
          ("{\"file\":" + quote(name) + ",\"error\":" + quote(message) + "}\n").getBytes(UTF_8));
    }
    return out;
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

  private static String quote(String text) {
    return "\"" + new String(JsonStringEncoder.getInstance().quoteAsString(text)) + "\"";
  }
}
