package io.github.epres.json;

import com.fasterxml.jackson.core.JsonGenerator;
import io.github.epres.model.Amendment;
import io.github.epres.model.AmendmentRow;
import io.github.epres.model.Annex;
import io.github.epres.model.AuthorGroup;
import io.github.epres.model.AuthorLine;
import io.github.epres.model.Block;
import io.github.epres.model.Clause;
import io.github.epres.model.DateRef;
import io.github.epres.model.Diagnostic;
import io.github.epres.model.Footnote;
import io.github.epres.model.FootnoteRef;
import io.github.epres.model.Header;
import io.github.epres.model.Heading;
import io.github.epres.model.Motion;
import io.github.epres.model.OfficialJournal;
import io.github.epres.model.OtherLine;
import io.github.epres.model.Paragraph;
import io.github.epres.model.Point;
import io.github.epres.model.ProcedureReference;
import io.github.epres.model.Reference;
import io.github.epres.model.ReplacedMotion;
import io.github.epres.model.Report;
import io.github.epres.model.Resolution;
import io.github.epres.model.Span;
import io.github.epres.model.Title;
import java.io.IOException;
import java.util.List;
import java.util.Map;
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

  /** A resolution; a bundled part is written without the schema version (null). */
  void resolution(Resolution r, String schemaVersion) throws IOException {
    json.writeStartObject();
    if (schemaVersion != null) {
      json.writeStringField("schemaVersion", schemaVersion);
    }
    json.writeStringField("language", r.language());
    json.writeNumberField("languageConfidence", r.languageConfidence());
    json.writeBooleanField("byteOrderMark", r.byteOrderMark());
    if (r.header().isPresent()) {
      json.writeFieldName("header");
      header(r.header().get());
    }
    if (r.title().isPresent()) {
      json.writeFieldName("title");
      title(r.title().get());
    }
    optional("legislativeOutcome", r.legislativeOutcome().map(Enum::name));
    if (r.authorLine().isPresent()) {
      json.writeFieldName("authorLine");
      authorLine(r.authorLine().get());
    }
    blocks("citations", r.citations());
    blocks("recitals", r.recitals());
    blocks("paragraphs", r.paragraphs());
    json.writeArrayFieldStart("headings");
    for (Heading heading : r.headings()) {
      json.writeStartObject();
      json.writeStringField("id", heading.id());
      optional("label", heading.label());
      json.writeStringField("marker", heading.marker());
      json.writeStringField("text", heading.text());
      spanAndEol(heading.span(), heading.eol());
      json.writeEndObject();
    }
    json.writeEndArray();
    json.writeArrayFieldStart("footnotes");
    for (Footnote footnote : r.footnotes()) {
      footnote(footnote);
    }
    json.writeEndArray();
    if (!r.amendments().isEmpty()) {
      json.writeArrayFieldStart("amendments");
      for (Amendment amendment : r.amendments()) {
        amendment(amendment);
      }
      json.writeEndArray();
    }
    if (r.annex().isPresent()) {
      Annex annex = r.annex().get();
      json.writeObjectFieldStart("annex");
      json.writeStringField("heading", annex.heading());
      json.writeStringField("text", annex.text());
      spanAndEol(annex.span(), annex.eol());
      json.writeEndObject();
    }
    json.writeArrayFieldStart("otherLines");
    for (OtherLine line : r.otherLines()) {
      otherLine(line);
    }
    json.writeEndArray();
    if (!r.bundled().isEmpty()) {
      json.writeArrayFieldStart("bundled");
      for (Resolution part : r.bundled()) {
        resolution(part, null);
      }
      json.writeEndArray();
    }
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
    procedure(t.procedure());
    spanAndEol(t.span(), t.eol());
    json.writeEndObject();
  }

  private void procedure(Optional<ProcedureReference> procedure) throws IOException {
    if (procedure.isPresent()) {
      ProcedureReference p = procedure.get();
      json.writeObjectFieldStart("procedure");
      json.writeStringField("reference", p.reference());
      json.writeNumberField("year", p.year());
      json.writeNumberField("number", p.number());
      json.writeStringField("type", p.type());
      json.writeEndObject();
    }
  }

  private void header(Header h) throws IOException {
    json.writeStartObject();
    optional("documentNumber", h.documentNumber());
    strings("documentNumbers", h.documentNumbers());
    optional("date", h.date().map(Object::toString));
    optional("place", h.place());
    optional("edition", h.edition());
    procedure(h.procedure());
    if (h.motion().isPresent()) {
      Motion m = h.motion().get();
      json.writeObjectFieldStart("motion");
      json.writeStringField("kind", m.kind().name());
      json.writeStringField("heading", m.heading());
      optional("subject", m.subject());
      optional("date", m.date().map(Object::toString));
      procedure(m.procedure());
      strings("rules", m.rules());
      json.writeArrayFieldStart("replacedMotions");
      for (ReplacedMotion replaced : m.replacedMotions()) {
        json.writeStartObject();
        json.writeStringField("number", replaced.number());
        optional("group", replaced.group());
        json.writeEndObject();
      }
      json.writeEndArray();
      json.writeArrayFieldStart("authorGroups");
      for (AuthorGroup group : m.authorGroups()) {
        json.writeStartObject();
        optional("group", group.group());
        strings("authors", group.authors());
        json.writeEndObject();
      }
      json.writeEndArray();
      optional("seeAlso", m.seeAlso());
      json.writeEndObject();
    }
    if (h.report().isPresent()) {
      Report report = h.report().get();
      json.writeObjectFieldStart("report");
      json.writeStringField("heading", report.heading());
      optional("subject", report.subject());
      optional("date", report.date().map(Object::toString));
      procedure(report.procedure());
      optional("committee", report.committee());
      strings("rapporteurs", report.rapporteurs());
      json.writeEndObject();
    }
    optional("celex", h.celex());
    if (h.officialJournal().isPresent()) {
      OfficialJournal oj = h.officialJournal().get();
      json.writeObjectFieldStart("officialJournal");
      json.writeStringField("series", oj.series());
      optional("issue", oj.issue());
      optional("date", oj.date().map(Object::toString));
      optional("page", oj.page());
      optional("number", oj.number());
      optional("language", oj.language());
      json.writeEndObject();
    }
    json.writeFieldName("span");
    span(h.span());
    json.writeEndObject();
  }

  private void strings(String name, List<String> values) throws IOException {
    json.writeArrayFieldStart(name);
    for (String value : values) {
      json.writeString(value);
    }
    json.writeEndArray();
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
      json.writeStringField("voteLabel", b.voteLabel());
      json.writeStringField("voteLabelEn", b.voteLabelEn());
      if (b instanceof Paragraph p) {
        optional("heading", p.heading());
      }
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
      points(b.points());
      clauses(b.clauses());
      references(b.references());
      spanAndEol(b.span(), b.eol());
      json.writeEndObject();
    }
    json.writeEndArray();
  }

  private void points(List<Point> points) throws IOException {
    json.writeArrayFieldStart("points");
    for (Point p : points) {
      json.writeStartObject();
      json.writeStringField("id", p.id());
      optional("label", p.label());
      json.writeStringField("voteLabel", p.voteLabel());
      json.writeStringField("voteLabelEn", p.voteLabelEn());
      json.writeStringField("marker", p.marker());
      json.writeStringField("text", p.text());
      spanAndEol(p.span(), p.eol());
      points(p.points());
      json.writeEndObject();
    }
    json.writeEndArray();
  }

  private void clauses(List<Clause> clauses) throws IOException {
    json.writeArrayFieldStart("clauses");
    for (Clause c : clauses) {
      json.writeStartObject();
      json.writeStringField("action", c.action().name());
      json.writeStringField("phrase", c.phrase());
      json.writeNumberField("offset", c.offset());
      json.writeNumberField("length", c.length());
      if (c.addressee().isPresent()) {
        json.writeObjectFieldStart("addressee");
        json.writeStringField("text", c.addressee().get().text());
        json.writeStringField("kind", c.addressee().get().kind().name());
        json.writeEndObject();
      }
      json.writeEndObject();
    }
    json.writeEndArray();
  }

  private void references(List<Reference> references) throws IOException {
    json.writeArrayFieldStart("references");
    for (Reference r : references) {
      json.writeStartObject();
      json.writeStringField("kind", r.kind().name());
      json.writeStringField("text", r.text());
      json.writeNumberField("offset", r.offset());
      json.writeStringField("value", r.value());
      optional("date", r.date().map(Object::toString));
      json.writeObjectFieldStart("fields");
      for (Map.Entry<String, String> field : r.fields().entrySet()) {
        json.writeStringField(field.getKey(), field.getValue());
      }
      json.writeEndObject();
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

  private void amendment(Amendment a) throws IOException {
    json.writeStartObject();
    json.writeStringField("id", a.id());
    json.writeStringField("number", a.number());
    strings("target", a.target());
    strings("columns", a.columns());
    json.writeArrayFieldStart("rows");
    for (AmendmentRow row : a.rows()) {
      json.writeStartObject();
      json.writeStringField("original", row.original());
      json.writeStringField("amended", row.amended());
      json.writeEndObject();
    }
    json.writeEndArray();
    optional("justification", a.justification());
    json.writeStringField("text", a.text());
    spanAndEol(a.span(), a.eol());
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
