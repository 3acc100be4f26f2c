package io.github.epres;

import io.github.epres.internal.DocumentReader;
import io.github.epres.internal.input.Decoding;
import io.github.epres.internal.input.html.HtmlText;
import io.github.epres.lang.LanguageProfile;
import io.github.epres.lang.LanguageProfiles;
import io.github.epres.model.Diagnostic;
import io.github.epres.model.DiagnosticCode;
import io.github.epres.model.Resolution;
import io.github.epres.model.Severity;
import io.github.epres.model.Span;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

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
  private final ParseLimits limits;
  private final boolean semantics;

  private ResolutionParser(Builder builder) {
    this.semantics = builder.semantics;
    this.strict = builder.strict;
    this.profiles = List.copyOf(builder.profiles);
    this.language = builder.language == null ? null : profile(builder.language, profiles);
    this.limits = builder.limits;
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
    return checked(DocumentReader.read(text, profiles, language, limits, semantics), text);
  }

  /**
   * Parses a file: UTF-8, or UTF-16 when a byte-order mark says so. Bytes that are not valid in
   * that encoding are an {@code INVALID_ENCODING} error at the first of them (strict parsing throws
   * it; lenient parsing reads them as U+FFFD and reports it).
   */
  public Resolution parse(Path path) throws IOException {
    return parse(Files.readAllBytes(path));
  }

  /** Parses everything a stream gives, decoded as for {@link #parse(Path)}. Not closed. */
  public Resolution parse(InputStream in) throws IOException {
    return parse(in.readAllBytes());
  }

  private Resolution parse(byte[] bytes) {
    Decoding.Decoded decoded = Decoding.decode(bytes);
    if (decoded.badByte() < 0) {
      return parse(decoded.text());
    }
    String text = decoded.text();
    Resolution parsed = DocumentReader.read(text, profiles, language, limits, semantics);
    int at = text.indexOf('\uFFFD') - (parsed.byteOrderMark() ? 1 : 0);
    Diagnostic bad =
        Diagnostic.of(
            DiagnosticCode.INVALID_ENCODING,
            "invalid "
                + decoded.charset().name()
                + " at byte "
                + decoded.badByte()
                + " (is the file in another encoding, such as Windows-1257?); read as U+FFFD",
            position(text, Math.max(at, 0), parsed.byteOrderMark()));
    List<Diagnostic> diagnostics = new ArrayList<>(parsed.diagnostics());
    diagnostics.add(0, bad);
    return checked(Resolution.builder().from(parsed).diagnostics(diagnostics).build(), text);
  }

  /** In strict mode, throws the first error. */
  private Resolution checked(Resolution resolution, String text) {
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

  /** The span of the character at {@code offset} (after any byte-order mark). */
  private static Span position(String text, int offset, boolean bom) {
    String body = bom ? text.substring(1) : text;
    int line = 1;
    int lineStart = 0;
    for (int i = 0; i < offset && i < body.length(); i++) {
      char c = body.charAt(i);
      if (c == '\n' || (c == '\r' && (i + 1 >= body.length() || body.charAt(i + 1) != '\n'))) {
        line++;
        lineStart = i + 1;
      }
    }
    return Span.of(line, offset - lineStart + 1, offset, 1);
  }

  /**
   * Parses an EP web page (a doceo page of a text adopted, a motion, a joint motion or a report):
   * the page is first turned into text, one line per block ({@link #htmlText(String)}), and the
   * model's spans are positions in that text. Nothing is fetched and no external entity is read.
   */
  public Resolution parseHtml(String html) {
    if (html.length() > limits.maxInputLength()) {
      return parse(html);
    }
    return parse(HtmlText.of(html));
  }

  /** Parses an EP web page read from a file (UTF-8, or as the page's byte-order mark says). */
  public Resolution parseHtml(Path path) throws IOException {
    Decoding.Decoded decoded = Decoding.decode(Files.readAllBytes(path));
    return parseHtml(decoded.text());
  }

  /**
   * The text an EP web page is parsed as: the document number from the page title, the header and
   * the body, one line per paragraph; menus, buttons and footers left out.
   */
  public static String htmlText(String html) {
    return HtmlText.of(html);
  }

  /** Whether a text looks like an HTML page rather than a resolution's text. */
  public static boolean looksLikeHtml(String text) {
    String start = text.stripLeading();
    start = start.startsWith("\uFEFF") ? start.substring(1).stripLeading() : start;
    String head = start.substring(0, Math.min(start.length(), 100)).toLowerCase(Locale.ROOT);
    return head.startsWith("<!doctype html") || head.startsWith("<html");
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
    private ParseLimits limits = ParseLimits.DEFAULT;
    private boolean semantics = true;

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

    /**
     * Whether to read what the text says — clauses with their actions and addressees, and typed
     * references — besides its layout (default true). Without it, blocks have empty {@code
     * clauses()} and {@code references()}, and parsing is about three times faster.
     */
    public Builder semantics(boolean semantics) {
      this.semantics = semantics;
      return this;
    }

    /** Bounds on input size; see {@link ParseLimits#DEFAULT}. */
    public Builder limits(ParseLimits limits) {
      this.limits = limits;
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
