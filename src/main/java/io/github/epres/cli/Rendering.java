package io.github.epres.cli;

import com.fasterxml.jackson.core.io.JsonStringEncoder;
import io.github.epres.akn.AknWriter;
import io.github.epres.json.ResolutionJson;
import io.github.epres.model.Resolution;
import io.github.epres.table.BlockRow;
import io.github.epres.table.BlockTable;
import io.github.epres.text.MarkdownRenderer;
import io.github.epres.text.TextRenderer;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * A parsed document in an output format, as UTF-8 bytes. On standard output, several documents in
 * JSON are one compact line each, wrapped with their file name, and CSV has one header for all; a
 * file of its own (--output) holds a document as it would be printed alone.
 */
final class Rendering {
  private final Format format;
  private final boolean lines;
  private final boolean csvHeader;
  private final boolean indentAkn;

  /**
   * @param lines whether this is one of several documents on standard output
   * @param csvHeader whether each document's CSV has its own header (a file of its own)
   * @param indentAkn whether Akoma Ntoso is indented (not --compact)
   */
  Rendering(Format format, boolean lines, boolean csvHeader, boolean indentAkn) {
    this.format = format;
    this.lines = lines;
    this.csvHeader = csvHeader;
    this.indentAkn = indentAkn;
  }

  ByteArrayOutputStream render(String name, Resolution resolution) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
    switch (format) {
      case json -> {
        if (lines) {
          write(out, "{\"file\":" + quote(name) + ",\"resolution\":");
          ResolutionJson.write(resolution, out, false);
          write(out, "}\n");
        } else {
          ResolutionJson.write(resolution, out, true);
          out.write('\n');
        }
      }
      case jsonl -> write(out, rows(resolution, name, false));
      case csv -> write(out, rows(resolution, name, true));
      case akn -> write(out, akn(resolution));
      case md -> write(out, MarkdownRenderer.render(resolution));
      case text -> write(out, TextRenderer.render(resolution));
    }
    return out;
  }

  /** Akoma Ntoso, indented unless --compact. */
  private String akn(Resolution resolution) {
    return indentAkn ? AknWriter.write(resolution) : AknWriter.writeCompact(resolution);
  }

  /** A document that failed, where the output has a place for it: a line of several in JSON. */
  ByteArrayOutputStream failure(String name, String message) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    if (format == Format.json && lines) {
      write(out, "{\"file\":" + quote(name) + ",\"error\":" + quote(message) + "}\n");
    }
    return out;
  }

  /** The CSV header printed once before several documents' rows on standard output. */
  static String csvHeader() throws IOException {
    StringBuilder header = new StringBuilder();
    BlockTable.writeCsvHeader(header);
    return header.toString();
  }

  private String rows(Resolution resolution, String name, boolean csv) throws IOException {
    List<BlockRow> rows = BlockTable.rows(resolution, name);
    StringBuilder text = new StringBuilder();
    if (csv) {
      if (csvHeader) {
        BlockTable.writeCsvHeader(text);
      }
      BlockTable.writeCsv(rows, text);
    } else {
      BlockTable.writeJsonLines(rows, text);
    }
    return text.toString();
  }

  private static void write(ByteArrayOutputStream out, String text) {
    out.writeBytes(text.getBytes(StandardCharsets.UTF_8));
  }

  private static String quote(String text) {
    return "\"" + new String(JsonStringEncoder.getInstance().quoteAsString(text)) + "\"";
  }
}
