package io.github.epres.internal;

import io.github.epres.ParseLimits;
import io.github.epres.internal.antlr.LayoutParser;
import io.github.epres.internal.detect.LanguageDetector;
import io.github.epres.internal.layout.DocumentSplitter;
import io.github.epres.internal.layout.ModelBuilder;
import io.github.epres.internal.lines.LineTokenSource;
import io.github.epres.internal.lines.SourceLine;
import io.github.epres.internal.util.Diagnostics;
import io.github.epres.lang.LanguageProfile;
import io.github.epres.model.Diagnostic;
import io.github.epres.model.DiagnosticCode;
import io.github.epres.model.OtherLine;
import io.github.epres.model.Resolution;
import io.github.epres.model.Span;
import java.util.ArrayList;
import java.util.List;
import org.antlr.v4.runtime.BailErrorStrategy;
import org.antlr.v4.runtime.BaseErrorListener;
import org.antlr.v4.runtime.CommonTokenStream;
import org.antlr.v4.runtime.DefaultErrorStrategy;
import org.antlr.v4.runtime.ListTokenSource;
import org.antlr.v4.runtime.RecognitionException;
import org.antlr.v4.runtime.Recognizer;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.atn.PredictionMode;
import org.antlr.v4.runtime.misc.ParseCancellationException;

/**
 * The parsing pipeline: cut the text into line tokens ({@link LineTokenSource}, the fast equivalent
 * of the grammar's lexer), parse them with the layout grammar, choose the language profile and
 * build the model. Stateless; one call per document.
 */
public final class DocumentReader {
  private DocumentReader() {}

  /**
   * Reads a document.
   *
   * @param input the text, possibly starting with a byte-order mark
   * @param profiles the profiles to detect the language from
   * @param explicit the profile to use without detection, or null to detect the language
   */
  public static Resolution read(
      String input,
      List<LanguageProfile> profiles,
      LanguageProfile explicit,
      ParseLimits limits,
      boolean semantics) {
    boolean bom = input.startsWith("\uFEFF");
    String text = bom ? input.substring(1) : input;
    if (text.length() > limits.maxInputLength()) {
      return whole(
          text,
          bom,
          "input of "
              + text.length()
              + " characters exceeds the limit of "
              + limits.maxInputLength()
              + " (maxInputLength)");
    }
    if (exceedsLines(text, limits.maxLines())) {
      return whole(
          text, bom, "input exceeds the limit of " + limits.maxLines() + " lines (maxLines)");
    }

    Diagnostics diagnostics = new Diagnostics();
    CommonTokenStream tokens = new CommonTokenStream(new LineTokenSource(text));
    tokens.fill();
    List<SourceLine> lines = sourceLines(text, tokens.getTokens());

    Resolution.Builder resolution = Resolution.builder().byteOrderMark(bom);
    LanguageProfile profile = explicit;
    double confidence = 1.0;
    if (explicit != null) {
      resolution.language(explicit.code()).languageConfidence(1.0);
    } else {
      LanguageDetector.Detection detection =
          LanguageDetector.detect(lines, profiles, limits.maxLineLength());
      profile = detection.profile();
      confidence = detection.confidence();
      resolution
          .language(profile == null ? "und" : profile.code())
          .languageConfidence(detection.confidence());
      if (profile == null && !text.isBlank()) {
        diagnostics.report(
            DiagnosticCode.UNKNOWN_LANGUAGE,
            "no language profile matches; the text is read by its layout only",
            Span.of(1, 1, 0, 0));
      }
    }
    List<Integer> starts = DocumentSplitter.starts(lines, profile);
    if (starts.size() == 1) {
      LayoutParser.DocumentContext tree = parse(tokens, diagnostics);
      return ModelBuilder.build(tree, lines, profile, resolution, diagnostics, limits, semantics);
    }
    // A bundle: each document is parsed over its own lines; all diagnostics go to the first.
    Resolution.Builder first = resolution;
    List<Resolution> parts = new ArrayList<>();
    for (int i = 0; i < starts.size(); i++) {
      int from = starts.get(i);
      int to = i + 1 < starts.size() ? starts.get(i + 1) : lines.size();
      List<Token> segment = new ArrayList<>(tokens.getTokens().subList(from, to));
      segment.add(tokens.getTokens().get(tokens.getTokens().size() - 1));
      CommonTokenStream part = new CommonTokenStream(new ListTokenSource(segment));
      Resolution.Builder builder =
          i == 0
              ? first
              : Resolution.builder().language(profile.code()).languageConfidence(confidence);
      parts.add(
          ModelBuilder.build(
              parse(part, diagnostics),
              lines.subList(from, to),
              profile,
              builder,
              new Diagnostics(),
              limits,
              semantics));
    }
    return bundle(parts, diagnostics);
  }

  /** The first document with the others bundled, every diagnostic reported again on the whole. */
  private static Resolution bundle(List<Resolution> parts, Diagnostics diagnostics) {
    List<Diagnostic> all = new ArrayList<>(diagnostics.sorted());
    for (Resolution part : parts) {
      all.addAll(part.diagnostics());
    }
    all.sort(java.util.Comparator.comparingInt(d -> d.span().offset()));
    List<Resolution> bundled = new ArrayList<>();
    for (Resolution part : parts.subList(1, parts.size())) {
      bundled.add(Resolution.builder().from(part).diagnostics(List.of()).build());
    }
    return Resolution.builder().from(parts.get(0)).diagnostics(all).bundled(bundled).build();
  }

  /** A document over a limit: kept whole, unparsed, as one line with the error. */
  private static Resolution whole(String text, boolean bom, String message) {
    return Resolution.builder()
        .byteOrderMark(bom)
        .language("und")
        .languageConfidence(0)
        .addOtherLines(OtherLine.of(OtherLine.Kind.TEXT, text, Span.of(1, 1, 0, text.length()), ""))
        .addDiagnostics(Diagnostic.of(DiagnosticCode.LIMIT_EXCEEDED, message, Span.of(1, 1, 0, 0)))
        .build();
  }

  /**
   * Whether the text has more than {@code max} lines, counted as the tokens would be (each \n, \r\n
   * or lone \r ends one) with {@code indexOf} alone, before anything is built.
   */
  private static boolean exceedsLines(String text, int max) {
    if (text.length() <= max) {
      return false;
    }
    char last = text.charAt(text.length() - 1);
    long lines = last == '\n' || last == '\r' ? 0 : 1;
    for (int i = text.indexOf('\n'); i >= 0 && lines <= max; i = text.indexOf('\n', i + 1)) {
      lines++;
    }
    for (int i = text.indexOf('\r'); i >= 0 && lines <= max; i = text.indexOf('\r', i + 1)) {
      if (i + 1 == text.length() || text.charAt(i + 1) != '\n') {
        lines++;
      }
    }
    return lines > max;
  }

  /** SLL prediction first, full LL only if SLL fails, as ANTLR recommends. */
  private static LayoutParser.DocumentContext parse(
      CommonTokenStream tokens, Diagnostics diagnostics) {
    LayoutParser parser = new LayoutParser(tokens);
    parser.removeErrorListeners();
    parser.setErrorHandler(new BailErrorStrategy());
    parser.getInterpreter().setPredictionMode(PredictionMode.SLL);
    try {
      return parser.document();
    } catch (ParseCancellationException e) {
      tokens.seek(0);
      parser.reset();
      parser.addErrorListener(new DiagnosticListener(diagnostics));
      parser.setErrorHandler(new DefaultErrorStrategy());
      parser.getInterpreter().setPredictionMode(PredictionMode.LL);
      return parser.document();
    }
  }

  /** Takes every line token apart; offsets are in UTF-16 units, as Java strings count. */
  private static List<SourceLine> sourceLines(String text, List<Token> tokens) {
    List<SourceLine> lines = new ArrayList<>(tokens.size());
    for (Token token : tokens) {
      if (token.getType() != Token.EOF) {
        int line = lines.size() + 1;
        int start = token.getStartIndex();
        lines.add(SourceLine.of(text, token.getType(), line, start, token.getStopIndex() + 1));
      }
    }
    return lines;
  }

  /** Turns what ANTLR reports into diagnostics instead of console output. */
  private static final class DiagnosticListener extends BaseErrorListener {
    private final Diagnostics diagnostics;

    DiagnosticListener(Diagnostics diagnostics) {
      this.diagnostics = diagnostics;
    }

    @Override
    public void syntaxError(
        Recognizer<?, ?> recognizer,
        Object offendingSymbol,
        int line,
        int charPositionInLine,
        String msg,
        RecognitionException e) {
      diagnostics.report(
          DiagnosticCode.SYNTAX_ERROR,
          msg,
          Span.of(Math.max(line, 1), charPositionInLine + 1, 0, 0));
    }
  }
}
