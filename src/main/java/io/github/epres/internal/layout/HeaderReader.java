package io.github.epres.internal.layout;

import io.github.epres.internal.lines.SourceLine;
import io.github.epres.internal.semantics.ReferenceFinder;
import io.github.epres.lang.LanguageProfile;
import io.github.epres.model.AuthorGroup;
import io.github.epres.model.Header;
import io.github.epres.model.Motion;
import io.github.epres.model.OfficialJournal;
import io.github.epres.model.ProcedureReference;
import io.github.epres.model.Reference;
import io.github.epres.model.ReplacedMotion;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads what stands before the title into a {@link Header}: the furniture of an EP web page or of
 * text copied from one (document numbers, possibly run together; the day line "Thursday, 11
 * February 2021 - Brussels"; an edition label; "Procedure : 2021/2544(RSP)") and a motion's header
 * (its heading, tabling date, Rules, the motions it replaces and its authors by group).
 */
public final class HeaderReader {
  /** A motion's date line: "7.5.2025" or "7.5.2025 - (2025/2691(RSP))". */
  private static final Pattern MOTION_DATE =
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

  /** The PE number of a motion or report: "PE589.647v01-00", "PE 629.630v02-00". */
  private static final Pattern PE_NUMBER = Pattern.compile("PE\\s?\\d{3}\\.\\d{3}v\\d{2}-\\d{2}.*");

  /**
   * The markers older doceo pages wrap header parts in, "<Titre>…</Titre>", and the codes some put
   * before a value, "{Verts/ALE}", "{06/07/2020}": hidden on the page, they surface in copies.
   */
  private static final Pattern HIDDEN_MARKUP =
      Pattern.compile("</?[A-Z][A-Za-z-]*>|^\\{[^}]{0,40}\\}|(?<=>)\\{[^}]{0,40}\\}");

  private final LanguageProfile profile;
  private final ReferenceFinder references;

  public HeaderReader(LanguageProfile profile, ReferenceFinder references) {
    this.profile = profile;
    this.references = references;
  }

  /**
   * The header read from the front matter's {@code lines} and from {@code trailer}, the procedure
   * lines between the title and the author line (where an EUR-Lex copy has the act's number); null
   * when both are empty.
   */
  Header read(List<SourceLine> lines, List<SourceLine> trailer) {
    if (lines.isEmpty() && trailer.isEmpty()) {
      return null;
    }
    Header.Builder header =
        Header.builder().span(SourceLine.spanOf(lines.isEmpty() ? trailer : lines));
    int motionStart = motionHeading(lines);
    int furnitureEnd = motionStart < 0 ? lines.size() : motionStart;
    List<String> numbers = new ArrayList<>();
    Optional<LocalDate> motionDate = Optional.empty();
    OfficialJournal journal = null;
    String celex = null;
    for (int i = 0; i < furnitureEnd; i++) {
      String text = plain(lines.get(i).text());
      Matcher date = MOTION_DATE.matcher(text);
      if (motionStart >= 0 && date.matches()) {
        // Older motion pages give the tabling date before the heading.
        motionDate = date(date);
      }
      celex = celex != null ? celex : EurLexNotice.celex(text);
      journal = EurLexNotice.read(text, journal, references);
      furniture(text, header, numbers);
    }
    for (SourceLine line : trailer) {
      if (EurLexNotice.isActNumber(line.text())) {
        journal = EurLexNotice.read(plain(line.text()), journal, references);
      }
    }
    if (celex == null
        && journal != null
        && journal.number().isEmpty()
        && journal.language().isEmpty()) {
      // An Official Journal reference alone is not an EUR-Lex notice: a footnote may hold one.
      journal = null;
    }
    header.celex(Optional.ofNullable(celex)).officialJournal(Optional.ofNullable(journal));
    if (motionStart >= 0) {
      Motion motion = motion(lines.subList(motionStart, lines.size()), numbers);
      if (motion.date().isEmpty() && motionDate.isPresent()) {
        motion = Motion.builder().from(motion).date(motionDate).build();
      }
      header.motion(motion);
      if (motion.procedure().isPresent()) {
        header.procedure(motion.procedure());
      }
    }
    header.documentNumbers(numbers);
    if (!numbers.isEmpty()) {
      header.documentNumber(numbers.get(0));
    }
    return header.build();
  }

  /** A line of page furniture: document numbers, a day line, an edition, a procedure. */
  private void furniture(String text, Header.Builder header, List<String> numbers) {
    numbers.addAll(ReferenceFinder.documentNumbers(text));
    if (profile != null && profile.editionLabels().contains(text)) {
      header.edition(text);
      return;
    }
    Matcher procedure = ReferenceFinder.PROCEDURE.matcher(text);
    if (procedure.find()) {
      header.procedure(ProcedureReference.parse(procedure.group()));
      return;
    }
    if (profile == null) {
      return;
    }
    // The day line: a written date and, after the last " - ", the place.
    Optional<LocalDate> date = profile.readDate(text);
    int dash = text.lastIndexOf(" - ");
    if (date.isPresent() && dash > 0 && text.length() < 100) {
      header.date(date);
      header.place(text.substring(dash + 3).strip());
    }
  }

  /** The index of the motion's heading line, or -1. */
  private int motionHeading(List<SourceLine> lines) {
    if (profile == null) {
      return -1;
    }
    for (int i = 0; i < lines.size(); i++) {
      if (motionKind(plain(lines.get(i).text())) != null) {
        return i;
      }
    }
    return -1;
  }

  private Motion.Kind motionKind(String text) {
    if (headingWords(text) == null) {
      return null;
    }
    return isJoint(text) ? Motion.Kind.JOINT_MOTION : Motion.Kind.MOTION;
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
   * The motion's header from its heading on; document numbers on lines of their own go to {@code
   * numbers}.
   */
  private Motion motion(List<SourceLine> lines, List<String> numbers) {
    String heading = plain(lines.get(0).text());
    Motion.Builder motion = Motion.builder().kind(motionKind(heading)).heading(heading);
    String subject = heading.substring(headingWords(heading).length()).strip();
    boolean subjectInHeading = !subject.isEmpty();
    if (subjectInHeading) {
      motion.subject(subject);
    }
    List<String> names = new ArrayList<>();
    Pattern onBehalfOf = profile.compiledOnBehalfOf().orElse(null);
    String previous = null;
    int previousNames = 0;
    // Replaced motions are the items after "replacing the following motions:" (in any language,
    // a line ending with a colon); a motion number elsewhere is the motion's own.
    boolean listing = false;
    for (SourceLine line : lines.subList(1, lines.size())) {
      String text = plain(line.text());
      String before = previous;
      int namesBefore = previousNames;
      previous = text;
      previousNames = 0;
      Matcher date = MOTION_DATE.matcher(text);
      Matcher replaced = REPLACED.matcher(text);
      Matcher byGroup = REPLACED_BY_GROUP.matcher(text);
      boolean item = listing && (replaced.matches() || byGroup.matches());
      listing = item || text.endsWith(":");
      Matcher group = onBehalfOf == null ? null : onBehalfOf.matcher(text);
      List<String> found = ReferenceFinder.documentNumbers(text);
      List<Reference> rules = rules(text);
      if (text.isEmpty() || DOWNLOAD.matcher(text).matches() || PE_NUMBER.matcher(text).matches()) {
        continue;
      }
      if (date.matches()) {
        motion.date(date(date));
        Matcher procedure = ReferenceFinder.PROCEDURE.matcher(text);
        if (procedure.find()) {
          motion.procedure(ProcedureReference.parse(procedure.group()));
        }
      } else if (item) {
        Matcher m = replaced.matches() ? replaced : byGroup;
        String number = m == replaced ? m.group(1) : m.group(2);
        motion.addReplacedMotions(
            ReplacedMotion.of(
                ReferenceFinder.normalise(number),
                Optional.ofNullable(PoliticalGroups.canonical(m.group("group")))));
      } else if (!rules.isEmpty()) {
        for (Reference rule : rules) {
          motion.addRules(rule.value().split(", "));
        }
      } else if (group != null && (group.matches() || endsWithGroup(group, text))) {
        // "on behalf of the PPE Group" after the names, or at the end of their line (8th term).
        if (group.start() > 0) {
          names.addAll(authors(text.substring(0, group.start())));
        }
        motion.addAuthorGroups(
            AuthorGroup.of(
                Optional.of(PoliticalGroups.canonical(group.group("group"))), List.copyOf(names)));
        names.clear();
      } else if (!found.isEmpty() && found.get(0).startsWith("RC-")) {
        motion.seeAlso(found.get(0));
      } else if (!found.isEmpty() && isNumberOnly(text)) {
        // "B9‑0220/2020" below the heading or above the title: the number, not an author.
        for (String number : found) {
          if (!numbers.contains(number)) {
            numbers.add(number);
          }
        }
      } else if (text.startsWith("(") && !ReferenceFinder.PROCEDURE.matcher(text).find()) {
        continue;
      } else if (text.startsWith("(")) {
        Matcher procedure = ReferenceFinder.PROCEDURE.matcher(text);
        procedure.find();
        motion.procedure(ProcedureReference.parse(procedure.group()));
        if (!subjectInHeading && isSubject(before)) {
          // The subject stands right above its procedure; a capitalised one (Finnish, Estonian
          // put the topic first) was read as a name.
          motion.subject(before);
          names.subList(names.size() - namesBefore, names.size()).clear();
        }
      } else if (Character.isLowerCase(text.codePointAt(0)) && !text.endsWith(":")) {
        // "on the human rights situation in …" in a PDF copy or an older page, where it follows
        // wording such as "to wind up the debate …": the last such line before the authors.
        if (!subjectInHeading && names.isEmpty()) {
          motion.subject(text);
        }
      } else if (!text.endsWith(":") && !text.isEmpty()) {
        List<String> authors = authors(text);
        names.addAll(authors);
        previousNames = authors.size();
      }
    }
    if (!names.isEmpty()) {
      // The last names may stand without an "on behalf of" line: they are kept, groupless.
      motion.addAuthorGroups(AuthorGroup.of(Optional.empty(), List.copyOf(names)));
    }
    return motion.build();
  }

  /**
   * A line with no-break spaces as spaces, stripped (web pages put them around dashes), without the
   * hidden markup of older pages.
   */
  private static String plain(String text) {
    String plain = text.replace('\u00A0', ' ');
    if (plain.indexOf('<') >= 0 || plain.indexOf('{') >= 0) {
      plain = HIDDEN_MARKUP.matcher(plain.strip()).replaceAll("");
    }
    return plain.strip();
  }

  /** Whether the line ends with the "on behalf of" phrase after names; {@code m} is left there. */
  private static boolean endsWithGroup(Matcher m, String text) {
    m.reset();
    while (m.find()) {
      if (m.end() == text.length() && m.start() > 0 && text.charAt(m.start() - 1) == ' ') {
        return true;
      }
    }
    return false;
  }

  /** Whether the line above a procedure line can be the subject: not a list's heading or item. */
  private boolean isSubject(String text) {
    return text != null
        && !text.endsWith(":")
        && !REPLACED.matcher(text).matches()
        && rules(text).isEmpty()
        && ReferenceFinder.documentNumbers(text).isEmpty();
  }

  /** Whether a line holds document numbers and nothing else of letters. */
  private static boolean isNumberOnly(String text) {
    String rest = text;
    for (String number : ReferenceFinder.documentNumbers(text)) {
      rest = rest.replace(number, "");
    }
    return rest.replace('\u2011', '-').replaceAll("[\\s\\-/0-9A-Z_(){}]*", "").isEmpty();
  }

  private List<Reference> rules(String text) {
    List<Reference> rules = new ArrayList<>();
    for (Reference reference : references.find(text)) {
      if (reference.kind() == Reference.Kind.RULES) {
        rules.add(reference);
      }
    }
    return rules;
  }

  private static List<String> authors(String text) {
    List<String> names = new ArrayList<>();
    for (String name : text.split(",")) {
      String stripped = ReferenceFinder.normalise(name.strip());
      if (!stripped.isEmpty()) {
        names.add(stripped);
      }
    }
    return names;
  }

  private static Optional<LocalDate> date(Matcher m) {
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
