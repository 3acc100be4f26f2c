package io.github.epres;

import io.github.epres.model.Diagnostic;
import io.github.epres.model.DiagnosticCode;

/**
 * Thrown by a strict {@link ResolutionParser} at the first error: "line L:C: message", with the
 * offending text and a snippet of the source that points at it.
 */
public final class ResolutionParseException extends RuntimeException {
  private static final long serialVersionUID = 1L;
  private static final int SNIPPET_WIDTH = 80;

  private final transient Diagnostic diagnostic;
  private final String offendingText;
  private final String snippet;

  ResolutionParseException(Diagnostic diagnostic, String source) {
    super(diagnostic.format());
    this.diagnostic = diagnostic;
    String line = lineAt(source, diagnostic.span().offset() - diagnostic.span().column() + 1);
    int start = Math.min(diagnostic.span().column() - 1, line.length());
    this.offendingText =
        line.substring(start, Math.min(line.length(), start + diagnostic.span().length()));
    this.snippet = snippet(line, start);
  }

  public int line() {
    return diagnostic.span().line();
  }

  public int column() {
    return diagnostic.span().column();
  }

  public DiagnosticCode code() {
    return diagnostic.code();
  }

  public Diagnostic diagnostic() {
    return diagnostic;
  }

  /** The text the error is about (empty when it is about something missing). */
  public String offendingText() {
    return offendingText;
  }

  /** The source line (cut to {@value #SNIPPET_WIDTH} characters around the error) and a caret. */
  public String snippet() {
    return snippet;
  }

  private static String lineAt(String source, int lineStart) {
    int from = Math.max(0, Math.min(lineStart, source.length()));
    int end = from;
    while (end < source.length() && source.charAt(end) != '\n' && source.charAt(end) != '\r') {
      end++;
    }
    return source.substring(from, end);
  }

  private static String snippet(String line, int column) {
    int from = Math.max(0, Math.min(column - SNIPPET_WIDTH / 4, line.length() - SNIPPET_WIDTH));
    int to = Math.min(line.length(), from + SNIPPET_WIDTH);
    String prefix = from > 0 ? "…" : "";
    String suffix = to < line.length() ? "…" : "";
    return prefix
        + line.substring(from, to)
        + suffix
        + "\n"
        + " ".repeat(prefix.length() + column - from)
        + "^";
  }
}
