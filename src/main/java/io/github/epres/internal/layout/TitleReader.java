package io.github.epres.internal.layout;

import io.github.epres.internal.lines.SourceLine;
import io.github.epres.internal.util.Diagnostics;
import io.github.epres.lang.LanguageProfile;
import io.github.epres.model.DiagnosticCode;
import io.github.epres.model.ProcedureReference;
import io.github.epres.model.Title;
import java.util.List;
import java.util.Optional;

/** The title node over its lines, with what the classifier read from them. */
final class TitleReader {
  private TitleReader() {}

  /**
   * The title over {@code lines}; {@code parts} is what was read from them, or null when the title
   * was assumed from its place (then, with a language known, it is one warning).
   */
  static Title title(
      List<SourceLine> lines,
      LanguageProfile profile,
      LanguageProfile.TitleParts parts,
      Diagnostics diagnostics) {
    SourceLine first = lines.get(0);
    SourceLine last = lines.get(lines.size() - 1);
    Title.Builder title =
        Title.builder().text(SourceLine.join(lines)).span(SourceLine.spanOf(lines)).eol(last.eol());
    if (profile != null && parts != null) {
      title
          .kind(Optional.ofNullable(parts.kind()))
          .date(parts.date())
          .subject(Optional.ofNullable(parts.subject()))
          .procedure(
              parts.procedure() == null
                  ? Optional.empty()
                  : ProcedureReference.parse(parts.procedure()));
    } else if (profile != null) {
      diagnostics.report(
          DiagnosticCode.TITLE_NOT_UNDERSTOOD,
          "title does not have the " + profile.code() + " title pattern",
          first.spanAt(1, first.text().length()));
    }
    return title.build();
  }
}
