package io.github.epres.internal.util;

import io.github.epres.model.Diagnostic;
import io.github.epres.model.DiagnosticCode;
import io.github.epres.model.Span;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** The diagnostics of one parse, collected by every stage of the pipeline. */
public final class Diagnostics {
  private final List<Diagnostic> diagnostics = new ArrayList<>();

  public void report(DiagnosticCode code, String message, Span span) {
    diagnostics.add(Diagnostic.of(code, message, span));
  }

  /** In source order; at the same place, errors before warnings. */
  public List<Diagnostic> sorted() {
    List<Diagnostic> sorted = new ArrayList<>(diagnostics);
    sorted.sort(IN_SOURCE_ORDER);
    return sorted;
  }

  // A class, not a lambda: a lambda's bootstrap costs milliseconds on the first parse.
  private static final Comparator<Diagnostic> IN_SOURCE_ORDER =
      new Comparator<>() {
        @Override
        public int compare(Diagnostic a, Diagnostic b) {
          int byOffset = Integer.compare(a.span().offset(), b.span().offset());
          return byOffset != 0 ? byOffset : a.severity().compareTo(b.severity());
        }
      };
}
