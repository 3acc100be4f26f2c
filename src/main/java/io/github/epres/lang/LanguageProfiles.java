package io.github.epres.lang;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
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

  private static List<LanguageProfile> load(List<String> codes) {
    List<LanguageProfile> profiles = new ArrayList<>();
    for (String code : codes) {
      profiles.add(load(code));
    }
    return List.copyOf(profiles);
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
