package io.github.epres.akn;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Set;
import javax.xml.namespace.NamespaceContext;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * An {@link XMLStreamWriter} that indents element-only content, each element on its own line, two
 * spaces a level, and leaves the content of the elements named {@code inline} (those whose content
 * is text with inline marks: Akoma Ntoso's {@code p}, {@code num}, {@code heading} …) on one line,
 * with everything nested in them: indenting there would add white space to the text. StAX writes no
 * indentation itself.
 */
final class IndentingXmlWriter implements XMLStreamWriter {
  private static final String INDENT = "  ";

  private final XMLStreamWriter out;
  private final Set<String> inline;

  /** For each open element, whether an element was written in it (its end goes on a new line). */
  private final Deque<Boolean> hasChildren = new ArrayDeque<>();

  /** The depth of the open inline element whose content is kept as it is; 0 when none is open. */
  private int inlineDepth;

  IndentingXmlWriter(XMLStreamWriter out, Set<String> inline) {
    this.out = out;
    this.inline = inline;
  }

  /** A new line and the indentation of an element starting or ending at {@code depth}. */
  private void newLine(int depth) throws XMLStreamException {
    out.writeCharacters("\n" + INDENT.repeat(depth));
  }

  /** Before an element starts: its line, unless it stands inside an inline element. */
  private void beforeElement() throws XMLStreamException {
    if (inlineDepth == 0 && !hasChildren.isEmpty()) {
      hasChildren.pop();
      hasChildren.push(true);
      newLine(hasChildren.size());
    }
  }

  private void opened(String name) {
    hasChildren.push(false);
    if (inlineDepth == 0 && inline.contains(name)) {
      inlineDepth = hasChildren.size();
    }
  }

  @Override
  public void writeStartElement(String localName) throws XMLStreamException {
    beforeElement();
    out.writeStartElement(localName);
    opened(localName);
  }

  @Override
  public void writeStartElement(String namespaceUri, String localName) throws XMLStreamException {
    beforeElement();
    out.writeStartElement(namespaceUri, localName);
    opened(localName);
  }

  @Override
  public void writeStartElement(String prefix, String localName, String namespaceUri)
      throws XMLStreamException {
    beforeElement();
    out.writeStartElement(prefix, localName, namespaceUri);
    opened(localName);
  }

  @Override
  public void writeEmptyElement(String namespaceUri, String localName) throws XMLStreamException {
    beforeElement();
    out.writeEmptyElement(namespaceUri, localName);
  }

  @Override
  public void writeEmptyElement(String prefix, String localName, String namespaceUri)
      throws XMLStreamException {
    beforeElement();
    out.writeEmptyElement(prefix, localName, namespaceUri);
  }

  @Override
  public void writeEmptyElement(String localName) throws XMLStreamException {
    beforeElement();
    out.writeEmptyElement(localName);
  }

  @Override
  public void writeEndElement() throws XMLStreamException {
    int depth = hasChildren.size();
    boolean children = hasChildren.pop();
    if (inlineDepth == 0 && children) {
      newLine(depth - 1);
    }
    if (depth == inlineDepth) {
      inlineDepth = 0;
    }
    out.writeEndElement();
  }

  /** Text makes the element it stands in inline from then on, whatever its name. */
  private void beforeText() {
    if (inlineDepth == 0 && !hasChildren.isEmpty()) {
      inlineDepth = hasChildren.size();
    }
  }

  @Override
  public void writeCharacters(String text) throws XMLStreamException {
    beforeText();
    out.writeCharacters(text);
  }

  @Override
  public void writeCharacters(char[] text, int start, int len) throws XMLStreamException {
    beforeText();
    out.writeCharacters(text, start, len);
  }

  @Override
  public void writeCData(String data) throws XMLStreamException {
    beforeText();
    out.writeCData(data);
  }

  @Override
  public void writeEntityRef(String name) throws XMLStreamException {
    beforeText();
    out.writeEntityRef(name);
  }

  // What follows adds no content of its own and needs no indentation.

  @Override
  public void writeEndDocument() throws XMLStreamException {
    out.writeEndDocument();
  }

  @Override
  public void close() throws XMLStreamException {
    out.close();
  }

  @Override
  public void flush() throws XMLStreamException {
    out.flush();
  }

  @Override
  public void writeAttribute(String localName, String value) throws XMLStreamException {
    out.writeAttribute(localName, value);
  }

  @Override
  public void writeAttribute(String prefix, String namespaceUri, String localName, String value)
      throws XMLStreamException {
    out.writeAttribute(prefix, namespaceUri, localName, value);
  }

  @Override
  public void writeAttribute(String namespaceUri, String localName, String value)
      throws XMLStreamException {
    out.writeAttribute(namespaceUri, localName, value);
  }

  @Override
  public void writeNamespace(String prefix, String namespaceUri) throws XMLStreamException {
    out.writeNamespace(prefix, namespaceUri);
  }

  @Override
  public void writeDefaultNamespace(String namespaceUri) throws XMLStreamException {
    out.writeDefaultNamespace(namespaceUri);
  }

  @Override
  public void writeComment(String data) throws XMLStreamException {
    out.writeComment(data);
  }

  @Override
  public void writeProcessingInstruction(String target) throws XMLStreamException {
    out.writeProcessingInstruction(target);
  }

  @Override
  public void writeProcessingInstruction(String target, String data) throws XMLStreamException {
    out.writeProcessingInstruction(target, data);
  }

  @Override
  public void writeDTD(String dtd) throws XMLStreamException {
    out.writeDTD(dtd);
  }

  @Override
  public void writeStartDocument() throws XMLStreamException {
    out.writeStartDocument();
  }

  @Override
  public void writeStartDocument(String version) throws XMLStreamException {
    out.writeStartDocument(version);
  }

  @Override
  public void writeStartDocument(String encoding, String version) throws XMLStreamException {
    out.writeStartDocument(encoding, version);
  }

  @Override
  public String getPrefix(String uri) throws XMLStreamException {
    return out.getPrefix(uri);
  }

  @Override
  public void setPrefix(String prefix, String uri) throws XMLStreamException {
    out.setPrefix(prefix, uri);
  }

  @Override
  public void setDefaultNamespace(String uri) throws XMLStreamException {
    out.setDefaultNamespace(uri);
  }

  @Override
  public void setNamespaceContext(NamespaceContext context) throws XMLStreamException {
    out.setNamespaceContext(context);
  }

  @Override
  public NamespaceContext getNamespaceContext() {
    return out.getNamespaceContext();
  }

  @Override
  public Object getProperty(String name) {
    return out.getProperty(name);
  }
}
