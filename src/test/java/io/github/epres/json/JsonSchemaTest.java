package io.github.epres.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import io.github.epres.GeneratedDocuments;
import io.github.epres.ResolutionParser;
import io.github.epres.akn.AknWriterTest;
import io.github.epres.model.Resolution;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The JSON of every fixture (and of generated documents) validates against the shipped schema. */
class JsonSchemaTest {
  private static final ObjectMapper MAPPER = new ObjectMapper();
  private static final ResolutionParser PARSER = ResolutionParser.builder().build();
  private static JsonSchema schema;
  private static JsonNode schemaNode;

  @BeforeAll
  static void load() throws Exception {
    try (InputStream in =
        ResolutionJson.class.getResourceAsStream(ResolutionJson.SCHEMA_RESOURCE)) {
      schemaNode = MAPPER.readTree(in);
    }
    schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(schemaNode);
  }

  static java.util.stream.Stream<Path> fixtures() throws Exception {
    return AknWriterTest.fixtures();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("fixtures")
  void everyFixtureValidates(Path file) throws Exception {
    String json =
        ResolutionJson.write(PARSER.parse(Files.readString(file, StandardCharsets.UTF_8)));
    assertThat(errors(json)).isEmpty();
  }

  /** The header of an EUR-Lex copy: CELEX number and Official Journal. */
  @Test
  void anEurLexHeaderValidates() throws Exception {
    String copy =
        String.join(
            "\n",
            "Document 52021IP0056",
            "OJ C 465, 17.11.2021, p. 129–133",
            "17.11.2021 | EN | Official Journal of the European Union | C 465/129 |",
            "P9_TA(2021)0056",
            "European Parliament resolution of 11 February 2021 on the human rights situation in"
                + " Kazakhstan (2021/2544(RSP))",
            "(2021/C 465/09)",
            "The European Parliament,",
            "having regard to its previous resolutions,",
            "1. Calls on the Commission to act.");
    Resolution r = PARSER.parse(copy);
    assertThat(r.header().orElseThrow().officialJournal()).isPresent();
    String json = ResolutionJson.write(r);
    assertThat(errors(json)).isEmpty();
    assertThat(ResolutionJson.read(json)).isEqualTo(r);
  }

  /** A report with amendments: their rows, target and justification. */
  @Test
  void amendmentsValidate() throws Exception {
    Resolution r = PARSER.parse(Path.of("src/test/resources/amendments/legislative-report-en.txt"));
    assertThat(r.amendments()).hasSize(4);
    String json = ResolutionJson.write(r);
    assertThat(errors(json)).isEmpty();
    assertThat(errors(json.replace("\"id\" : \"am_1\"", "\"id\" : \"x\""))).isNotEmpty();
  }

  @Test
  void generatedDocumentsValidate() throws Exception {
    for (int i = 0; i < 300; i++) {
      String json =
          ResolutionJson.writeCompact(
              PARSER.parse(GeneratedDocuments.generate(new Random(0x5C + i))));
      assertThat(errors(json)).as("document %d", i).isEmpty();
    }
  }

  @Test
  void theSchemaVersionIsTheWritersAndShapeErrorsAreCaught() throws Exception {
    assertThat(schemaNode.at("/$defs/resolution/properties/schemaVersion/const").asText())
        .isEqualTo(ResolutionJson.SCHEMA_VERSION);
    String json = ResolutionJson.write(PARSER.parse("T\nA,\n- x,\n1. y"));
    assertThat(errors(json.replace("\"eol\" : \"\"", "\"eol\" : \"x\""))).isNotEmpty();
    assertThat(errors(json.replace("\"number\" : 1,", "\"number\" : 0,"))).isNotEmpty();
    assertThat(
            errors(
                json.replace("\"schemaVersion\" : \"" + ResolutionJson.SCHEMA_VERSION + "\",", "")))
        .isNotEmpty();
    assertThat(errors(json.replace("\"language\"", "\"unknownField\" : 1, \"language\"")))
        .isNotEmpty();
  }

  private static Set<ValidationMessage> errors(String json) throws Exception {
    return schema.validate(MAPPER.readTree(json));
  }
}
