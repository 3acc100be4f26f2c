package io.github.epres.akn;

import io.github.epres.model.Amendment;
import io.github.epres.model.AmendmentRow;
import java.util.List;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * Writes a document's amendments at the end of its {@code mainBody}, one {@code hcontainer
 * name="amendment"} each: the number, what it amends as the heading, and the two columns as a table
 * (column headings as {@code th}), then the justification.
 */
final class AknAmendments {
  private final XMLStreamWriter xml;
  private final String idPrefix;

  AknAmendments(XMLStreamWriter xml, String idPrefix) {
    this.xml = xml;
    this.idPrefix = idPrefix;
  }

  void write(List<Amendment> amendments) throws XMLStreamException {
    for (Amendment amendment : amendments) {
      xml.writeStartElement("hcontainer");
      xml.writeAttribute("eId", idPrefix + amendment.id());
      xml.writeAttribute("name", "amendment");
      element("num", amendment.number());
      if (!amendment.target().isEmpty()) {
        element("heading", String.join(" – ", amendment.target()));
      }
      xml.writeStartElement("content");
      if (amendment.columns().isEmpty() && amendment.rows().isEmpty()) {
        // Columns that could not be read: the amendment's text as it stands.
        paragraph(amendment.text());
      } else {
        table(amendment);
      }
      if (amendment.justification().isPresent()) {
        paragraph(amendment.justification().get());
      }
      xml.writeEndElement();
      xml.writeEndElement();
    }
  }

  private void table(Amendment amendment) throws XMLStreamException {
    xml.writeStartElement("table");
    if (!amendment.columns().isEmpty()) {
      xml.writeStartElement("tr");
      for (String column : amendment.columns()) {
        cell("th", column);
      }
      xml.writeEndElement();
    }
    for (AmendmentRow row : amendment.rows()) {
      xml.writeStartElement("tr");
      cell("td", row.original());
      cell("td", row.amended());
      xml.writeEndElement();
    }
    xml.writeEndElement();
  }

  private void cell(String name, String text) throws XMLStreamException {
    xml.writeStartElement(name);
    paragraph(text);
    xml.writeEndElement();
  }

  private void paragraph(String text) throws XMLStreamException {
    element("p", text);
  }

  private void element(String name, String text) throws XMLStreamException {
    xml.writeStartElement(name);
    xml.writeCharacters(XmlText.clean(text));
    xml.writeEndElement();
  }
}
