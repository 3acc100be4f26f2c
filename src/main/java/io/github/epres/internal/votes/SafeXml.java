package io.github.epres.internal.votes;

import java.io.InputStream;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Optional;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * XML as the voting-list readers read it: StAX with DTDs and external entities off, no more than
 * {@link #MAX_BYTES} bytes, and the attribute and date forms both list formats use.
 */
final class SafeXml {
  /** The largest list read: the real ones are under 1 MB. */
  static final long MAX_BYTES = 64L << 20;

  /** The deepest nesting read. */
  static final int MAX_DEPTH = 64;

  private SafeXml() {}

  static XMLStreamReader open(InputStream in) throws XMLStreamException {
    XMLInputFactory factory = XMLInputFactory.newFactory();
    factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
    factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
    return factory.createXMLStreamReader(new LimitedInputStream(in, MAX_BYTES));
  }

  /** An attribute's value, stripped; empty when absent or blank. */
  static Optional<String> attribute(XMLStreamReader xml, String name) {
    String value = xml.getAttributeValue(null, name);
    return value == null || value.isBlank() ? Optional.empty() : Optional.of(value.strip());
  }

  /** "2025-05-08+02:00", "2024-09-18 12:18:27": the date at the start. */
  static Optional<LocalDate> date(Optional<String> value) {
    try {
      return value.filter(v -> v.length() >= 10).map(v -> LocalDate.parse(v.substring(0, 10)));
    } catch (DateTimeException e) {
      return Optional.empty();
    }
  }
}
