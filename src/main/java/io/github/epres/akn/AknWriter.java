package io.github.epres.akn;

import io.github.epres.model.Block;
import io.github.epres.model.DateRef;
import io.github.epres.model.Resolution;
import io.github.epres.model.Title;
import java.io.StringWriter;
import java.io.Writer;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * Writes a {@link Resolution} as an Akoma Ntoso 3.0 {@code doc name="resolution"}: FRBR
 * identification, a preface with the title, the author line as a preamble formula, citations and
 * recitals in the preamble, paragraphs in the main body, and every date the parser read as an
 * inline {@code date}. Element ids ({@code eId}) are the model's ids. The output validates against
 * the OASIS schema (tested). Uses StAX, so markup characters are escaped by the XML writer;
 * characters XML 1.0 cannot hold at all are replaced (see {@link XmlText}).
 */
public final class AknWriter {
  public static final String NAMESPACE = "http://docs.oasis-open.org/legaldocml/ns/akn/3.0";
  private static final XMLOutputFactory FACTORY = XMLOutputFactory.newFactory();

  private final XMLStreamWriter xml;
  private final Resolution resolution;

  private AknWriter(XMLStreamWriter xml, Resolution resolution) {
    this.xml = xml;
    this.resolution = resolution;
  }

  public static String write(Resolution resolution) {
    StringWriter out = new StringWriter();
    write(resolution, out);
    return out.toString();
  }

  /** Writes the document to {@code out}, which is flushed but not closed. */
  public static void write(Resolution resolution, Writer out) {
    try {
      XMLStreamWriter xml = FACTORY.createXMLStreamWriter(out);
      new AknWriter(xml, resolution).document();
      xml.flush();
    } catch (XMLStreamException e) {
      throw new IllegalStateException("cannot write Akoma Ntoso", e);
    }
  }

  private void document() throws XMLStreamException {
    xml.writeStartDocument("UTF-8", "1.0");
    xml.writeCharacters("\n");
    xml.writeStartElement("akomaNtoso");
    xml.writeDefaultNamespace(NAMESPACE);
    xml.writeStartElement("doc");
    xml.writeAttribute("name", kindName());
    meta();
    preface();
    preamble();
    mainBody();
    xml.writeEndElement();
    xml.writeEndElement();
    xml.writeCharacters("\n");
    xml.writeEndDocument();
  }

  private void meta() throws XMLStreamException {
    String work = "/akn/eu/doc/" + kindName() + "/" + date() + "/" + workNumber();
    String expression = work + "/" + language() + "@";
    xml.writeStartElement("meta");
    xml.writeStartElement("identification");
    xml.writeAttribute("source", "#epres");
    frbr("FRBRWork", work + "/!main", work, "adoption");
    empty("FRBRcountry", "value", "eu");
    xml.writeEndElement();
    frbr("FRBRExpression", expression + "/!main", expression, "adoption");
    empty("FRBRlanguage", "language", language());
    xml.writeEndElement();
    frbr("FRBRManifestation", expression + "/!main.xml", expression + ".akn", "generation");
    xml.writeEndElement();
    xml.writeEndElement();
    xml.writeStartElement("references");
    xml.writeAttribute("source", "#epres");
    organization("ep", "/akn/ontology/organizations/eu/europeanParliament", "European Parliament");
    organization("epres", "/akn/ontology/organizations/epres", "epres");
    xml.writeEndElement();
    xml.writeEndElement();
  }

  /** Opens an FRBR level with its this, uri, date and author; the caller closes it. */
  private void frbr(String level, String self, String uri, String dateName)
      throws XMLStreamException {
    xml.writeStartElement(level);
    empty("FRBRthis", "value", self);
    empty("FRBRuri", "value", uri);
    xml.writeEmptyElement("FRBRdate");
    xml.writeAttribute("date", date());
    xml.writeAttribute("name", dateName);
    empty("FRBRauthor", "href", "#ep");
  }

  private void organization(String id, String href, String showAs) throws XMLStreamException {
    xml.writeEmptyElement("TLCOrganization");
    xml.writeAttribute("eId", id);
    xml.writeAttribute("href", href);
    xml.writeAttribute("showAs", showAs);
  }

  private void preface() throws XMLStreamException {
    if (resolution.title().isEmpty()) {
      return;
    }
    Title title = resolution.title().get();
    xml.writeStartElement("preface");
    xml.writeStartElement("p");
    xml.writeStartElement("docTitle");
    text(title.text());
    xml.writeEndElement();
    if (title.date().isPresent()) {
      xml.writeStartElement("docDate");
      xml.writeAttribute("date", title.date().get().toString());
      xml.writeCharacters(title.date().get().toString());
      xml.writeEndElement();
    }
    if (title.procedure().isPresent()) {
      xml.writeStartElement("docNumber");
      text(title.procedure().get().reference());
      xml.writeEndElement();
    }
    xml.writeStartElement("docProponent");
    xml.writeAttribute("refersTo", "#ep");
    xml.writeCharacters("European Parliament");
    xml.writeEndElement();
    xml.writeEndElement();
    xml.writeEndElement();
  }

  private void preamble() throws XMLStreamException {
    if (resolution.authorLine().isEmpty()
        && resolution.citations().isEmpty()
        && resolution.recitals().isEmpty()) {
      return;
    }
    xml.writeStartElement("preamble");
    if (resolution.authorLine().isPresent()) {
      xml.writeStartElement("formula");
      xml.writeAttribute("name", "authorLine");
      paragraph(resolution.authorLine().get().text(), List.of());
      xml.writeEndElement();
    }
    items("citations", "citation", resolution.citations());
    items("recitals", "recital", resolution.recitals());
    xml.writeEndElement();
  }

  private void items(String container, String element, List<? extends Block> blocks)
      throws XMLStreamException {
    if (blocks.isEmpty()) {
      return;
    }
    xml.writeStartElement(container);
    xml.writeAttribute("eId", container);
    for (Block block : blocks) {
      xml.writeStartElement(element);
      xml.writeAttribute("eId", block.id());
      num(block);
      paragraph(block.text(), block.dates());
      xml.writeEndElement();
    }
    xml.writeEndElement();
  }

  private void mainBody() throws XMLStreamException {
    xml.writeStartElement("mainBody");
    if (resolution.paragraphs().isEmpty()) {
      xml.writeEmptyElement("p");
    }
    for (Block block : resolution.paragraphs()) {
      xml.writeStartElement("paragraph");
      xml.writeAttribute("eId", block.id());
      num(block);
      xml.writeStartElement("content");
      paragraph(block.text(), block.dates());
      xml.writeEndElement();
      xml.writeEndElement();
    }
    xml.writeEndElement();
  }

  private void num(Block block) throws XMLStreamException {
    String marker = block.marker().strip();
    if (!marker.isEmpty()) {
      xml.writeStartElement("num");
      text(marker);
      xml.writeEndElement();
    }
  }

  /** A {@code p} holding the text, with each date the parser read as an inline {@code date}. */
  private void paragraph(String text, List<DateRef> dates) throws XMLStreamException {
    xml.writeStartElement("p");
    int at = 0;
    for (DateRef date : dates) {
      text(text.substring(at, date.offset()));
      xml.writeStartElement("date");
      xml.writeAttribute("date", date.date().toString());
      text(date.text());
      xml.writeEndElement();
      at = date.offset() + date.text().length();
    }
    text(text.substring(at));
    xml.writeEndElement();
  }

  private void empty(String element, String attribute, String value) throws XMLStreamException {
    xml.writeEmptyElement(element);
    xml.writeAttribute(attribute, value);
  }

  private String kindName() {
    return resolution
        .title()
        .flatMap(Title::kind)
        .map(kind -> kind.name().toLowerCase(Locale.ROOT).replace("_r", "R"))
        .orElse("resolution");
  }

  private String date() {
    return resolution.title().flatMap(Title::date).map(LocalDate::toString).orElse("9999-01-01");
  }

  /** The procedure reference in URI form (2021-2544-RSP), or "unknown". */
  private String workNumber() {
    return resolution
        .title()
        .flatMap(Title::procedure)
        .map(p -> p.year() + "-" + p.number() + "-" + p.type())
        .orElse("unknown");
  }

  /** ISO 639-2 code, as Akoma Ntoso names languages: lav, eng, ell … */
  private String language() {
    try {
      return Locale.forLanguageTag(resolution.language()).getISO3Language();
    } catch (MissingResourceException e) {
      return "und";
    }
  }

  private void text(String text) throws XMLStreamException {
    xml.writeCharacters(XmlText.clean(text));
  }
}
