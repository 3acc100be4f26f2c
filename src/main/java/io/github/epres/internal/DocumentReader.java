package io.github.epres.internal;

import io.github.epres.internal.antlr.LayoutLexer;
import io.github.epres.internal.antlr.LayoutParser;
import io.github.epres.lang.LanguageProfile;
import io.github.epres.model.Diagnostic;
import io.github.epres.model.DiagnosticCode;
import io.github.epres.model.Resolution;
import io.github.epres.model.Span;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.antlr.v4.runtime.BailErrorStrategy;
import org.antlr.v4.runtime.BaseErrorListener;
import org.antlr.v4.runtime.CharStreams;
import org.antlr.v4.runtime.CommonTokenStream;
import org.antlr.v4.runtime.DefaultErrorStrategy;
import org.antlr.v4.runtime.RecognitionException;
import org.antlr.v4.runtime.Recognizer;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.atn.PredictionMode;
import org.antlr.v4.runtime.misc.ParseCancellationException;

/**
 * The parsing pipeline: lex the text into line tokens, parse them with the layout grammar, choose
 * the language profile and build the model. Stateless; one call per document.
 */
public final class DocumentReader {
  private DocumentReader() {}

  /**
   * Reads a document.
   *
   * @param input the text, possibly starting with a byte-order mark
   * @param profiles the profiles to detect the language from
   * @param explicit the profile to use without detection, if the caller named a language
   */
  public static Resolution read(
      String input, List<LanguageProfile> profiles, Optional<LanguageProfile> explicit) {
    boolean bom = input.startsWith("\uFEFF");
    String text = bom ? input.substring(1) : input;

    List<Diagnostic> diagnostics = new ArrayList<>();
    CommonTokenStream tokens = new CommonTokenStream(lexer(text, diagnostics));
    LayoutParser.DocumentContext tree = parse(tokens, diagnostics);
    List<SourceLine> lines = sourceLines(tokens.getTokens());

    Resolution.Builder resolution = Resolution.builder().byteOrderMark(bom);
    Optional<LanguageProfile> profile = explicit;
    if (explicit.isPresent()) {
      resolution.language(explicit.get().code()).languageConfidence(1.0);
    } else {
      LanguageDetector.Detection detection = LanguageDetector.detect(lines, profiles);
      profile = detection.profile();
      resolution
          .language(profile.map(LanguageProfile::code).orElse("und"))
          .languageConfidence(detection.confidence());
      if (profile.isEmpty() && !text.isBlank()) {
        diagnostics.add(
            Diagnostic.of(
                DiagnosticCode.UNKNOWN_LANGUAGE,
                "no language profile matches; the text is read by its layout only",
                Span.of(1, 1, 0, 0)));
      }
    }
    return ModelBuilder.build(tree, lines, profile, resolution, diagnostics);
  }

  private static LayoutLexer lexer(String text, List<Diagnostic> diagnostics) {
    LayoutLexer lexer = new LayoutLexer(CharStreams.fromString(text));
    lexer.removeErrorListeners();
    lexer.addErrorListener(new DiagnosticListener(diagnostics));
    return lexer;
  }

  /** SLL prediction first, full LL only if SLL fails, as ANTLR recommends. */
  private static LayoutParser.DocumentContext parse(
      CommonTokenStream tokens, List<Diagnostic> diagnostics) {
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

  /** Takes every line token apart, counting offsets in UTF-16 units as Java strings do. */
  private static List<SourceLine> sourceLines(List<Token> tokens) {
    List<SourceLine> lines = new ArrayList<>(tokens.size());
    int offset = 0;
    for (Token token : tokens) {
      if (token.getType() == Token.EOF) {
        break;
      }
      SourceLine line = SourceLine.of(token, lines.size() + 1, offset);
      lines.add(line);
      offset += line.span().length();
    }
    return lines;
  }

  /** Turns what ANTLR reports into diagnostics instead of console output. */
  private static final class DiagnosticListener extends BaseErrorListener {
    private final List<Diagnostic> diagnostics;

    DiagnosticListener(List<Diagnostic> diagnostics) {
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
      diagnostics.add(
          Diagnostic.of(
              DiagnosticCode.SYNTAX_ERROR,
              msg,
              Span.of(Math.max(line, 1), charPositionInLine + 1, 0, 0)));
    }
  }
}
