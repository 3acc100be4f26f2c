package io.github.epres.json;

import com.fasterxml.jackson.core.JsonGenerator;
import io.github.epres.model.AuthorLine;
import io.github.epres.model.Block;
import io.github.epres.model.DateRef;
import io.github.epres.model.Diagnostic;
import io.github.epres.model.Footnote;
import io.github.epres.model.FootnoteRef;
import io.github.epres.model.OtherLine;
import io.github.epres.model.ProcedureReference;
import io.github.epres.model.Resolution;
import io.github.epres.model.Span;
import io.github.epres.model.Title;
import java.io.IOException;
import java.util.List;
import java.util.Optional;

/**
 * Writes the model with Jackson's streaming generator, in the shape (names, order, absent values
 * left out) that the model's Jackson annotations read back. Streaming keeps the CLI's start fast:
 * data binding would take hundreds of milliseconds to set up for one document.
 */
final class JsonWriter {
  private final JsonGenerator json;

  JsonWriter(JsonGenerator json) {
    this.json = json;
  }

  void resolution(Resolution r, String schemaVersion) throws IOException {
    json.writeStartObject();
    json.writeStringField("schemaVersion", schemaVersion);
    json.writeStringField("language", r.language());
    json.writeNumberField("languageConfidence", r.languageConfidence());
    json.writeBooleanField("byteOrderMark", r.byteOrderMark());
    if (r.title().isPresent()) {
      json.writeFieldName("title");
      title(r.title().get());
    }
    if (r.authorLine().isPresent()) {
      json.writeFieldName("authorLine");
      authorLine(r.authorLine().get());
    }
    blocks("citations", r.citations());
    blocks("recitals", r.recitals());
    blocks("paragraphs", r.paragraphs());
    json.writeArrayFieldStart("footnotes");
    for (Footnote footnote : r.footnotes()) {
      footnote(footnote);
    }
    json.writeEndArray();
    json.writeArrayFieldStart("otherLines");
    for (OtherLine line : r.otherLines()) {
      otherLine(line);
    }
    json.writeEndArray();
    json.writeArrayFieldStart("diagnostics");
    for (Diagnostic diagnostic : r.diagnostics()) {
      diagnostic(diagnostic);
    }
    json.writeEndArray();
    json.writeEndObject();
  }

  private void title(Title t) throws IOException {
    json.writeStartObject();
    json.writeStringField("text", t.text());
    optional("kind", t.kind().map(Enum::name));
    optional("date", t.date().map(Object::toString));
    optional("subject", t.subject());
    if (t.procedure().isPresent()) {
      ProcedureReference p = t.procedure().get();
      json.writeObjectFieldStart("procedure");
      json.writeStringField("reference", p.reference());
      json.writeNumberField("year", p.year());
      json.writeNumberField("number", p.number());
      json.writeStringField("type", p.type());
      json.writeEndObject();
    }
    spanAndEol(t.span(), t.eol());
    json.writeEndObject();
  }

  private void authorLine(AuthorLine a) throws IOException {
    json.writeStartObject();
    json.writeStringField("text", a.text());
    spanAndEol(a.span(), a.eol());
    json.writeEndObject();
  }

  private void blocks(String name, List<? extends Block> blocks) throws IOException {
    json.writeArrayFieldStart(name);
    for (Block b : blocks) {
      json.writeStartObject();
      json.writeStringField("id", b.id());
      optional("label", b.label());
      json.writeNumberField("number", b.number());
      json.writeStringField("marker", b.marker());
      optional("opener", b.opener());
      json.writeStringField("text", b.text());
      json.writeArrayFieldStart("footnoteRefs");
      for (FootnoteRef ref : b.footnoteRefs()) {
        json.writeStartObject();
        json.writeNumberField("number", ref.number());
        json.writeStringField("marker", ref.marker());
        json.writeNumberField("offset", ref.offset());
        json.writeEndObject();
      }
      json.writeEndArray();
      json.writeArrayFieldStart("dates");
      for (DateRef date : b.dates()) {
        json.writeStartObject();
        json.writeStringField("date", date.date().toString());
        json.writeStringField("text", date.text());
        json.writeNumberField("offset", date.offset());
        json.writeEndObject();
      }
      json.writeEndArray();
      spanAndEol(b.span(), b.eol());
      json.writeEndObject();
    }
    json.writeEndArray();
  }

  private void footnote(Footnote f) throws IOException {
    json.writeStartObject();
    json.writeNumberField("number", f.number());
    json.writeStringField("marker", f.marker());
    json.writeStringField("text", f.text());
    spanAndEol(f.span(), f.eol());
    json.writeEndObject();
  }

  private void otherLine(OtherLine line) throws IOException {
    json.writeStartObject();
    json.writeStringField("kind", line.kind().name());
    json.writeStringField("text", line.text());
    spanAndEol(line.span(), line.eol());
    json.writeEndObject();
  }

  private void diagnostic(Diagnostic d) throws IOException {
    json.writeStartObject();
    json.writeStringField("severity", d.severity().name());
    json.writeStringField("code", d.code().name());
    json.writeStringField("message", d.message());
    json.writeFieldName("span");
    span(d.span());
    json.writeEndObject();
  }

  private void spanAndEol(Span span, String eol) throws IOException {
    json.writeFieldName("span");
    span(span);
    json.writeStringField("eol", eol);
  }

  private void span(Span s) throws IOException {
    json.writeStartObject();
    json.writeNumberField("line", s.line());
    json.writeNumberField("column", s.column());
    json.writeNumberField("offset", s.offset());
    json.writeNumberField("length", s.length());
    json.writeEndObject();
  }

  private void optional(String name, Optional<String> value) throws IOException {
    if (value.isPresent()) {
      json.writeStringField(name, value.get());
    }
  }
}
