package io.github.epres.lang;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.epres.model.Action;
import io.github.epres.model.Addressee;
import io.github.epres.model.LegislativeOutcome;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Which keys a profile file may have: a table of lines and what reading them gives. */
class ProfileKeysTest {
  private static final String MINIMAL =
      "code = xx\nname = X\nauthorLines = X,\ncitationOpeners = x\ntitlePattern = {kind}\n"
          + "datePattern.1 = (?<day>\\\\d+) (?<month>\\\\p{L}+) (?<year>\\\\d{4})\n"
          + "month.1 = a\nmonth.2 = b\nmonth.3 = c\nmonth.4 = d\nmonth.5 = e\nmonth.6 = f\n"
          + "month.7 = g\nmonth.8 = h\nmonth.9 = i\nmonth.10 = j\nmonth.11 = k\nmonth.12 = l\n";

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '→',
      value = {
        "colour = blue                     → unknown language profile key colour",
        "kind.motion = x                   → unknown language profile key kind.motion",
        "action. = x                       → unknown language profile key action.",
        "action.APPLAUDS = x               → unknown language profile key action.APPLAUDS",
        "addressee.PRESS = x               → unknown language profile key addressee.PRESS",
        "outcome.WITHDRAWS = x             → unknown language profile key outcome.WITHDRAWS",
        "voteLabel.annex = x               → unknown language profile key voteLabel.annex",
        "voteSubject.during = x            → unknown language profile key voteSubject.during",
        "datePattern.2a = x                → unknown language profile key datePattern.2a",
        "month.x = a                       → unknown language profile key month.x",
      })
  void rejectsAKeyItDoesNotKnow(String line, String message) {
    assertThatThrownBy(() -> read(MINIMAL + line + "\n"))
        .isInstanceOf(IOException.class)
        .hasMessage(message);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '→',
      value = {
        "action.CALLS_ON = calls on | urges → CALLS_ON",
        "addressee.COMMISSION = Commission  → COMMISSION",
        "outcome.ADOPTS_POSITION = a | b    → ADOPTS_POSITION",
        "voteLabel.recital = Recital {n}     → recital",
        "voteSubject.after = after | à      → after",
      })
  void readsAKeyedValue(String line, String name) throws Exception {
    LanguageProfile profile = read(MINIMAL + line + "\n");
    String value = line.substring(line.indexOf('=') + 1).strip();
    List<String> items = List.of(value.split(" \\| "));
    switch (line.substring(0, line.indexOf('.'))) {
      case "action" ->
          assertThat(profile.actionPhrases()).containsEntry(Action.valueOf(name), items);
      case "addressee" ->
          assertThat(profile.addresseeWords()).containsEntry(Addressee.Kind.valueOf(name), items);
      case "outcome" ->
          assertThat(profile.outcomePhrases())
              .containsEntry(LegislativeOutcome.valueOf(name), items);
      case "voteLabel" -> assertThat(profile.voteLabels()).containsEntry(name, value);
      default -> assertThat(profile.voteSubjects()).containsEntry(name, items);
    }
  }

  private static LanguageProfile read(String properties) throws IOException {
    return LanguageProfiles.read(
        new ByteArrayInputStream(properties.getBytes(StandardCharsets.UTF_8)));
  }
}
