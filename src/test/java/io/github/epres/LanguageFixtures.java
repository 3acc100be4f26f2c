package io.github.epres;

import io.github.epres.lang.LanguageProfile;
import io.github.epres.lang.LanguageProfiles;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * The same resolution in all 24 official languages, {@code src/test/resources/languages/xx.txt}
 * (checked by {@code lang/LanguageFixturesTest}), for tests that build other layouts from it.
 */
public final class LanguageFixtures {
  public static final Path DIR = Path.of("src", "test", "resources", "languages");

  private LanguageFixtures() {}

  /** The fixture of a language, a line each. */
  public static List<String> lines(String code) {
    try {
      return Files.readAllLines(DIR.resolve(code + ".txt"), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The codes of the built-in profiles, each of which has a fixture. */
  public static Stream<String> codes() {
    return LanguageProfiles.builtIn().stream().map(LanguageProfile::code);
  }
}
