package io.github.epres.akn;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assumptions.assumeThat;

import io.github.epres.GeneratedDocuments;
import io.github.epres.ResolutionParser;
import io.github.epres.Seeds;
import io.github.epres.model.Resolution;
import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;
import javax.xml.validation.Validator;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.w3c.dom.Document;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;

/** Akoma Ntoso output, validated against the OASIS schema in ../shared/reference/akn. */
public class AknWriterTest {
  private static final Path XSD =
      Path.of(
          System.getProperty("epres.shared", "../shared"), "reference", "akn", "akomantoso30.xsd");
  private static final ResolutionParser PARSER = ResolutionParser.builder().build();
  private static Schema schema;

  @BeforeAll
  static void loadSchema() throws SAXException {
    if (!Files.exists(XSD)) {
      System.err.println("AknWriterTest: " + XSD + " is absent; schema validation is skipped");
      return;
    }
    SchemaFactory factory = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
    // Offline: the schema may import files beside it, nothing from the network.
    factory.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "file");
    factory.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
    schema = factory.newSchema(XSD.toFile());
  }

  public static Stream<Path> fixtures() throws IOException {
    List<Path> files = new ArrayList<>(List.of(Seeds.REFERENCE));
    for (String dir : List.of("golden", "languages", "realworld")) {
      try (Stream<Path> list = Files.list(Path.of("src", "test", "resources", dir))) {
        list.filter(p -> p.toString().endsWith(".txt")).sorted().forEach(files::add);
      }
    }
    return files.stream();
  }

  /**
   * Indented and compact, every fixture validates, and the two hold the same text: indenting adds
   * white space only between elements, never inside one that holds text.
   */
  @ParameterizedTest(name = "{0}")
  @MethodSource("fixtures")
  void everyFixtureValidatesIndentedAndCompact(Path file) throws Exception {
    Resolution r = PARSER.parse(Files.readString(file, StandardCharsets.UTF_8));
    String indented = AknWriter.write(r);
    String compact = AknWriter.writeCompact(r);
    assertThat(textOf(indented)).isEqualTo(textOf(compact)).isNotEmpty();
    assertThat(unindented(indented)).isEqualTo(compact);
    validate(indented);
    validate(compact);
  }

  @Test
  void generatedDocumentsWithControlCharactersAndBrokenSurrogatesValidate() throws Exception {
    for (int i = 0; i < 200; i++) {
      Resolution r = PARSER.parse(GeneratedDocuments.generate(new Random(0xA4B + i)));
      String indented = AknWriter.write(r);
      assertThat(textOf(indented)).isEqualTo(textOf(AknWriter.writeCompact(r)));
      validate(indented);
    }
  }

  /** The indented form of a small document, element by element (golden: small-en.xml). */
  @Test
  void aSmallDocumentIndented() throws Exception {
    Path text = Path.of("src/test/resources/akn/small-en.txt");
    String xml = AknWriter.write(PARSER.parse(text));
    assertThat(xml)
        .isEqualTo(Files.readString(Path.of("src/test/resources/akn/small-en.xml")))
        .contains(
            "\n    <preface>\n      <p><docTitle>European Parliament resolution of 11 February"
                + " 2021")
        .contains(
            "\n          <p>having regard to <ref href=\"/akn/eu/doc/resolution/2019-03-14\">its"
                + " resolution of <date date=\"2019-03-14\">14 March 2019</date> on"
                + " Kazakhstan</ref><authorialNote marker=\"(1)\" placement=\"bottom\""
                + " eId=\"cit_1__fn_1_62\"><p>OJ C 23, 21.1.2021, p. 23.</p></authorialNote>,</p>\n")
        .endsWith("    </mainBody>\n  </doc>\n</akomaNtoso>\n");
    validate(xml);
    StringWriter out = new StringWriter();
    AknWriter.write(PARSER.parse(text), out, false);
    assertThat(out.toString()).isEqualTo(AknWriter.writeCompact(PARSER.parse(text)));
    assertThat(out.toString().lines()).hasSize(2);
  }

  @Test
  void theReferenceDocumentInAkomaNtoso() {
    Resolution r = PARSER.parse(Seeds.reference());
    String xml = AknWriter.writeCompact(r);
    assertThat(xml)
        .startsWith(
            "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<akomaNtoso xmlns=\""
                + AknWriter.NAMESPACE)
        .contains("<doc name=\"resolution\">")
        .contains("<FRBRthis value=\"/akn/eu/doc/resolution/2021-02-11/2021-2544-RSP/!main\"/>")
        .contains("<FRBRlanguage language=\"lav\"/>")
        .contains("<docDate date=\"2021-02-11\">")
        .contains("<docNumber>2021/2544(RSP)</docNumber>")
        .contains("<formula name=\"authorLine\"><p>Eiropas Parlaments,</p></formula>")
        .contains(
            "<citation eId=\"cit_1\"><num>–</num><p>ņemot vērā <ref href=\"/akn/eu/doc/resolution/2019-03-14\"><date date=\"2019-03-14\">2019. gada 14. marta</date> rezolūciju par cilvēktiesību stāvokli Kazahstānā</ref>(1) un")
        .contains("<recital eId=\"rec_W\"><num>W.</num>")
        .contains("<paragraph eId=\"para_27\"><num>27.</num><content><p>uzdod priekšsēdētājam");
    assertThat(xml.split("<citation ", -1)).hasSize(12);
    assertThat(xml.split("<recital ", -1)).hasSize(24);
    assertThat(xml.split("<paragraph ", -1)).hasSize(28);
  }

  @Test
  void pointsHeadingsFootnotesAndReferencesInAkomaNtoso() throws Exception {
    String text = Files.readString(Path.of("src/test/resources/realworld/copied-en.txt"));
    String xml = AknWriter.writeCompact(PARSER.parse(text));
    validate(xml);
    assertThat(xml)
        .contains("<docNumber>P9_TA(2021)0056</docNumber>")
        .contains("<FRBRthis value=\"/akn/eu/doc/resolution/2021-02-11/P9_TA-2021-0056/!main\"/>")
        .contains(
            "<hcontainer eId=\"hdg_1\" name=\"crossHeading\"><heading>General observations</heading>"
                + "<paragraph eId=\"para_1\">")
        .contains(
            "<paragraph eId=\"para_2\"><num>2.</num><intro><p>Calls on the Commission and the"
                + " Member States to:</p></intro><point eId=\"para_2__point_a\"><num>(a)</num>"
                + "<content><p>support civil society;</p></content></point>")
        .contains(
            "<point eId=\"para_2__point_b\"><num>(b)</num><intro><p>monitor the trials of:</p>"
                + "</intro><point eId=\"para_2__point_b__point_i\">")
        .contains(
            "Kazakhstan</ref> <authorialNote marker=\"(1)\" placement=\"bottom\" eId=\"cit_1__fn_1_93\">"
                + "<p>OJ C 23, 21.1.2021, p. 23.</p></authorialNote>")
        .contains(
            "<ref href=\"/akn/eu/doc/resolution/2019-03-14\">its resolution of <date"
                + " date=\"2019-03-14\">14 March 2019</date> on the human rights situation in"
                + " Kazakhstan</ref>")
        .contains(
            "<ref href=\"/akn/eu/rulesOfProcedure/ep/144-5-132-4\">Rules 144(5) and 132(4)</ref>");
  }

  @Test
  void aBundleWritesItsFurtherDocumentsAsAttachments() throws Exception {
    String text = Files.readString(Path.of("src/test/resources/realworld/bundled-en.txt"));
    String xml = AknWriter.writeCompact(PARSER.parse(text));
    validate(xml);
    assertThat(xml)
        .contains("<doc name=\"decision\">")
        .contains("<attachments><attachment eId=\"att_2\"><doc name=\"resolution\">")
        .contains("<recital eId=\"att_2__rec_A\">");
  }

  @Test
  void theJointMotionPageValidates() throws Exception {
    Path page =
        Path.of(
            System.getProperty("epres.shared", "../shared"), "corpus/en/RC-10-2025-0249_EN.html");
    assumeThat(Files.exists(page)).as("the corpus in ../shared").isTrue();
    String xml = AknWriter.write(PARSER.parseHtml(Files.readString(page)));
    validate(xml);
    assertThat(xml).contains("<docNumber>RC-B10-0249/2025</docNumber>");
  }

  /** Amendments: one hcontainer each, the two columns as a table; an amendments-only text too. */
  @Test
  void amendmentsAreTablesAfterTheParagraphs() throws Exception {
    Resolution report =
        PARSER.parse(Path.of("src/test/resources/amendments/legislative-report-en.txt"));
    String xml = AknWriter.writeCompact(report);
    assertThat(xml)
        .contains(
            "<hcontainer eId=\"am_1\" name=\"amendment\"><num>1</num><heading>Proposal for a"
                + " regulation – Recital 1</heading><content><table><tr><th><p>Text proposed by the"
                + " Commission</p></th><th><p>Amendment</p></th></tr><tr><td><p>(1) Toys must be"
                + " safe.</p></td>");
    String adopted =
        "Amendments adopted by the European Parliament on 10 March 2021 on toys\n"
            + "Amendment 1\nRecital 1\nText proposed by the Commission\tAmendment\n"
            + "\t(1) New.\nAmendment 2\nRecital 2\nText proposed by the Commission Amendment\n";
    String only = AknWriter.writeCompact(PARSER.parse(adopted));
    assertThat(only).contains("<td><p></p></td><td><p>(1) New.</p></td>", "eId=\"am_2\"");
    // Last: without ../shared the schema is absent and the validation is skipped.
    validate(xml);
    validate(only);
  }

  /** What a legislative resolution decides is a keyword of the document; other texts have none. */
  @Test
  void theLegislativeOutcomeIsAKeyword() throws Exception {
    String xml =
        AknWriter.writeCompact(
            PARSER.parse(Path.of("src/test/resources/amendments/legislative-report-en.txt")));
    validate(xml);
    assertThat(xml)
        .contains(
            "</identification><classification source=\"#epres\"><keyword"
                + " value=\"ADOPTS_POSITION\" showAs=\"adopts position\""
                + " dictionary=\"epres:legislativeOutcome\"/></classification><references");
    assertThat(AknWriter.writeCompact(PARSER.parse(Seeds.reference())))
        .doesNotContain("<classification");
  }

  @Test
  void theValidatorRejectsWhatTheSchemaForbids() {
    assumeThat(schema).as("the Akoma Ntoso schema in ../shared").isNotNull();
    String xml = AknWriter.write(PARSER.parse(Seeds.reference()));
    String duplicateId = xml.replace("eId=\"cit_2\"", "eId=\"cit_1\"");
    assertThatThrownBy(() -> validate(duplicateId)).isInstanceOf(SAXException.class);
    String noMeta = xml.replaceAll("(?s)<meta>.*</meta>", "");
    assertThatThrownBy(() -> validate(noMeta)).isInstanceOf(SAXException.class);
  }

  @Test
  void markupAndIllegalCharactersAreEscaped() {
    String xml =
        AknWriter.write(
            PARSER.parse("T\nA,\n- a <b> & \"c\" ]]> \u0007 \uD800 \uD83D\uDE00,\n1. x"));
    assertThat(xml).contains("a &lt;b&gt; &amp; \"c\" ]]&gt; \uFFFD \uFFFD \uD83D\uDE00,");
  }

  private static void validate(String xml) throws Exception {
    assumeThat(schema).as("the Akoma Ntoso schema in ../shared").isNotNull();
    Validator validator = schema.newValidator();
    validator.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
    validator.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
    validator.validate(new StreamSource(new StringReader(xml)));
  }

  /**
   * The compact form of indented output: the white space indenting adds, before a tag, taken out.
   */
  private static String unindented(String xml) {
    return INDENTATION.matcher(xml).replaceAll("<");
  }

  private static final java.util.regex.Pattern INDENTATION =
      java.util.regex.Pattern.compile("(?<=[^?]>)\n *<");

  /** The text of every element that holds text, in document order. */
  private static List<String> textOf(String xml) throws Exception {
    DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
    factory.setNamespaceAware(true);
    Document doc = factory.newDocumentBuilder().parse(new InputSource(new StringReader(xml)));
    List<String> texts = new ArrayList<>();
    for (String name : List.of("p", "num", "heading", "docTitle", "docNumber")) {
      NodeList nodes = doc.getElementsByTagNameNS(AknWriter.NAMESPACE, name);
      for (int i = 0; i < nodes.getLength(); i++) {
        texts.add(name + ": " + nodes.item(i).getTextContent());
      }
    }
    return texts;
  }
}
