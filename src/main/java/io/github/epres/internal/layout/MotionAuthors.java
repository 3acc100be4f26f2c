package io.github.epres.internal.layout;

import io.github.epres.internal.semantics.ReferenceFinder;
import io.github.epres.lang.LanguageProfile;
import io.github.epres.model.AuthorGroup;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;

/**
 * A motion's authors by political group as its header lists them: lines of names, each group's
 * names closed by its "on behalf of the PPE Group" line, by that phrase at the end of the names'
 * line (as older pages print it), or by a "{PPE}" code in a copy that kept the page's markup. Names
 * after the last group line stand without a group.
 */
final class MotionAuthors {
  /** The "on behalf of" phrase of the page's language, reset to each line; null if none. */
  private final Matcher onBehalfOf;

  /**
   * The words the phrase starts with (none to require where it has alternatives): a line without
   * them, such as a line of names, cannot hold it.
   */
  private final String onBehalfOfWords;

  private final List<AuthorGroup> groups = new ArrayList<>();
  private final List<String> names = new ArrayList<>();

  MotionAuthors(LanguageProfile profile) {
    this.onBehalfOf =
        profile.compiledOnBehalfOf().isPresent()
            ? profile.compiledOnBehalfOf().get().matcher("")
            : null;
    this.onBehalfOfWords =
        onBehalfOf == null || onBehalfOf.pattern().pattern().contains("|")
            ? ""
            : ReferenceFinder.literalPrefix(onBehalfOf.pattern().pattern());
  }

  /**
   * Whether {@code text} is a group's line, the phrase alone or after the last names; if it is, the
   * names read so far are that group's.
   */
  boolean groupLine(String text) {
    if (onBehalfOf == null || !text.contains(onBehalfOfWords)) {
      return false;
    }
    Matcher m = onBehalfOf.reset(text);
    if (!m.matches() && !endsWithPhrase(m, text)) {
      return false;
    }
    if (m.start() > 0) {
      names(text.substring(0, m.start()));
    }
    close(PoliticalGroups.canonical(m.group("group")));
    return true;
  }

  /**
   * Whether the line ends with the phrase after names; {@code m} is left there. Each word's start
   * is tried, the phrase to run to the line's end: one that starts with a short word ("a PPE
   * képviselőcsoport nevében") may first be found inside a name ("Csaba a …"), and a lazy group
   * name before an optional ending ("PPE-Fraktion", "Fraktion The Left") is found whole.
   */
  private static boolean endsWithPhrase(Matcher m, String text) {
    for (int i = text.indexOf(' '); i >= 0; i = text.indexOf(' ', i + 1)) {
      if (m.region(i + 1, text.length()).matches()) {
        return true;
      }
    }
    return false;
  }

  /** The names read so far, as the authors of {@code group}. */
  void close(String group) {
    groups.add(AuthorGroup.of(Optional.of(group), List.copyOf(names)));
    names.clear();
  }

  /** Adds the names of a line, "Jan Novák, Anna Schmidt"; returns how many. */
  int names(String text) {
    int before = names.size();
    for (String name : text.split(",")) {
      String stripped = ReferenceFinder.normalise(name.strip());
      if (!stripped.isEmpty()) {
        names.add(stripped);
      }
    }
    return names.size() - before;
  }

  /** Takes back the last {@code count} names: they were the subject. */
  void dropLast(int count) {
    names.subList(names.size() - count, names.size()).clear();
  }

  /** Whether no names wait for their group. */
  boolean noNames() {
    return names.isEmpty();
  }

  /** The groups; the last names, if any, without a group. */
  List<AuthorGroup> groups() {
    if (!names.isEmpty()) {
      groups.add(AuthorGroup.of(Optional.empty(), List.copyOf(names)));
      names.clear();
    }
    return groups;
  }
}
