package io.github.epres.lang;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The built-in language profiles, read once from the resources beside this class. */
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

  /**
   * The build writes the profiles also into one resource, {@value #ALL_PROFILES}, each starting at
   * its {@code code} line: a fresh JVM reads it in a third of the time 24 resources take. Where it
   * is absent (classes compiled by an IDE), the profiles are read one by one.
   */
  static final String ALL_PROFILES = "all-profiles.txt";

  private static List<LanguageProfile> load(List<String> codes) {
    Map<String, LanguageProfile> byCode = readAll();
    List<LanguageProfile> profiles = new ArrayList<>();
    for (String code : codes) {
      LanguageProfile profile = byCode.get(code);
      profiles.add(profile != null ? profile : load(code));
    }
    return List.copyOf(profiles);
  }

  /** The profiles of {@value #ALL_PROFILES} by code; empty when there is no such resource. */
  static Map<String, LanguageProfile> readAll() {
    Map<String, LanguageProfile> profiles = new HashMap<>();
    String all;
    try (InputStream in = LanguageProfiles.class.getResourceAsStream(ALL_PROFILES)) {
      if (in == null) {
        return profiles;
      }
      all = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + ALL_PROFILES, e);
    }
    List<Integer> starts = new ArrayList<>();
    for (int line = 0; line < all.length(); line = nextLine(all, line)) {
      if (all.startsWith("code", line) && isKeyEnd(all, line + 4)) {
        starts.add(line);
      }
    }
    for (int i = 0; i < starts.size(); i++) {
      int end = i + 1 < starts.size() ? starts.get(i + 1) : all.length();
      try {
        LanguageProfile profile =
            ProfileReader.read(new StringReader(all.substring(starts.get(i), end)));
        profiles.put(profile.code(), profile);
      } catch (IOException e) {
        throw new UncheckedIOException("cannot read a profile of " + ALL_PROFILES, e);
      }
    }
    return profiles;
  }

  private static int nextLine(String text, int from) {
    int newline = text.indexOf('\n', from);
    return newline < 0 ? text.length() : newline + 1;
  }

  /** Whether only spaces stand between {@code at} and an '=' or ':' (the end of a key). */
  private static boolean isKeyEnd(String text, int at) {
    int i = at;
    while (i < text.length() && text.charAt(i) == ' ') {
      i++;
    }
    return i < text.length() && (text.charAt(i) == '=' || text.charAt(i) == ':');
  }

  private static LanguageProfile load(String code) {
    String resource = code + ".properties";
    try (InputStream in = LanguageProfiles.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("missing language profile resource " + resource);
      }
      return read(in);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read language profile " + resource, e);
    }
  }
}
