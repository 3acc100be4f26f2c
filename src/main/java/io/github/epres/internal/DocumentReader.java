package io.github.epres.internal;

import io.github.epres.ParseLimits;
import io.github.epres.internal.antlr.LayoutLexer;
import io.github.epres.internal.antlr.LayoutParser;
import io.github.epres.internal.detect.LanguageDetector;
import io.github.epres.internal.layout.DocumentSplitter;
import io.github.epres.internal.layout.TreeBuilder;
import io.github.epres.internal.lines.LineClassifier;
import io.github.epres.internal.lines.LineTokenSource;
import io.github.epres.internal.lines.LogicalLines;
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
import org.antlr.v4.runtime.CommonTokenStream;
import org.antlr.v4.runtime.ListTokenSource;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.WritableToken;
import org.antlr.v4.runtime.atn.PredictionMode;
import org.antlr.v4.runtime.misc.ParseCancellationException;

/**
 * The parsing pipeline, in order: cut the text into line tokens ({@link LineTokenSource}, the fast
 * equivalent of the grammar's lexer) and join them into logical lines ({@link LogicalLines});
 * detect the language on those lines; split a bundle into its documents; give each line its role
 * with the profile ({@link LineClassifier}); parse the roles with the layout grammar; build the
 * model from the tree ({@link TreeBuilder}). Stateless; one call per document.
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
    CommonTokenStream physical = new CommonTokenStream(new LineTokenSource(text));
    physical.fill();
    LogicalLines.Lines logical = LogicalLines.of(text, physical.getTokens());
    List<SourceLine> lines = logical.lines();
    CommonTokenStream tokens = physical;
    if (logical.tokens() != physical.getTokens()) {
      tokens = new CommonTokenStream(new ListTokenSource(logical.tokens()));
      tokens.fill();
    }

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
    List<Token> all = tokens.getTokens();
    if (starts.size() == 1) {
      return document(tokens, lines, profile, resolution, diagnostics, limits, semantics);
    }
    // A bundle: each document is read over its own lines; all diagnostics go to the first.
    List<Resolution> parts = new ArrayList<>();
    for (int i = 0; i < starts.size(); i++) {
      int from = starts.get(i);
      int to = i + 1 < starts.size() ? starts.get(i + 1) : lines.size();
      List<Token> segment = new ArrayList<>(all.subList(from, to));
      segment.add(all.get(all.size() - 1));
      Resolution.Builder builder =
          i == 0
              ? resolution
              : Resolution.builder().language(profile.code()).languageConfidence(confidence);
      Diagnostics own = i == 0 ? diagnostics : new Diagnostics();
      CommonTokenStream part = new CommonTokenStream(new ListTokenSource(segment));
      part.fill();
      parts.add(document(part, lines.subList(from, to), profile, builder, own, limits, semantics));
    }
    return bundle(parts);
  }

  /**
   * One document over its line tokens (EOF last): the lines classified, the tokens retyped with
   * their roles, parsed, and the tree built into the model.
   */
  private static Resolution document(
      CommonTokenStream stream,
      List<SourceLine> lines,
      LanguageProfile profile,
      Resolution.Builder resolution,
      Diagnostics diagnostics,
      ParseLimits limits,
      boolean semantics) {
    LineClassifier.Classification classification =
        LineClassifier.classify(lines, profile, limits.maxLineLength());
    int[] roles = classification.roles();
    List<Token> tokens = stream.getTokens();
    for (int i = 0; i < roles.length; i++) {
      ((WritableToken) tokens.get(i)).setType(roles[i]);
    }
    LayoutParser.DocumentContext tree = parse(stream);
    if (tree == null) {
      // The classifier gave a sequence the grammar does not accept: a bug, reported as one, with
      // every line kept as text so that nothing is lost.
      diagnostics.report(
          DiagnosticCode.SYNTAX_ERROR,
          "internal error: the lines' roles do not fit the layout grammar",
          Span.of(1, 1, 0, 0));
      for (int i = 0; i < roles.length; i++) {
        roles[i] = lines.get(i).isBlank() ? LayoutLexer.BLANK_LINE : LayoutLexer.TEXT_LINE;
        ((WritableToken) tokens.get(i)).setType(roles[i]);
      }
      tree = parse(stream);
    }
    return TreeBuilder.build(
        tree, classification, profile, resolution, diagnostics, limits, semantics);
  }

  /**
   * The first document with the others bundled, every diagnostic reported again on the whole (the
   * first document's hold those found before the text was split).
   */
  private static Resolution bundle(List<Resolution> parts) {
    List<Diagnostic> all = new ArrayList<>();
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

  /**
   * SLL prediction first, full LL only if SLL fails, as ANTLR recommends; null if LL fails too.
   * Errors are never recovered from: recovery would drop lines.
   */
  private static LayoutParser.DocumentContext parse(CommonTokenStream stream) {
    stream.seek(0);
    LayoutParser parser = new LayoutParser(stream);
    parser.removeErrorListeners();
    parser.setErrorHandler(new BailErrorStrategy());
    parser.getInterpreter().setPredictionMode(PredictionMode.SLL);
    try {
      return parser.document();
    } catch (ParseCancellationException e) {
      stream.seek(0);
      parser.reset();
      parser.getInterpreter().setPredictionMode(PredictionMode.LL);
      try {
        return parser.document();
      } catch (ParseCancellationException again) {
        return null;
      }
    }
  }
}
