package io.github.epres.text;

import io.github.epres.model.AuthorGroup;
import io.github.epres.model.Header;
import io.github.epres.model.Motion;
import io.github.epres.model.OfficialJournal;
import io.github.epres.model.ReplacedMotion;
import io.github.epres.model.Report;
import io.github.epres.model.Resolution;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Properties;
import java.util.function.UnaryOperator;

/**
 * The list a Markdown document opens with: what the model's {@link Header} holds (document numbers,
 * the sitting, the procedure, a motion's heading, tabling date, Rules, replaced motions and authors
 * by group, a report's committee and rapporteurs, an EUR-Lex copy's CELEX number and Official
 * Journal) and the {@link Resolution#legislativeOutcome()}; one {@code - **Label:** value} item
 * each, labelled with the words of {@code markdown.properties}. Dates are ISO dates.
 */
final class MarkdownHeader {
  private static final Properties LABELS = labels();

  private final StringBuilder md;
  private final UnaryOperator<String> escape;

  private MarkdownHeader(StringBuilder md, UnaryOperator<String> escape) {
    this.md = md;
    this.escape = escape;
  }

  /** Appends the list, and a blank line after it; nothing where there is nothing to list. */
  static void render(Resolution resolution, StringBuilder md, UnaryOperator<String> escape) {
    if (resolution.header().isEmpty() && resolution.legislativeOutcome().isEmpty()) {
      return;
    }
    int start = md.length();
    new MarkdownHeader(md, escape).items(resolution);
    if (md.length() > start) {
      md.append('\n');
    }
  }

  private void items(Resolution resolution) {
    Optional<Header> header = resolution.header();
    header.ifPresent(h -> item("documentNumbers", String.join(", ", numbers(h))));
    header.ifPresent(
        h -> h.date().ifPresent(d -> item("sitting", d + h.place().map(p -> ", " + p).orElse(""))));
    header.flatMap(Header::edition).ifPresent(e -> item("edition", e));
    // The title's procedure, or where the title has none, the header's, motion's or report's.
    resolution.procedure().ifPresent(p -> item("procedure", p.reference()));
    resolution.legislativeOutcome().ifPresent(o -> item("legislativeOutcome", words(o.name())));
    header.flatMap(Header::motion).ifPresent(this::motion);
    header.flatMap(Header::report).ifPresent(this::report);
    header.flatMap(Header::celex).ifPresent(c -> item("celex", c));
    header.flatMap(Header::officialJournal).ifPresent(this::officialJournal);
  }

  /** The document's own number first, then the others the header prints. */
  private static List<String> numbers(Header header) {
    List<String> numbers = new ArrayList<>();
    header.documentNumber().ifPresent(numbers::add);
    for (String number : header.documentNumbers()) {
      if (!numbers.contains(number)) {
        numbers.add(number);
      }
    }
    return numbers;
  }

  private void motion(Motion motion) {
    item("motion." + motion.kind().name(), heading(motion.heading(), motion.subject()));
    motion.date().ifPresent(d -> item("tabled", d.toString()));
    item("rules", String.join("; ", motion.rules()));
    List<String> replaced = new ArrayList<>();
    for (ReplacedMotion m : motion.replacedMotions()) {
      replaced.add(m.number() + m.group().map(g -> " (" + g + ")").orElse(""));
    }
    item("replacedMotions", String.join(", ", replaced));
    if (!motion.authorGroups().isEmpty()) {
      md.append("- **").append(label("authorGroups")).append(":**\n");
      for (AuthorGroup group : motion.authorGroups()) {
        md.append("  - ");
        group.group().ifPresent(g -> md.append("**").append(escape.apply(g)).append(":** "));
        md.append(escape.apply(String.join(", ", group.authors()))).append('\n');
      }
    }
    motion.seeAlso().ifPresent(s -> item("seeAlso", s));
  }

  private void report(Report report) {
    item("report", heading(report.heading(), report.subject()));
    report.date().ifPresent(d -> item("reportDate", d.toString()));
    report.committee().ifPresent(c -> item("committee", c));
    item("rapporteurs", String.join(", ", report.rapporteurs()));
  }

  /** The heading, and the subject after it where it stands on a line of its own. */
  private static String heading(String heading, Optional<String> subject) {
    return subject
        .filter(s -> !heading.contains(s))
        .map(s -> (heading + " " + s).strip())
        .orElse(heading);
  }

  /** "C 224, 2018-06-27, p. 36, 2018/C 224/05 (EN)". */
  private void officialJournal(OfficialJournal oj) {
    List<String> parts = new ArrayList<>();
    parts.add(oj.series() + oj.issue().map(i -> " " + i).orElse(""));
    oj.date().ifPresent(d -> parts.add(d.toString()));
    oj.page().ifPresent(p -> parts.add(MessageFormat.format(label("officialJournal.page"), p)));
    oj.number().ifPresent(parts::add);
    item(
        "officialJournal",
        String.join(", ", parts) + oj.language().map(l -> " (" + l + ")").orElse(""));
  }

  /** One item; none for an empty value. */
  private void item(String key, String value) {
    if (!value.isEmpty()) {
      md.append("- **").append(label(key)).append(":** ").append(escape.apply(value)).append('\n');
    }
  }

  private static String label(String key) {
    return LABELS.getProperty(key, key);
  }

  /** "ADOPTS_POSITION" as "adopts position". */
  private static String words(String name) {
    return name.toLowerCase(Locale.ROOT).replace('_', ' ');
  }

  private static Properties labels() {
    Properties labels = new Properties();
    try (InputStream in = MarkdownHeader.class.getResourceAsStream("markdown.properties")) {
      labels.load(new InputStreamReader(in, StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read markdown.properties", e);
    }
    return labels;
  }
}
