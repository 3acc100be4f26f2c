package io.github.epres.lang;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.epres.model.DateRef;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** {@code languages/dates.txt}: dates as written in each language → ISO. */
class DateTableTest {
  private static final Path TABLE = LanguageFixturesTest.DIR.resolve("dates.txt");

  static Stream<Arguments> rows() throws IOException {
    return Files.readAllLines(TABLE, StandardCharsets.UTF_8).stream()
        .filter(line -> !line.startsWith("#") && !line.isBlank())
        .map(line -> line.split(" \\| "))
        .map(cells -> Arguments.of(cells[0], cells[1], LocalDate.parse(cells[2])));
  }

  @ParameterizedTest(name = "{0}: {1}")
  @MethodSource("rows")
  void readsTheDate(String code, String text, LocalDate expected) {
    List<DateRef> dates = LanguageProfiles.forCode(code).orElseThrow().findDates(text);
    assertThat(dates).hasSize(1);
    DateRef date = dates.get(0);
    assertThat(date.date()).isEqualTo(expected);
    assertThat(text.substring(date.offset())).startsWith(date.text());
  }

  @Test
  void everyLanguageHasAtLeastTenRowsCoveringEveryMonth() throws IOException {
    Map<String, Set<Integer>> months = new HashMap<>();
    Map<String, Integer> counts = new HashMap<>();
    rows()
        .map(Arguments::get)
        .forEach(
            row -> {
              String code = (String) row[0];
              months
                  .computeIfAbsent(code, c -> new HashSet<>())
                  .add(((LocalDate) row[2]).getMonthValue());
              counts.merge(code, 1, Integer::sum);
            });
    assertThat(months.keySet()).containsExactlyInAnyOrderElementsOf(LanguageFixturesTest.CODES);
    months.forEach((code, seen) -> assertThat(seen).as(code).hasSize(12));
    counts.forEach((code, n) -> assertThat(n).as(code).isGreaterThanOrEqualTo(10));
  }

  @Test
  void whatIsNotADateIsNotRead() {
    LanguageProfile en = LanguageProfiles.forCode("en").orElseThrow();
    assertThat(en.findDates("Rules 144(5) and 132(4), 31 February 2021, 12 Smarch 2020, 2021"))
        .isEmpty();
    assertThat(en.findDates("in 112 cases; A12 March 2020")).isEmpty();
  }
}
