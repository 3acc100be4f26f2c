package io.github.epres.internal.votes;

import java.io.IOException;
import java.io.InputStream;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Pattern;
import javax.xml.stream.Location;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * What the voting-list readers share: StAX with DTDs and external entities off, no more than {@link
 * #MAX_BYTES} bytes, the walk over the elements (a subclass sees each element's start and its end,
 * with its text gathered in {@link #text}, after the depth and the root element are checked), and
 * the attribute and date forms both list formats use.
 */
abstract class XmlListReader<T> {
  /** The largest list read: the real ones are under 1 MB. */
  static final long MAX_BYTES = 64L << 20;

  /** The deepest nesting read. */
  static final int MAX_DEPTH = 64;

  final XMLStreamReader xml;

  /** StAX's prefix to a message that has a location. */
  private static final Pattern PARSE_ERROR =
      Pattern.compile("^ParseError at \\[row,col\\]:\\[-?\\d+,-?\\d+\\]\\s*Message:");

  /** Whether an element has started: the input is XML. */
  private boolean started;

  /** How deep the element being read is: 1 for the root. */
  private int depth;

  /** The text of the element being read, up to its end. */
  final StringBuilder text = new StringBuilder();

  /** The root element of this reader's lists ({@link ListRoots}). */
  private final String root;

  /** What this reader's lists are called in messages: "voting list". */
  private final String what;

  XmlListReader(XMLStreamReader xml, String root, String what) {
    this.xml = xml;
    this.root = root;
    this.what = what;
  }

  /**
   * Reads {@code in} with the reader {@code make} gives; what is wrong is one {@link IOException}
   * naming {@code what} it is not.
   */
  static <T> T read(InputStream in, String what, Function<XMLStreamReader, XmlListReader<T>> make)
      throws IOException {
    XMLInputFactory factory = XMLInputFactory.newFactory();
    factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
    factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
    XmlListReader<T> reader = null;
    try {
      XMLStreamReader xml = factory.createXMLStreamReader(new LimitedInputStream(in, MAX_BYTES));
      try {
        reader = make.apply(xml);
        return reader.walk();
      } finally {
        xml.close();
      }
    } catch (XMLStreamException e) {
      boolean xmlRead = reader != null && reader.started;
      throw new IOException("not a " + what + ": " + describe(e, xmlRead), e);
    } catch (IllegalStateException e) {
      throw new IOException("not a " + what + ": " + e.getMessage(), e);
    }
  }

  /**
   * One line: where and what, without StAX's "ParseError at [row,col]" prefix; an input that never
   * opened an element is said not to be XML (a text or an HTML page given for a list).
   */
  private static String describe(XMLStreamException e, boolean xmlRead) {
    String message = PARSE_ERROR.matcher(e.getMessage()).replaceFirst("").strip();
    Location at = e.getLocation();
    String where =
        at == null || at.getLineNumber() < 0
            ? ""
            : "line " + at.getLineNumber() + ", column " + at.getColumnNumber() + ": ";
    return xmlRead ? where + message : "it is not XML (" + where + message + ")";
  }

  /** An element starts; {@link #text} is empty. */
  abstract void start(String name) throws XMLStreamException;

  /** An element ends; {@link #text} holds its text. */
  abstract void end(String name);

  abstract T result();

  /**
   * Whether the element being read holds text with elements inside ("B9-0229/2020" in an {@code
   * <a>}): its text then gathers across them, up to its own end.
   */
  boolean mixedContent() {
    return false;
  }

  private T walk() throws XMLStreamException {
    while (xml.hasNext()) {
      switch (xml.next()) {
        case XMLStreamConstants.START_ELEMENT -> {
          started = true;
          if (!mixedContent()) {
            text.setLength(0);
          }
          String name = xml.getLocalName();
          enter(name);
          start(name);
        }
        case XMLStreamConstants.END_ELEMENT -> {
          depth--;
          end(xml.getLocalName());
          if (!mixedContent()) {
            text.setLength(0);
          }
        }
        case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA -> text.append(xml.getText());
        default -> {
          // Comments, processing instructions and white space between elements say nothing.
        }
      }
    }
    return result();
  }

  /**
   * Checks an element before the subclass sees it: no deeper than {@link #MAX_DEPTH}, and the root
   * this reader's lists have (the other format's root named as such).
   */
  private void enter(String name) throws XMLStreamException {
    if (++depth > MAX_DEPTH) {
      throw new XMLStreamException("elements nested deeper than " + MAX_DEPTH, xml.getLocation());
    }
    if (depth == 1 && !name.equals(root)) {
      String other = ListRoots.description(name);
      throw new XMLStreamException(
          "the root element is <"
              + name
              + ">, not a "
              + what
              + "'s <"
              + root
              + ">"
              + (other == null ? "" : ": it is " + other),
          xml.getLocation());
    }
  }

  /** An attribute's value, stripped; empty when absent or blank. */
  Optional<String> attribute(String name) {
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

  /** An attribute's number; empty when absent or not a number. */
  static Optional<Integer> number(Optional<String> value) {
    try {
      return value.map(Integer::valueOf);
    } catch (NumberFormatException e) {
      return Optional.empty();
    }
  }
}
