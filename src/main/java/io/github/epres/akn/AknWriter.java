package io.github.epres.akn;

import io.github.epres.model.Block;
import io.github.epres.model.DateRef;
import io.github.epres.model.Footnote;
import io.github.epres.model.FootnoteRef;
import io.github.epres.model.Header;
import io.github.epres.model.Heading;
import io.github.epres.model.Paragraph;
import io.github.epres.model.Point;
import io.github.epres.model.ProcedureReference;
import io.github.epres.model.Reference;
import io.github.epres.model.Resolution;
import io.github.epres.model.Title;
import java.io.StringWriter;
import java.io.Writer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * Writes a {@link Resolution} as an Akoma Ntoso 3.0 {@code doc name="resolution"}: FRBR
 * identification (from the EP document number, or the procedure), a preface with the title, the
 * author line as a preamble formula, citations and recitals in the preamble (their sub-points as
 * {@code blockList}s), paragraphs in the main body (sub-points as {@code point}s, grouped under
 * their headings as {@code hcontainer}s), dates as inline {@code date}, typed references as {@code
 * ref}, and footnote markers as the {@code authorialNote} of their footnote. Element ids ({@code
 * eId}) are the model's ids. The output validates against the OASIS schema (tested). Uses StAX, so
 * markup characters are escaped by the XML writer; characters XML 1.0 cannot hold at all are
 * replaced (see {@link XmlText}).
 *
 * <p>{@link #write(Resolution)} indents the document for reading; {@link #writeCompact(Resolution)}
 * writes it on one line, as {@link io.github.epres.json.ResolutionJson} does its JSON.
 */
public final class AknWriter {
  public static final String NAMESPACE = "http://docs.oasis-open.org/legaldocml/ns/akn/3.0";
  private static final XMLOutputFactory FACTORY = XMLOutputFactory.newFactory();
  private static final Pattern NOT_IN_REFERENCE_SLUG = Pattern.compile("[^A-Za-z0-9_.-]+");
  private static final Pattern NOT_IN_NUMBER_SLUG = Pattern.compile("[^A-Za-z0-9_]+");
  private static final Pattern EDGE_DASHES = Pattern.compile("^-|-$");

  /** The elements written whose content is text with inline marks (the schema's inline types). */
  private static final Set<String> TEXT_ELEMENTS =
      Set.of("p", "num", "heading", "docTitle", "docDate", "docNumber", "docProponent");

  private final XMLStreamWriter xml;
  private final Resolution resolution;

  /**
   * What this document's eIds start with: nothing for the text's first document; {@code att_2__}
   * for a bundled one, since the schema wants eIds unique across the attachments too.
   */
  private final String idPrefix;

  private AknWriter(XMLStreamWriter xml, Resolution resolution, String idPrefix) {
    this.xml = xml;
    this.resolution = resolution;
    this.idPrefix = idPrefix;
  }

  /** The document, indented: each element on its own line, two spaces a level. */
  public static String write(Resolution resolution) {
    StringWriter out = new StringWriter();
    write(resolution, out, true);
    return out.toString();
  }

  /** The document on one line after the XML declaration, with no white space between elements. */
  public static String writeCompact(Resolution resolution) {
    StringWriter out = new StringWriter();
    write(resolution, out, false);
    return out.toString();
  }

  /** Writes the document, indented, to {@code out}, which is flushed but not closed. */
  public static void write(Resolution resolution, Writer out) {
    write(resolution, out, true);
  }

  /**
   * Writes the document to {@code out}, which is flushed but not closed: {@code indented}, each
   * element on its own line, two spaces a level, except inside the elements that hold text ({@code
   * p}, {@code num}, {@code heading}, the preface's {@code docTitle} …), whose content stays on one
   * line so that no white space is added to the text; or else compact, with no white space between
   * elements. Both have the same text content and validate alike.
   */
  public static void write(Resolution resolution, Writer out, boolean indented) {
    try {
      XMLStreamWriter xml = FACTORY.createXMLStreamWriter(out);
      if (indented) {
        xml = new IndentingXmlWriter(xml, TEXT_ELEMENTS);
      }
      xml.writeStartDocument("UTF-8", "1.0");
      xml.writeCharacters("\n");
      xml.writeStartElement("akomaNtoso");
      xml.writeDefaultNamespace(NAMESPACE);
      new AknWriter(xml, resolution, "").document();
      xml.writeEndElement();
      xml.writeCharacters("\n");
      xml.writeEndDocument();
      xml.flush();
    } catch (XMLStreamException e) {
      throw new IllegalStateException("cannot write Akoma Ntoso", e);
    }
  }

  private void document() throws XMLStreamException {
    xml.writeStartElement("doc");
    xml.writeAttribute("name", kindName());
    meta();
    preface();
    preamble();
    mainBody();
    attachments();
    xml.writeEndElement();
  }

  /** The further documents of a bundle, each a {@code doc} of its own. */
  private void attachments() throws XMLStreamException {
    if (resolution.bundled().isEmpty()) {
      return;
    }
    xml.writeStartElement("attachments");
    for (int i = 0; i < resolution.bundled().size(); i++) {
      String id = "att_" + (i + 2);
      xml.writeStartElement("attachment");
      eId(id);
      new AknWriter(xml, resolution.bundled().get(i), idPrefix + id + "__").document();
      xml.writeEndElement();
    }
    xml.writeEndElement();
  }

  private void eId(String id) throws XMLStreamException {
    xml.writeAttribute("eId", idPrefix + id);
  }

  private void meta() throws XMLStreamException {
    String work = "/akn/eu/doc/" + kindName() + "/" + date() + "/" + workNumber();
    String expression = work + "/" + language() + "@";
    xml.writeStartElement("meta");
    xml.writeStartElement("identification");
    xml.writeAttribute("source", "#" + idPrefix + "epres");
    frbr("FRBRWork", work + "/!main", work, "adoption");
    empty("FRBRcountry", "value", "eu");
    xml.writeEndElement();
    frbr("FRBRExpression", expression + "/!main", expression, "adoption");
    empty("FRBRlanguage", "language", language());
    xml.writeEndElement();
    frbr("FRBRManifestation", expression + "/!main.xml", expression + ".akn", "generation");
    xml.writeEndElement();
    xml.writeEndElement();
    legislativeOutcome();
    xml.writeStartElement("references");
    xml.writeAttribute("source", "#" + idPrefix + "epres");
    organization("ep", "/akn/ontology/organizations/eu/europeanParliament", "European Parliament");
    organization("epres", "/akn/ontology/organizations/epres", "epres");
    xml.writeEndElement();
    xml.writeEndElement();
  }

  /**
   * What a legislative resolution's paragraph 1 decides, as a keyword of epres's own dictionary:
   * {@code <keyword value="ADOPTS_POSITION" showAs="adopts position" …/>}.
   */
  private void legislativeOutcome() throws XMLStreamException {
    if (resolution.legislativeOutcome().isEmpty()) {
      return;
    }
    String outcome = resolution.legislativeOutcome().get().name();
    xml.writeStartElement("classification");
    xml.writeAttribute("source", "#" + idPrefix + "epres");
    xml.writeEmptyElement("keyword");
    xml.writeAttribute("value", outcome);
    xml.writeAttribute("showAs", outcome.toLowerCase(Locale.ROOT).replace('_', ' '));
    xml.writeAttribute("dictionary", "epres:legislativeOutcome");
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
    empty("FRBRauthor", "href", "#" + idPrefix + "ep");
  }

  private void organization(String id, String href, String showAs) throws XMLStreamException {
    xml.writeEmptyElement("TLCOrganization");
    eId(id);
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
    Optional<String> number =
        resolution
            .header()
            .flatMap(Header::documentNumber)
            .or(() -> title.procedure().map(ProcedureReference::reference));
    if (number.isPresent()) {
      xml.writeStartElement("docNumber");
      text(number.get());
      xml.writeEndElement();
    }
    xml.writeStartElement("docProponent");
    xml.writeAttribute("refersTo", "#" + idPrefix + "ep");
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
      paragraph(resolution.authorLine().get().text());
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
    eId(container);
    for (Block block : blocks) {
      xml.writeStartElement(element);
      eId(block.id());
      num(block.marker());
      Inline inline = new Inline(block);
      if (block.points().isEmpty()) {
        paragraph(inline, 0, block.text().length());
      } else {
        // Items of the preamble hold blocks only: their points become a list.
        paragraph(inline, 0, inline.lead(block.points().get(0)));
        blockList(inline, block.points());
      }
      xml.writeEndElement();
    }
    xml.writeEndElement();
  }

  private void blockList(Inline inline, List<Point> points) throws XMLStreamException {
    xml.writeStartElement("blockList");
    eId(points.get(0).id() + "__list");
    for (Point point : points) {
      xml.writeStartElement("item");
      eId(point.id());
      num(point.marker());
      paragraph(inline, inline.start(point), inline.end(point));
      if (!point.points().isEmpty()) {
        blockList(inline, point.points());
      }
      xml.writeEndElement();
    }
    xml.writeEndElement();
  }

  /** Paragraphs, grouped under the headings above them as {@code hcontainer}s. */
  private void mainBody() throws XMLStreamException {
    xml.writeStartElement("mainBody");
    if (resolution.paragraphs().isEmpty() && resolution.amendments().isEmpty()) {
      xml.writeEmptyElement("p");
    }
    String open = null;
    for (Paragraph block : resolution.paragraphs()) {
      String heading = block.heading().orElse(null);
      if (!java.util.Objects.equals(heading, open)) {
        if (open != null) {
          xml.writeEndElement();
        }
        open = heading;
        if (heading != null) {
          heading(heading);
        }
      }
      xml.writeStartElement("paragraph");
      eId(block.id());
      num(block.marker());
      Inline inline = new Inline(block);
      if (block.points().isEmpty()) {
        xml.writeStartElement("content");
        paragraph(inline, 0, block.text().length());
        xml.writeEndElement();
      } else {
        xml.writeStartElement("intro");
        paragraph(inline, 0, inline.lead(block.points().get(0)));
        xml.writeEndElement();
        points(inline, block.points());
      }
      xml.writeEndElement();
    }
    if (open != null) {
      xml.writeEndElement();
    }
    new AknAmendments(xml, idPrefix).write(resolution.amendments());
    xml.writeEndElement();
  }

  /** Opens the {@code hcontainer} of a heading; the caller closes it after its paragraphs. */
  private void heading(String id) throws XMLStreamException {
    xml.writeStartElement("hcontainer");
    eId(id);
    xml.writeAttribute("name", "crossHeading");
    for (Heading heading : resolution.headings()) {
      if (heading.id().equals(id)) {
        num(heading.marker());
        xml.writeStartElement("heading");
        text(heading.text().strip());
        xml.writeEndElement();
      }
    }
  }

  private void points(Inline inline, List<Point> points) throws XMLStreamException {
    for (Point point : points) {
      xml.writeStartElement("point");
      eId(point.id());
      num(point.marker());
      if (point.points().isEmpty()) {
        xml.writeStartElement("content");
        paragraph(inline, inline.start(point), inline.end(point));
        xml.writeEndElement();
      } else {
        xml.writeStartElement("intro");
        paragraph(inline, inline.start(point), inline.end(point));
        xml.writeEndElement();
        points(inline, point.points());
      }
      xml.writeEndElement();
    }
  }

  private void num(String marker) throws XMLStreamException {
    String num = marker.replace('\u00A0', ' ').strip();
    if (!num.isEmpty()) {
      xml.writeStartElement("num");
      text(num);
      xml.writeEndElement();
    }
  }

  /**
   * A {@code p} with the part of a block's text from {@code from} to {@code to}: dates as {@code
   * date}, references as {@code ref}, footnote markers as the {@code authorialNote} of their
   * footnote.
   */
  private void paragraph(Inline inline, int from, int to) throws XMLStreamException {
    xml.writeStartElement("p");
    inline.write(from, to);
    xml.writeEndElement();
  }

  /** The author line: plain text in a {@code p}. */
  private void paragraph(String text) throws XMLStreamException {
    xml.writeStartElement("p");
    text(text);
    xml.writeEndElement();
  }

  /** The inline elements of one block's text, nested where one lies inside another. */
  private final class Inline {
    private final String text;
    private final String blockId;
    private final int textStart;
    private final List<Mark> marks = new ArrayList<>();

    Inline(Block block) {
      text = block.text();
      blockId = block.id();
      textStart = block.span().offset() + block.marker().length();
      for (DateRef date : block.dates()) {
        marks.add(new Mark(date.offset(), date.offset() + date.text().length(), date, null, null));
      }
      for (Reference ref : block.references()) {
        marks.add(new Mark(ref.offset(), ref.offset() + ref.text().length(), null, ref, null));
      }
      for (FootnoteRef ref : block.footnoteRefs()) {
        Footnote footnote = footnote(ref.number());
        if (footnote != null) {
          marks.add(
              new Mark(ref.offset(), ref.offset() + ref.marker().length(), null, null, footnote));
        }
      }
      // By start, the longer first, so that a reference opens before a date inside it.
      marks.sort(
          java.util.Comparator.comparingInt(Mark::start)
              .thenComparing(java.util.Comparator.comparingInt(Mark::end).reversed()));
    }

    /** Where the text before a point (and its marker) ends in the block's text. */
    int lead(Point point) {
      return point.span().offset() - textStart;
    }

    /** Where a point's own text starts in the block's text. */
    int start(Point point) {
      return point.span().offset() + point.marker().length() - textStart;
    }

    int end(Point point) {
      return point.span().offset() + point.marker().length() + point.text().length() - textStart;
    }

    void write(int from, int to) throws XMLStreamException {
      int end = to;
      while (end > from && Character.isWhitespace(text.charAt(end - 1))) {
        end--;
      }
      content(from, end, null);
    }

    /**
     * The text from {@code from} to {@code to} with the marks that lie wholly within it; inside a
     * reference ({@code outer}) only dates nest.
     */
    private void content(int from, int to, Mark outer) throws XMLStreamException {
      int at = from;
      for (Mark mark : marks) {
        if (mark == outer
            || mark.start() < at
            || mark.end() > to
            || (outer != null && mark.date() == null)) {
          continue;
        }
        text(text.substring(at, mark.start()));
        open(mark);
        if (mark.footnote() != null) {
          xml.writeStartElement("p");
          text(mark.footnote().text());
          xml.writeEndElement();
        } else {
          content(mark.start(), mark.end(), mark);
        }
        xml.writeEndElement();
        at = mark.end();
      }
      text(text.substring(at, to));
    }

    private void open(Mark mark) throws XMLStreamException {
      if (mark.date() != null) {
        xml.writeStartElement("date");
        xml.writeAttribute("date", mark.date().date().toString());
      } else if (mark.ref() != null) {
        xml.writeStartElement("ref");
        xml.writeAttribute("href", href(mark.ref()));
      } else {
        xml.writeStartElement("authorialNote");
        xml.writeAttribute("marker", mark.footnote().marker().strip());
        xml.writeAttribute("placement", "bottom");
        eId(blockId + "__fn_" + mark.footnote().number() + "_" + mark.start());
      }
    }
  }

  /** One inline element: exactly one of date, ref and footnote is set. */
  private record Mark(int start, int end, DateRef date, Reference ref, Footnote footnote) {}

  private Footnote footnote(int number) {
    for (Footnote footnote : resolution.footnotes()) {
      if (footnote.number() == number) {
        return footnote;
      }
    }
    return null;
  }

  /** {@code text} with each run of what {@code other} matches made one dash, none at its ends. */
  private static String slug(String text, Pattern other) {
    return EDGE_DASHES.matcher(other.matcher(text).replaceAll("-")).replaceAll("");
  }

  /** An Akoma Ntoso-style URI for what a reference names. */
  static String href(Reference ref) {
    String value = slug(ref.value(), NOT_IN_REFERENCE_SLUG);
    return switch (ref.kind()) {
      case PROCEDURE -> "/akn/eu/procedure/" + value;
      case EP_DOCUMENT -> "/akn/eu/doc/ep/" + value;
      case COMMISSION_DOCUMENT -> "/akn/eu/doc/commission/" + value;
      case OFFICIAL_JOURNAL -> "/akn/eu/officialJournal/" + value;
      case RULES -> "/akn/eu/rulesOfProcedure/ep/" + value;
      case RESOLUTION -> "/akn/eu/doc/resolution/" + value;
    };
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

  /**
   * The EP document number in URI form (P9_TA-2021-0056), or else the procedure reference
   * (2021-2544-RSP), or "unknown".
   */
  private String workNumber() {
    return resolution
        .header()
        .flatMap(Header::documentNumber)
        .map(n -> slug(n, NOT_IN_NUMBER_SLUG))
        .or(
            () ->
                resolution
                    .title()
                    .flatMap(Title::procedure)
                    .map(p -> p.year() + "-" + p.number() + "-" + p.type()))
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
