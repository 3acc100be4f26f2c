package io.github.epres.internal.votes;

import io.github.epres.internal.semantics.ReferenceFinder;
import io.github.epres.lang.LanguageProfile;
import io.github.epres.votes.SubjectKind;
import io.github.epres.votes.Voting;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A voting's subject read with the list language's words: what it names ({@link SubjectKind}), and
 * for a block the English vote label to find it by ("§ 4", "Recital B", "§ 3, point b").
 */
public record Subject(SubjectKind kind, String label) {
  /** "§ 4", "§ 4a", "§ 4/2" (a part), "§ 3, point b". */
  private static final Pattern PARAGRAPH =
      Pattern.compile(
          "§\\s*(\\d+[a-z]?)(?:/\\d+)?(?:,\\s*(?:point|sub-point)\\s*\\(?([a-z]+|[ivx]+)\\)?)?");

  /** A recital's or citation's label: "B", "AA", or "1" as French lists number them. */
  private static final Pattern LABEL = Pattern.compile("([A-Z]{1,3}|\\d+[a-z]?)(?:/\\d+)?");

  /**
   * Reads a voting's subject: {@code type} is the voting's type ({@code TITLE_BLOCK} for a title
   * row), {@code subject} its subject ({@link Voting#subject()}), {@code profile} the list's
   * language, null if unknown.
   */
  public static Subject read(String type, String subject, LanguageProfile profile) {
    if (type.equals("TITLE_BLOCK")) {
      return new Subject(SubjectKind.TITLE, "");
    }
    if (startsWithAny(subject, words(profile, "whole"))) {
      return new Subject(SubjectKind.WHOLE, "");
    }
    if (ReferenceFinder.EP_DOCUMENT.matcher(subject).matches()) {
      return new Subject(SubjectKind.DOCUMENT, ReferenceFinder.normalise(subject));
    }
    if (startsWithAny(subject, words(profile, "article"))) {
      return new Subject(SubjectKind.ARTICLE, "");
    }
    if (startsWithAny(subject, words(profile, "procedural"))) {
      return new Subject(SubjectKind.PROCEDURAL, "");
    }
    String after = prefix(subject, words(profile, "after"));
    String before = after == null ? prefix(subject, words(profile, "before")) : null;
    String rest = after != null ? after : before != null ? before : subject;
    if (startsWithAny(rest, words(profile, "article"))) {
      return new Subject(SubjectKind.ARTICLE, "");
    }
    String label = blockLabel(rest, profile);
    if (label == null) {
      return new Subject(SubjectKind.NOT_UNDERSTOOD, "");
    }
    SubjectKind kind =
        after != null
            ? SubjectKind.AFTER
            : before != null
                ? SubjectKind.BEFORE
                : label.contains(", point ") ? SubjectKind.POINT : SubjectKind.BLOCK;
    return new Subject(kind, label);
  }

  /** The English vote label of the block {@code text} names, or null. */
  private static String blockLabel(String text, LanguageProfile profile) {
    Matcher paragraph = PARAGRAPH.matcher(text);
    if (paragraph.matches()) {
      String label = "§ " + paragraph.group(1);
      return paragraph.group(2) == null ? label : label + ", point " + paragraph.group(2);
    }
    for (String kind : List.of("recital", "citation")) {
      String rest = prefix(text, words(profile, kind));
      Matcher m = rest == null ? null : LABEL.matcher(rest);
      if (m != null && m.matches()) {
        return (kind.equals("recital") ? "Recital " : "Citation ") + m.group(1);
      }
    }
    return null;
  }

  /** What follows one of {@code words} and a space at the start of {@code text}, or null. */
  private static String prefix(String text, List<String> words) {
    for (String word : words) {
      if (text.regionMatches(true, 0, word, 0, word.length())
          && text.length() > word.length()
          && Character.isWhitespace(text.charAt(word.length()))) {
        return text.substring(word.length()).strip();
      }
    }
    return null;
  }

  private static boolean startsWithAny(String text, List<String> words) {
    String lower = text.toLowerCase(Locale.ROOT);
    for (String word : words) {
      if (lower.startsWith(word.toLowerCase(Locale.ROOT))) {
        return true;
      }
    }
    return false;
  }

  private static List<String> words(LanguageProfile profile, String kind) {
    if (profile == null) {
      return List.of();
    }
    return profile.voteSubjects().getOrDefault(kind, List.of());
  }
}
