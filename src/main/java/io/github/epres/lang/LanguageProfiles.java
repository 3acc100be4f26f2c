package io.github.epres.lang;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The built-in language profiles, read once from the properties files beside this class, which the
 * build compiles into the class {@code ProfileLines}.
 */
public final class LanguageProfiles {
  /** The codes of the built-in profiles, in the order detection prefers them on a tie. */
  private static final List<String> CODES =
      List.of(
          "bg", "cs", "da", "de", "el", "en", "es", "et", "fi", "fr", "ga", "hr", "hu", "it", "lt",
          "lv", "mt", "nl", "pl", "pt", "ro", "sk", "sl", "sv");

  private static final List<LanguageProfile> BUILT_IN = load(CODES);

  private LanguageProfiles() {}

  /** Every built-in profile. */
  public static List<LanguageProfile> builtIn() {
    return BUILT_IN;
  }

  /** The built-in profile for an ISO 639-1 code. */
  public static Optional<LanguageProfile> forCode(String code) {
    return BUILT_IN.stream().filter(p -> p.code().equals(code)).findFirst();
  }

  /** Reads a profile in the format of the built-in {@code <code>.properties} files (UTF-8). */
  public static LanguageProfile read(InputStream properties) throws IOException {
    return ProfileReader.read(properties);
  }

  private static List<LanguageProfile> load(List<String> codes) {
    Map<String, LanguageProfile> byCode = readAll();
    List<LanguageProfile> profiles = new ArrayList<>();
    for (String code : codes) {
      LanguageProfile profile = byCode.get(code);
      if (profile == null) {
        throw new IllegalStateException("no built-in language profile " + code);
      }
      profiles.add(profile);
    }
    return List.copyOf(profiles);
  }

  /**
   * The profiles by code, from the keys and values of their files that the build compiles into
   * {@link ProfileLines} (a fresh JVM's first resource lookup alone would cost more than reading
   * them), each profile from its {@code code} key on. The values are unescaped already and the
   * lines split at their {@code " = "}, so nothing but a map is filled on the first parse; {@code
   * BuiltInProfilesTest} checks that each profile equals the one read from its file.
   */
  static Map<String, LanguageProfile> readAll() {
    Map<String, LanguageProfile> profiles = new HashMap<>();
    Map<String, String> profile = new HashMap<>();
    String[] keysAndValues = ProfileLines.KEYS_AND_VALUES;
    if (keysAndValues.length % 2 != 0) {
      throw new IllegalStateException("a built-in profile line is not key = value");
    }
    for (int i = 0; i < keysAndValues.length; i += 2) {
      String key = keysAndValues[i];
      if (key.equals("code") && !profile.isEmpty()) {
        add(profile, profiles);
      }
      profile.put(key, keysAndValues[i + 1]);
    }
    add(profile, profiles);
    return profiles;
  }

  private static void add(Map<String, String> keys, Map<String, LanguageProfile> profiles) {
    try {
      LanguageProfile profile = ProfileReader.read(keys);
      profiles.put(profile.code(), profile);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read a built-in language profile", e);
    }
    keys.clear();
  }
}
