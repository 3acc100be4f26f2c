package io.github.epres.akn;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringWriter;
import java.util.Set;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.junit.jupiter.api.Test;

/** Indentation between elements only: never inside an element that holds text. */
class IndentingXmlWriterTest {
  @Test
  void indentsElementOnlyContentAndKeepsTextElementsOnOneLine() throws XMLStreamException {
    StringWriter out = new StringWriter();
    XMLStreamWriter xml =
        new IndentingXmlWriter(
            XMLOutputFactory.newFactory().createXMLStreamWriter(out), Set.of("p"));
    xml.writeStartElement("body");
    xml.writeStartElement("block");
    xml.writeEmptyElement("marker");
    // A text element that starts with an inline element: nothing may go before it.
    xml.writeStartElement("p");
    xml.writeStartElement("ref");
    xml.writeCharacters("Rule 144");
    xml.writeEndElement();
    xml.writeCharacters(" applies");
    xml.writeEndElement();
    xml.writeEndElement();
    // An element not named inline that gets text is kept on its line from then on.
    xml.writeStartElement("note");
    xml.writeCharacters("a ");
    xml.writeStartElement("b");
    xml.writeCharacters("b");
    xml.writeEndElement();
    xml.writeEndElement();
    xml.writeStartElement("empty");
    xml.writeEndElement();
    xml.writeEndElement();
    xml.flush();
    assertThat(out.toString())
        .isEqualTo(
            "<body>\n"
                + "  <block>\n"
                + "    <marker/>\n"
                + "    <p><ref>Rule 144</ref> applies</p>\n"
                + "  </block>\n"
                + "  <note>a <b>b</b></note>\n"
                + "  <empty></empty>\n"
                + "</body>");
  }
}
