package io.github.epres.internal.detect;

import io.github.epres.internal.lines.AmendmentLines;
import io.github.epres.internal.util.LooseText;
import io.github.epres.lang.LanguageProfile;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What a list of profiles looks for in a document's head, for all of them at once: their author
 * lines as one map (by {@link LooseText#key}), from the line to the profiles that write it, and the
 * first characters of their amendment headings. A line of the head is looked up once, not compared
 * with each profile's lines and headings in turn.
 */
final class HeadIndex {
  /** The last list's index: a parser parses with one list of profiles. */
  private static volatile HeadIndex last;

  private final List<LanguageProfile> profiles;
  private final Map<String, int[]> byLine = new HashMap<>();
  private final String headingStarts;

  /** The longest author line's key. */
  private final int longest;

  /** The first characters of the author lines' keys. */
  private final String keyStarts;

  private HeadIndex(List<LanguageProfile> profiles) {
    this.profiles = profiles;
    StringBuilder starts = new StringBuilder();
    int longestKey = 0;
    StringBuilder firsts = new StringBuilder();
    for (int p = 0; p < profiles.size(); p++) {
      for (String line : profiles.get(p).authorLineKeys()) {
        longestKey = Math.max(longestKey, line.length());
        if (!line.isEmpty() && firsts.indexOf(line.substring(0, 1)) < 0) {
          firsts.append(line.charAt(0));
        }
        int[] earlier = byLine.get(line);
        int[] indexes = earlier == null ? new int[1] : Arrays.copyOf(earlier, earlier.length + 1);
        indexes[indexes.length - 1] = p;
        byLine.put(line, indexes);
      }
      for (String heading : profiles.get(p).amendmentHeadings()) {
        if (!heading.isEmpty() && starts.indexOf(heading.substring(0, 1)) < 0) {
          starts.append(heading.charAt(0));
        }
      }
    }
    this.headingStarts = starts.toString();
    this.longest = longestKey;
    this.keyStarts = firsts.toString();
  }

  static HeadIndex of(List<LanguageProfile> profiles) {
    HeadIndex index = last;
    if (index == null || index.profiles != profiles) {
      index = new HeadIndex(profiles);
      last = index;
    }
    return index;
  }

  /**
   * The indexes, in order, of the profiles whose author line {@code line} is (as {@link
   * LanguageProfile#isAuthorLine} tells it), or null for none.
   */
  int[] profilesWriting(String line) {
    // A line twice as long as the longest author line is none, whatever its spaces (most titles),
    // nor one that starts with a letter none starts with: most lines are told without a key.
    if (line.length() > 200) {
      return null;
    }
    int i = 0;
    while (i < line.length() && Character.isWhitespace(line.charAt(i))) {
      i++;
    }
    if (i == line.length()
        || line.length() - i > 2 * longest
        || keyStarts.indexOf(Character.toLowerCase(line.charAt(i))) < 0) {
      return null;
    }
    return byLine.get(LooseText.key(line));
  }

  /** Whether {@code line} can be an amendment heading of any of the profiles. */
  boolean mayBeAmendmentHeading(String line) {
    return AmendmentLines.mayBeHeading(line, headingStarts);
  }
}
