package io.github.epres.internal.layout;

import io.github.epres.internal.lines.SourceLine;
import io.github.epres.internal.semantics.ReferenceFinder;
import io.github.epres.internal.util.Diagnostics;
import io.github.epres.lang.LanguageProfile;
import io.github.epres.model.DiagnosticCode;
import io.github.epres.model.ProcedureReference;
import io.github.epres.model.Title;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;

/**
 * Finds the author line and the title among the text lines before the first block, and builds the
 * title. The title is, in this order of preference: a line with the profile's title pattern; the
 * lines before the author line, joined (a hard-wrapped title); the last line naming a document
 * kind, with a procedure line right after it (a motion's dateless title, a legislative title); else
 * the line before the author line. Lines before a title found this way are the header.
 */
public final class TitleFinder {
  /**
   * Indexes into the text lines: the author line (-1 if none), the title's first and last line,
   * whether the title was recognised (rather than assumed), and what was read from it.
   */
  public record Layout(
      int author, int title, int titleEnd, boolean found, LanguageProfile.TitleParts parts) {}

  private TitleFinder() {}

  public static Layout find(List<SourceLine> texts, LanguageProfile profile) {
    int author = authorLineIndex(texts, profile);
    int end = author >= 0 ? author : texts.size();
    for (int i = 0; i < end && profile != null; i++) {
      LanguageProfile.TitleParts parts = profile.readTitle(texts.get(i).text()).orElse(null);
      if (parts != null) {
        return new Layout(author, i, i, true, parts);
      }
    }
    LanguageProfile.TitleParts wrapped = wrappedTitle(texts, author, profile);
    if (wrapped != null) {
      return new Layout(author, 0, author - 1, true, wrapped);
    }
    for (int i = end - 1; i >= 0 && profile != null; i--) {
      LanguageProfile.TitleParts parts = profile.readLooseTitle(texts.get(i).text()).orElse(null);
      if (parts != null) {
        return withProcedureLine(texts, i, author, parts);
      }
    }
    int title = author >= 0 ? author - 1 : 0;
    return new Layout(author, title, title, false, null);
  }

  /**
   * A procedure line of a legislative text between its title and the author line: bracketed, such
   * as "(Ordinary legislative procedure: first reading)", or stars and Roman numerals: "***I".
   */
  public static boolean isProcedureLine(String text) {
    String t = text.strip();
    return (t.startsWith("(") && t.endsWith(")")) || t.matches("\\*{1,3}[IV]*");
  }

  /**
   * The author line; without a language, layout alone says it is the last line before the blocks.
   */
  private static int authorLineIndex(List<SourceLine> texts, LanguageProfile profile) {
    if (profile == null) {
      return texts.size() >= 2 ? texts.size() - 1 : -1;
    }
    for (int i = 0; i < texts.size(); i++) {
      if (profile.isAuthorLine(texts.get(i).text())) {
        return i;
      }
    }
    return -1;
  }

  /** The lines before the author line when, adjacent and joined, they have the title pattern. */
  private static LanguageProfile.TitleParts wrappedTitle(
      List<SourceLine> texts, int author, LanguageProfile profile) {
    if (profile == null || author < 2) {
      return null;
    }
    StringBuilder joined = new StringBuilder();
    for (int i = 0; i < author; i++) {
      if (i > 0 && texts.get(i).span().line() != texts.get(i - 1).span().line() + 1) {
        return null;
      }
      joined.append(i == 0 ? "" : " ").append(texts.get(i).text().strip());
    }
    return profile.readTitle(joined.toString()).orElse(null);
  }

  /**
   * A title followed on the very next line by its procedure, "(2025/2691(RSP))", as on motion
   * pages, ends with that line; the procedure is read from it.
   */
  private static Layout withProcedureLine(
      List<SourceLine> texts, int title, int author, LanguageProfile.TitleParts parts) {
    int next = title + 1;
    if (next < texts.size()
        && next != author
        && texts.get(next).span().line() == texts.get(title).span().line() + 1) {
      String text = texts.get(next).text().strip();
      Matcher m = ReferenceFinder.PROCEDURE.matcher(text);
      if (text.startsWith("(") && m.find() && text.length() <= m.group().length() + 4) {
        LanguageProfile.TitleParts withProcedure =
            new LanguageProfile.TitleParts(
                parts.kind(), parts.dateText(), parts.date(), parts.subject(), m.group());
        return new Layout(author, title, next, true, withProcedure);
      }
    }
    return new Layout(author, title, title, true, parts);
  }

  /** The title node over its lines, with what was read from it (or a warning that nothing was). */
  public static Title title(
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
