package io.github.epres.internal.semantics;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.epres.lang.LanguageProfiles;
import io.github.epres.model.Reference;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The reference table (src/test/resources/semantics/references.txt): text → typed references. */
class ReferenceFinderTest {
  static Stream<Arguments> rows() throws IOException {
    List<Arguments> rows = new ArrayList<>();
    for (String line :
        Files.readAllLines(
            Path.of("src/test/resources/semantics/references.txt"), StandardCharsets.UTF_8)) {
      if (!line.startsWith("#") && !line.isBlank()) {
        String[] cells = line.split("\t");
        rows.add(Arguments.of(cells[0], cells[1], cells[2]));
      }
    }
    assertThat(rows).hasSizeGreaterThanOrEqualTo(40);
    return rows.stream();
  }

  @ParameterizedTest(name = "{0} {1}")
  @MethodSource("rows")
  void readsTheTypedReference(String language, String text, String expected) {
    ReferenceFinder finder = new ReferenceFinder(LanguageProfiles.forCode(language).orElseThrow());
    List<String> found = new ArrayList<>();
    for (Reference r : finder.find(text)) {
      found.add(
          r.kind()
              + " "
              + r.value()
              + r.date().map(d -> " " + d).orElse("")
              + (r.fields().containsKey("topic")
                  ? " {topic=" + r.fields().get("topic") + "}"
                  : ""));
      assertThat(text.substring(r.offset())).startsWith(r.text());
    }
    assertThat(String.join(" ; ", found)).isEqualTo(expected);
  }
}
