package io.github.epres.internal.lines;

import io.github.epres.internal.semantics.ReferenceFinder;
import io.github.epres.lang.LanguageProfile;
import java.util.List;
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
public final class TitleLines {
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
      found = found != null ? found : KindTitle.looseTitle(lines, candidates, profile);
      found =
          found != null || anchored
              ? found
              : KindTitle.datedProcedureLine(lines, candidates, profile);
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
      found = KindTitle.headingAbove(lines, candidates.get(c), candidates.get(c + 1), profile);
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
  public static boolean isProcedureLine(String text) {
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

  /** "(2025/2691(RSP))" and nothing else but a few characters of punctuation. */
  static boolean isProcedureOnly(SourceLine line) {
    String text = line.text().strip();
    Matcher m = ReferenceFinder.PROCEDURE.matcher(text);
    return text.startsWith("(") && m.find() && text.length() <= m.group().length() + 4;
  }
}
