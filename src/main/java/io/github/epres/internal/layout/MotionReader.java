package io.github.epres.internal.layout;

import io.github.epres.internal.lines.SourceLine;
import io.github.epres.internal.semantics.ReferenceFinder;
import io.github.epres.internal.util.Digits;
import io.github.epres.internal.util.HeaderText;
import io.github.epres.lang.LanguageProfile;
import io.github.epres.model.Motion;
import io.github.epres.model.ProcedureReference;
import io.github.epres.model.ReplacedMotion;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a motion's header, from its heading ("JOINT MOTION FOR A RESOLUTION", "MOTION FOR A
 * RESOLUTION" in the page's language) on: the tabling date, the Rules, the motions a joint motion
 * replaces, the subject, the authors by group, "See also", in the current doceo layout, the older
 * one (with its download line, PE number and hidden markup) and the Open Data Portal's lines.
 */
final class MotionReader {
  /** A motion's date line: "7.5.2025" or "7.5.2025 - (2025/2691(RSP))". */
  static final Pattern MOTION_DATE =
      Pattern.compile("(\\d{1,2})\\.(\\d{1,2})\\.(\\d{4})(?:\\s*[-–]\\s*\\(?.*)?");

  /** A replaced motion: "B10‑0249/2025 (Verts/ALE)". */
  private static final Pattern REPLACED =
      Pattern.compile(
          "[-–]?\\s*(B\\d{1,2}[-\u2011]\\d{4}/\\d{4})\\s*(?:\\((?<group>[^)]+)\\))?\\s*");

  /** A replaced motion, group first, as 8th-term joint motions list them: "PPE (B8‑1051/2016)". */
  private static final Pattern REPLACED_BY_GROUP =
      Pattern.compile(
          "[-–]?\\s*(?<group>[^()\\d][^()]{0,30}?)\\s*\\((B\\d{1,2}[-\u2011]\\d{4}/\\d{4})\\)\\s*");

  /** The download line of a doceo page, "PDF 159kWORD 56k", or " 159k 56k" with its icons lost. */
  private static final Pattern DOWNLOAD =
      Pattern.compile("(?:PDF\\s*)?\\d+\\s*k\\s*(?:WORD\\s*)?\\d+\\s*k");

  /** What a line of document numbers holds besides the numbers. */
  private static final Pattern NUMBER_CHARACTERS = Pattern.compile("[\\s\\-/0-9A-Z_(){}]*");

  /** The PE number of a motion or report: "PE589.647v01-00", "PE 629.630v02-00". */
  private static final Pattern PE_NUMBER = Pattern.compile("PE\\s?\\d{3}\\.\\d{3}v\\d{2}-\\d{2}.*");

  /**
   * The first line of a doceo page's procedure box, in any language: a label, " : " and the
   * procedure, "Procedure : 2021/2712(RSP)", "Eljárás : 2010/2543(RSP)".
   */
  private static final Pattern BOX =
      Pattern.compile("[^:\\d]{1,40} : (\\d{4}/\\d{4}\\([A-Z]{3}\\))");

  private final LanguageProfile profile;

  // One matcher per pattern, reset to each header line: a motion's header has dozens of lines.
  private final Matcher date = MOTION_DATE.matcher("");
  private final Matcher replaced = REPLACED.matcher("");
  private final Matcher byGroup = REPLACED_BY_GROUP.matcher("");
  private final Matcher download = DOWNLOAD.matcher("");
  private final Matcher peNumber = PE_NUMBER.matcher("");
  private final Matcher box = BOX.matcher("");

  /** Not thread-safe (its matchers are reused): one per parse. */
  MotionReader(LanguageProfile profile) {
    this.profile = profile;
  }

  /** The index of the motion's heading line, or -1. */
  int headingIndex(List<SourceLine> lines) {
    if (profile == null) {
      return -1;
    }
    for (int i = 0; i < lines.size(); i++) {
      if (headingWords(HeaderText.plain(lines.get(i).text())) != null) {
        return i;
      }
    }
    return -1;
  }

  private boolean isJoint(String text) {
    for (String heading : profile.jointMotionHeadings()) {
      if (text.startsWith(heading)) {
        return true;
      }
    }
    return false;
  }

  /** The motion heading words that start {@code text}, or null. */
  private String headingWords(String text) {
    for (List<String> headings : List.of(profile.jointMotionHeadings(), profile.motionHeadings())) {
      for (String heading : headings) {
        if (text.startsWith(heading)) {
          return heading;
        }
      }
    }
    return null;
  }

  /**
   * The index of the first line that names the Rules of Procedure and starts in lower case
   * ("pursuant to Rule 133 of the Rules of Procedure"), or -1: where a copy lost the heading, the
   * header is read from there.
   */
  int ruleLineIndex(List<SourceLine> lines) {
    if (profile == null) {
      return -1;
    }
    for (int i = 0; i < lines.size(); i++) {
      String text = HeaderText.plain(lines.get(i).text());
      if (!text.isEmpty()
          && Character.isLowerCase(text.codePointAt(0))
          && Digits.any(text)
          && isRuleLine(text, ReferenceFinder.documentNumbers(text))) {
        return i;
      }
    }
    return -1;
  }

  /**
   * The motion's header from its heading on (or, where a copy lost the heading, from its Rule
   * line); document numbers on lines of their own go to {@code numbers}. The procedure box of a
   * doceo page ("Procedure : 2021/2712(RSP)", its labels and numbers) ends it: what follows is page
   * furniture, of which only the document numbers are read.
   */
  Motion read(List<SourceLine> lines, List<String> numbers) {
    String first = HeaderText.plain(lines.get(0).text());
    String words = headingWords(first);
    Motion.Builder motion = Motion.builder().heading(words == null ? "" : first);
    boolean subjectInHeading = words != null && !first.substring(words.length()).isBlank();
    boolean withProcedure = subjectInHeading && subject(first.substring(words.length()), motion);
    MotionAuthors authors = new MotionAuthors(profile);
    String previous = null;
    int previousNames = 0;
    // Replaced motions are the items after "replacing the following motions:" (in any language,
    // a line ending with a colon); a motion number elsewhere is the motion's own.
    boolean listing = false;
    boolean withRules = false;
    boolean furniture = false;
    int replacedMotions = 0;
    for (SourceLine line : lines.subList(words == null ? 0 : 1, lines.size())) {
      String text = HeaderText.plain(line.text());
      String before = previous;
      int namesBefore = previousNames;
      previous = text;
      previousNames = 0;
      // A date, a number, a Rule and the download line have digits: a line of names has none.
      boolean digits = Digits.any(text);
      List<String> found = digits ? ReferenceFinder.documentNumbers(text) : List.of();
      if (text.isEmpty()
          || furniture
          || (digits && (download.reset(text).matches() || peNumber.reset(text).matches()))) {
        add(found, numbers);
        continue;
      }
      boolean item =
          listing && digits && (replaced.reset(text).matches() || byGroup.reset(text).matches());
      listing = item || text.endsWith(":");
      String code = HeaderText.leadingCode(line.text());
      if (digits && box.reset(text).matches()) {
        furniture = true;
        if (!withProcedure) {
          motion.procedure(ProcedureReference.parse(box.group(1)));
          withProcedure = true;
        }
      } else if (digits && date.reset(text).matches()) {
        motion.date(date(date));
        Matcher procedure = ReferenceFinder.PROCEDURE.matcher(text);
        if (procedure.find()) {
          motion.procedure(ProcedureReference.parse(procedure.group()));
          withProcedure = true;
        }
      } else if (item) {
        Matcher m = replaced.matches() ? replaced : byGroup;
        String number = m == replaced ? m.group(1) : m.group(2);
        motion.addReplacedMotions(
            ReplacedMotion.of(
                ReferenceFinder.normalise(number),
                Optional.ofNullable(PoliticalGroups.canonical(m.group("group")))));
        replacedMotions++;
      } else if (digits && !withRules && isRuleLine(text, found)) {
        // One statement of Rules, as a RULES reference's value is written: "144(5), 132(4)".
        motion.addRules(String.join(", ", RuleLine.rules(text)));
        withRules = true;
      } else if (code != null && PoliticalGroups.isKnown(code)) {
        // "<Commission>{PPE}on behalf of …" in a copy with the page's markup: the code is the
        // group.
        authors.close(PoliticalGroups.canonical(code));
      } else if (authors.groupLine(text)) {
        continue;
      } else if (!found.isEmpty() && found.get(0).startsWith("RC-") && !isNumberOnly(text)) {
        motion.seeAlso(found.get(0));
      } else if (text.startsWith("(")) {
        Matcher procedure = ReferenceFinder.PROCEDURE.matcher(text);
        if (procedure.find()) {
          motion.procedure(ProcedureReference.parse(procedure.group()));
          withProcedure = true;
          if (!subjectInHeading && isSubject(before)) {
            // The subject stands right above its procedure; a capitalised one (Finnish,
            // Estonian put the topic first) was read as a name.
            motion.subject(before);
            authors.dropLast(namesBefore);
          }
        }
      } else {
        add(found, numbers);
        if (Character.isLowerCase(text.codePointAt(0)) && !text.endsWith(":")) {
          // "on the human rights situation in …" in a PDF copy or an older page, where it follows
          // wording such as "to wind up the debate …": the last such line before the authors.
          if (!subjectInHeading && authors.noNames()) {
            withProcedure |= subject(text, motion);
          }
        } else if (!digits && text.indexOf(':') < 0) {
          // Names have neither digits nor a colon ("NB: This motion … is available in …").
          previousNames = authors.names(text);
        }
      }
    }
    motion.authorGroups(authors.groups());
    boolean joint = words != null ? isJoint(first) : replacedMotions > 0;
    return motion.kind(joint ? Motion.Kind.JOINT_MOTION : Motion.Kind.MOTION).build();
  }

  /**
   * Sets the subject; one that ends with its procedure, "on … (2013/2702(RSP))" as older pages
   * print it, gives the procedure too. Returns whether it did.
   */
  private static boolean subject(String text, Motion.Builder motion) {
    String subject = text.strip();
    Matcher procedure = ReferenceFinder.PROCEDURE.matcher(subject);
    int open = subject.lastIndexOf(" (");
    boolean withProcedure =
        open > 0
            && subject.endsWith("))")
            && procedure.find(open)
            && procedure.start() == open + 2
            && procedure.end() == subject.length() - 1;
    if (withProcedure) {
      motion.procedure(ProcedureReference.parse(procedure.group()));
      subject = subject.substring(0, open).strip();
    }
    motion.subject(subject);
    return withProcedure;
  }

  private static void add(List<String> found, List<String> numbers) {
    for (String number : found) {
      if (!numbers.contains(number)) {
        numbers.add(number);
      }
    }
  }

  /**
   * Whether a line with a digit is the Rule line: it names the Rules of Procedure and a Rule, and
   * holds no document number or procedure (a subject may name a regulation, "regolamento").
   */
  private boolean isRuleLine(String text, List<String> found) {
    return found.isEmpty()
        && RuleLine.isRuleLine(text, profile)
        && !ReferenceFinder.PROCEDURE.matcher(text).find()
        && !RuleLine.rules(text).isEmpty();
  }

  /** Whether the line above a procedure line can be the subject: not a list's heading or item. */
  private boolean isSubject(String text) {
    return text != null
        && !text.endsWith(":")
        && !REPLACED.matcher(text).matches()
        && !RuleLine.isRuleLine(text, profile)
        && ReferenceFinder.documentNumbers(text).isEmpty();
  }

  /** Whether a line holds document numbers and nothing else of letters. */
  private static boolean isNumberOnly(String text) {
    String rest = text;
    for (String number : ReferenceFinder.documentNumbers(text)) {
      rest = rest.replace(number, "");
    }
    return NUMBER_CHARACTERS.matcher(rest.replace('\u2011', '-')).replaceAll("").isEmpty();
  }

  static Optional<LocalDate> date(Matcher m) {
    try {
      return Optional.of(
          LocalDate.of(
              Integer.parseInt(m.group(3)),
              Integer.parseInt(m.group(2)),
              Integer.parseInt(m.group(1))));
    } catch (DateTimeException e) {
      return Optional.empty();
    }
  }
}
