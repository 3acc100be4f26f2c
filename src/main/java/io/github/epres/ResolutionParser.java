package io.github.epres;

import io.github.epres.internal.DocumentReader;
import io.github.epres.lang.LanguageProfile;
import io.github.epres.lang.LanguageProfiles;
import io.github.epres.model.Diagnostic;
import io.github.epres.model.Resolution;
import io.github.epres.model.Severity;
import java.io.IOException;
import java.io.Reader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Parses European Parliament resolutions into {@link Resolution}s.
 *
 * <pre>{@code
 * ResolutionParser parser = ResolutionParser.builder().strict(true).build();
 * Resolution resolution = parser.parse(Path.of("TA-9-2021-0056_LV.txt"));
 * }</pre>
 *
 * <p>A parser is immutable and thread-safe: build one and share it.
 *
 * <p>In lenient mode (the default) parsing never fails on malformed text: what does not fit the
 * layout of a resolution is kept in the model and reported in {@link Resolution#diagnostics()}. In
 * strict mode the first {@link Severity#ERROR error} is thrown as a {@link
 * ResolutionParseException}.
 */
public final class ResolutionParser {
  private final boolean strict;
  private final List<LanguageProfile> profiles;
  private final LanguageProfile language;

  private ResolutionParser(Builder builder) {
    this.strict = builder.strict;
    this.profiles = List.copyOf(builder.profiles);
    this.language = builder.language == null ? null : profile(builder.language, profiles);
  }

  private static LanguageProfile profile(String code, List<LanguageProfile> profiles) {
    for (LanguageProfile profile : profiles) {
      if (profile.code().equals(code)) {
        return profile;
      }
    }
    throw new IllegalArgumentException("no language profile for " + code);
  }

  public static Builder builder() {
    return new Builder();
  }

  /** Parses a document held in a string. */
  public Resolution parse(String text) {
    Resolution resolution = DocumentReader.read(text, profiles, language);
    if (strict) {
      for (Diagnostic diagnostic : resolution.diagnostics()) {
        if (diagnostic.severity() == Severity.ERROR) {
          String source = text.startsWith("\uFEFF") ? text.substring(1) : text;
          throw new ResolutionParseException(diagnostic, source);
        }
      }
    }
    return resolution;
  }

  /** Parses a UTF-8 file. */
  public Resolution parse(Path path) throws IOException {
    return parse(Files.readString(path, StandardCharsets.UTF_8));
  }

  /** Parses everything a reader gives. The reader is not closed. */
  public Resolution parse(Reader reader) throws IOException {
    StringWriter text = new StringWriter();
    reader.transferTo(text);
    return parse(text.toString());
  }

  /** Configures a {@link ResolutionParser}. Not thread-safe; the parser it builds is. */
  public static final class Builder {
    private boolean strict;
    private final List<LanguageProfile> profiles = new ArrayList<>(LanguageProfiles.builtIn());
    private String language;

    private Builder() {}

    /** Strict parsing throws {@link ResolutionParseException} at the first error. */
    public Builder strict(boolean strict) {
      this.strict = strict;
      return this;
    }

    /** Uses the profile of this ISO 639-1 code instead of detecting the language. */
    public Builder language(String code) {
      this.language = code;
      return this;
    }

    /** Adds a language profile, or replaces the built-in one with the same code. */
    public Builder profile(LanguageProfile profile) {
      profiles.removeIf(p -> p.code().equals(profile.code()));
      profiles.add(profile);
      return this;
    }

    /**
     * @throws IllegalArgumentException if {@link #language} names a language without a profile
     */
    public ResolutionParser build() {
      return new ResolutionParser(this);
    }
  }
}
