package io.github.epres.model;

/** What a diagnostic is about; each code has a fixed severity. */
public enum DiagnosticCode {
  EMPTY_INPUT(Severity.ERROR),
  NOT_A_RESOLUTION(Severity.ERROR),
  MISSING_TITLE(Severity.ERROR),
  MISSING_AUTHOR_LINE(Severity.ERROR),
  UNRECOGNIZED_LINE(Severity.ERROR),
  BLOCK_OUT_OF_ORDER(Severity.ERROR),
  LABEL_OUT_OF_SEQUENCE(Severity.ERROR),
  DUPLICATE_LABEL(Severity.ERROR),
  EMPTY_BLOCK(Severity.ERROR),
  /** The input, or a line of it, is larger than the parser's limits allow. */
  LIMIT_EXCEEDED(Severity.ERROR),
  /** The bytes are not text in the encoding they claim (UTF-8 unless a byte-order mark says). */
  INVALID_ENCODING(Severity.ERROR),
  /** The grammar rejected the input; the grammar accepts every line sequence, so this is a bug. */
  SYNTAX_ERROR(Severity.ERROR),
  UNKNOWN_LANGUAGE(Severity.WARNING),
  TITLE_NOT_UNDERSTOOD(Severity.WARNING),
  MISSING_OPENER(Severity.WARNING),
  /**
   * An amendment whose two columns could not be read: no tab or "|" between them (a copy from a
   * PDF), or a line outside them. Its text is kept whole.
   */
  AMENDMENT_NOT_UNDERSTOOD(Severity.WARNING),
  /** A recital numbered like a paragraph ("1. Whereas …"), as some motions do. */
  NUMBERED_RECITAL(Severity.WARNING);

  private final Severity severity;

  DiagnosticCode(Severity severity) {
    this.severity = severity;
  }

  public Severity severity() {
    return severity;
  }
}
