package io.github.epres.lang;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
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
   * The profiles by code, from the lines of their files that the build compiles into {@link
   * ProfileLines} (a fresh JVM's first resource lookup alone would cost more than reading them),
   * each profile from its {@code code} line on.
   */
  static Map<String, LanguageProfile> readAll() {
    Map<String, LanguageProfile> profiles = new HashMap<>();
    StringBuilder profile = new StringBuilder();
    for (String line : ProfileLines.LINES) {
      if (line.startsWith("code") && isKeyEnd(line, 4) && profile.length() > 0) {
        add(profile, profiles);
      }
      profile.append(line).append('\n');
    }
    add(profile, profiles);
    return profiles;
  }

  private static void add(StringBuilder text, Map<String, LanguageProfile> profiles) {
    try {
      LanguageProfile profile = ProfileReader.read(new StringReader(text.toString()));
      profiles.put(profile.code(), profile);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read a built-in language profile", e);
    }
    text.setLength(0);
  }

  /** Whether only spaces stand between {@code at} and an '=' or ':' (the end of a key). */
  private static boolean isKeyEnd(String text, int at) {
    int i = at;
    while (i < text.length() && text.charAt(i) == ' ') {
      i++;
    }
    return i < text.length() && (text.charAt(i) == '=' || text.charAt(i) == ':');
  }
}
