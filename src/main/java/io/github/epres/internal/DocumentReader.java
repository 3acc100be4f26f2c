package io.github.epres.internal;

import io.github.epres.internal.antlr.LayoutParser;
import io.github.epres.lang.LanguageProfile;
import io.github.epres.model.DiagnosticCode;
import io.github.epres.model.Resolution;
import io.github.epres.model.Span;
import java.util.ArrayList;
import java.util.List;
import org.antlr.v4.runtime.BailErrorStrategy;
import org.antlr.v4.runtime.BaseErrorListener;
import org.antlr.v4.runtime.CommonTokenStream;
import org.antlr.v4.runtime.DefaultErrorStrategy;
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
      String input, List<LanguageProfile> profiles, LanguageProfile explicit) {
    boolean bom = input.startsWith("\uFEFF");
    String text = bom ? input.substring(1) : input;

    Diagnostics diagnostics = new Diagnostics();
    CommonTokenStream tokens = new CommonTokenStream(new LineTokenSource(text));
    LayoutParser.DocumentContext tree = parse(tokens, diagnostics);
    List<SourceLine> lines = sourceLines(text, tokens.getTokens());

    Resolution.Builder resolution = Resolution.builder().byteOrderMark(bom);
    LanguageProfile profile = explicit;
    if (explicit != null) {
      resolution.language(explicit.code()).languageConfidence(1.0);
    } else {
      LanguageDetector.Detection detection = LanguageDetector.detect(lines, profiles);
      profile = detection.profile();
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
    return ModelBuilder.build(tree, lines, profile, resolution, diagnostics);
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
