package io.github.epres.internal.lines;

import io.github.epres.internal.semantics.ReferenceFinder;
import io.github.epres.lang.LanguageProfile;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the title among the lines before the author line. Nearest to the author line wins, in this
 * order: a line with the profile's title pattern (a page or an EUR-Lex copy prints the title more
 * than once before it); up to {@value #MAX_WRAP} adjacent lines that have it when joined (a
 * hard-wrapped title, or one whose procedure bracket stands on the next line); an act's title as
 * the Official Journal prints it, heading, date and subject on lines of their own ({@link
 * ActTitle}); a line naming a document kind, with a bracketed procedure line right after it (a
 * motion's dateless title, a legislative title); else, where there is an author line, the line
 * before it.
 */
final class TitleLines {
  /** The most lines a wrapped title is looked for in. */
  static final int MAX_WRAP = 6;

  private static final Pattern STARS = Pattern.compile("\\*{1,3}[IV]*");

  /** A short title with the procedure's stars after it: "Access to … assistance ***I". */
  private static final Pattern STARRED = Pattern.compile(".*\\s\\*{1,3}[IV]*");

  private static final Pattern OJ_ISSUE_NUMBER =
      Pattern.compile("\\d{4}/[CL]\\s?\\d+\\s?[A-Z]?/\\d{2}");

  /** The motion's number under its title; a year with a digit too many as printed ("/20115"). */
  private static final Pattern MOTION_NUMBER =
      Pattern.compile("(?:RC[-\u2011])?[ABC]\\d{1,2}[-\u2011]\\d{4}/\\d{4}\\d?");

  /**
   * The title's first and last line (indexes into the document's lines), whether its last line is a
   * bracketed procedure on its own, and what was read from it (null when assumed, not read).
   */
  record Found(int first, int last, boolean procedureLine, LanguageProfile.TitleParts parts) {}

  private TitleLines() {}

  /**
   * Finds the title among {@code candidates}, the indexes of the non-blank lines before the author
   * line (or before the first block), in source order; null when there is none.
   */
  static Found find(
      List<SourceLine> lines, List<Integer> candidates, LanguageProfile profile, boolean anchored) {
    if (candidates.isEmpty()) {
      return null;
    }
    if (profile != null) {
      Found found = patternLine(lines, candidates, profile);
      found = found != null ? found : wrapped(lines, candidates, profile);
      found = found != null ? found : ActTitle.find(lines, candidates, profile);
      found = found != null ? found : looseTitle(lines, candidates, profile);
      if (found != null) {
        return found;
      }
    }
    int assumed = anchored ? candidates.get(candidates.size() - 1) : candidates.get(0);
    return new Found(assumed, assumed, false, null);
  }

  /**
   * The title of a head with neither an author line nor a block (a text cut before them): only a
   * line, or wrapped lines, with the profile's full title pattern, an act's title, or a heading in
   * capitals naming a kind over its subject; a line that merely names a kind of document there is a
   * header's ("… replacing the following motions for resolutions:").
   */
  static Found findPatterned(
      List<SourceLine> lines, List<Integer> candidates, LanguageProfile profile) {
    if (candidates.isEmpty() || profile == null) {
      return null;
    }
    Found found = patternLine(lines, candidates, profile);
    found = found != null ? found : wrapped(lines, candidates, profile);
    found = found != null ? found : ActTitle.find(lines, candidates, profile);
    for (int c = candidates.size() - 2; c >= 0 && found == null; c--) {
      // A report's heading in capitals over its subject, cut before its author line.
      found = headingAbove(lines, candidates.get(c), candidates.get(c + 1), profile);
    }
    return found;
  }

  /**
   * A procedure line of a legislative text between its title and the author line: bracketed, such
   * as "(Ordinary legislative procedure: first reading)", or stars and Roman numerals: "***I"; in
   * an EUR-Lex copy the act's number in its issue, "(2018/C 224/05)", in older issues without
   * brackets: "2010/C 285 E/03"; on older motion pages the motion's number again, "B8-0123/2018";
   * and a short title with the procedure's stars, as EUR-Lex prints one after the title.
   */
  static boolean isProcedureLine(String text) {
    String t = text.strip();
    return (t.startsWith("(") && t.endsWith(")"))
        || STARS.matcher(t).matches()
        || (t.endsWith("*") || t.endsWith("I")) && STARRED.matcher(t).matches()
        || OJ_ISSUE_NUMBER.matcher(t).matches()
        || MOTION_NUMBER.matcher(t).matches();
  }

  private static Found patternLine(
      List<SourceLine> lines, List<Integer> candidates, LanguageProfile profile) {
    for (int c = candidates.size() - 1; c >= 0; c--) {
      int i = candidates.get(c);
      LanguageProfile.TitleParts parts = profile.readTitle(lines.get(i).text()).orElse(null);
      if (parts != null) {
        return new Found(i, i, false, parts);
      }
    }
    return null;
  }

  /** Adjacent lines that have the title pattern when joined by a space. */
  private static Found wrapped(
      List<SourceLine> lines, List<Integer> candidates, LanguageProfile profile) {
    Candidates texts = new Candidates(lines, candidates);
    for (int e = candidates.size() - 1; e >= 1; e--) {
      for (int s = e - 1; s >= 0 && e - s < MAX_WRAP; s--) {
        SourceLine first = lines.get(candidates.get(s));
        if (first.span().line() + 1 != lines.get(candidates.get(s + 1)).span().line()) {
          break;
        }
        if (!texts.canStartTitle(s, profile)) {
          continue;
        }
        LanguageProfile.TitleParts parts = profile.readTitle(texts.joined(s, e)).orElse(null);
        if (parts != null) {
          int last = candidates.get(e);
          return new Found(candidates.get(s), last, isProcedureOnly(lines.get(last)), parts);
        }
      }
    }
    return null;
  }

  /** The candidate lines' texts, stripped once, and whether a title can start at each. */
  private static final class Candidates {
    private final List<SourceLine> lines;
    private final List<Integer> indexes;
    private final String[] texts;
    private final byte[] starts;

    Candidates(List<SourceLine> lines, List<Integer> indexes) {
      this.lines = lines;
      this.indexes = indexes;
      this.texts = new String[indexes.size()];
      this.starts = new byte[indexes.size()];
    }

    String text(int c) {
      if (texts[c] == null) {
        texts[c] = lines.get(indexes.get(c)).text().strip();
      }
      return texts[c];
    }

    /** Candidates {@code s} to {@code e} joined by spaces. */
    String joined(int s, int e) {
      StringBuilder joined = new StringBuilder(text(s));
      for (int c = s + 1; c <= e; c++) {
        joined.append(' ').append(text(c));
      }
      return joined.toString();
    }

    /**
     * Whether a title can begin with candidate {@code c}: the title pattern, tried on that line
     * alone, matches its start or needs more text to tell. A pattern that fails within the line
     * fails on any lines joined after it too, so the lines of names in a motion's header are not
     * joined to one another and tried again and again.
     */
    boolean canStartTitle(int c, LanguageProfile profile) {
      if (starts[c] == 0) {
        Matcher m = profile.compiledTitlePattern().matcher(text(c));
        starts[c] = (byte) (m.lookingAt() || m.hitEnd() ? 1 : 2);
      }
      return starts[c] == 1;
    }
  }

  /**
   * A line naming a document kind; a bracketed procedure on the very next line, "(2025/2691(RSP))"
   * as on motion pages, ends the title and gives its procedure.
   */
  private static Found looseTitle(
      List<SourceLine> lines, List<Integer> candidates, LanguageProfile profile) {
    for (int c = candidates.size() - 1; c >= 0; c--) {
      int i = candidates.get(c);
      if (isProcedureLine(lines.get(i).text())) {
        // "(Codecision procedure: first reading)" names no kind, whatever words it holds.
        continue;
      }
      LanguageProfile.TitleParts parts = profile.readLooseTitle(lines.get(i).text()).orElse(null);
      if (parts == null) {
        continue;
      }
      Found under = c > 0 ? headingAbove(lines, candidates.get(c - 1), i, profile) : null;
      if (under != null) {
        // "on the proposal for a decision …" under "DRAFT … LEGISLATIVE RESOLUTION": the heading
        // names the kind.
        return under;
      }
      if (c + 1 < candidates.size()) {
        SourceLine next = lines.get(candidates.get(c + 1));
        Matcher m = ReferenceFinder.PROCEDURE.matcher(next.text().strip());
        if (next.span().line() == lines.get(i).span().line() + 1
            && isProcedureOnly(next)
            && m.find()) {
          LanguageProfile.TitleParts withProcedure =
              new LanguageProfile.TitleParts(
                  parts.kind(), parts.dateText(), parts.date(), parts.subject(), m.group());
          return new Found(i, candidates.get(c + 1), true, withProcedure);
        }
      }
      if (c + 1 < candidates.size()) {
        Found section = sectionTitle(lines, i, candidates.get(c + 1), parts, profile);
        if (section != null) {
          return section;
        }
      }
      return new Found(i, i, false, parts);
    }
    return null;
  }

  /**
   * The title a report's section heading in capitals makes with the subject line under it (not in
   * capitals itself: a heading under a heading is the table of contents' line above the title).
   */
  private static Found headingAbove(
      List<SourceLine> lines, int above, int subject, LanguageProfile profile) {
    String heading = lines.get(above).text().strip();
    if (!isCapitals(heading) || isCapitals(lines.get(subject).text())) {
      return null;
    }
    LanguageProfile.TitleParts parts = profile.readLooseTitle(heading).orElse(null);
    if (parts == null) {
      return null;
    }
    Found section = sectionTitle(lines, above, subject, parts, profile);
    if (section != null || lines.get(subject).span().line() > lines.get(above).span().line() + 2) {
      return section;
    }
    // "ENTWURF EINER LEGISLATIVEN ENTSCHLIESSUNG DES EUROPÄISCHEN PARLAMENTS" over "zu dem
    // Vorschlag für einen Beschluss …", its procedure on a line of its own: the heading's kind.
    String text = lines.get(subject).text().strip();
    Matcher m = ReferenceFinder.PROCEDURE.matcher(text);
    return new Found(
        above,
        subject,
        false,
        new LanguageProfile.TitleParts(
            parts.kind(), parts.dateText(), parts.date(), text, m.find() ? m.group() : null));
  }

  private static boolean isCapitals(String text) {
    return text.equals(text.toUpperCase(Locale.ROOT));
  }

  /**
   * A report's section heading over its subject line, read joined: "MOTION FOR A EUROPEAN
   * PARLIAMENT RESOLUTION" over "on … (2020/2201(INI))", where the kind word ends the heading; or a
   * heading in capitals that goes on after it ("ENTWURF EINER LEGISLATIVEN ENTSCHLIESSUNG DES
   * EUROPÄISCHEN PARLAMENTS") over a subject line with the procedure, whose subject is then the
   * subject line's. Null when the next line is not such.
   */
  private static Found sectionTitle(
      List<SourceLine> lines,
      int i,
      int nextIndex,
      LanguageProfile.TitleParts parts,
      LanguageProfile profile) {
    SourceLine next = lines.get(nextIndex);
    // The subject under the heading, or after a blank line, as report pages print it.
    if (next.span().line() > lines.get(i).span().line() + 2) {
      return null;
    }
    String heading = lines.get(i).text().strip();
    String subject = next.text().strip();
    boolean goesOn = !parts.subject().isEmpty();
    if (goesOn) {
      Matcher m = ReferenceFinder.PROCEDURE.matcher(subject);
      boolean capitals = heading.equals(heading.toUpperCase(Locale.ROOT));
      if (!capitals || parts.procedure() != null || !m.find() || m.start() == 0) {
        return null;
      }
    }
    LanguageProfile.TitleParts joined =
        profile.readLooseTitle(heading + " " + subject).orElse(parts);
    if (goesOn && joined.subject().startsWith(parts.subject())) {
      joined =
          new LanguageProfile.TitleParts(
              joined.kind(),
              joined.dateText(),
              joined.date(),
              joined.subject().substring(parts.subject().length()).strip(),
              joined.procedure());
    }
    return new Found(i, nextIndex, false, joined);
  }

  /** "(2025/2691(RSP))" and nothing else but a few characters of punctuation. */
  private static boolean isProcedureOnly(SourceLine line) {
    String text = line.text().strip();
    Matcher m = ReferenceFinder.PROCEDURE.matcher(text);
    return text.startsWith("(") && m.find() && text.length() <= m.group().length() + 4;
  }
}
