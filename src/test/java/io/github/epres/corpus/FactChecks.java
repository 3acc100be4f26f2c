package io.github.epres.corpus;

import static io.github.epres.corpus.PyValues.equal;
import static io.github.epres.corpus.PyValues.isNone;
import static io.github.epres.corpus.PyValues.norm;
import static io.github.epres.corpus.PyValues.repr;
import static io.github.epres.corpus.PyValues.str;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The facts of one document's {@code expect.json} entry checked against the parser's JSON, as
 * {@code score()} of {@code ../shared/tools/corpus-score} checks them: the same checks, in the same
 * order, with the same verdicts and messages. Each check also has a name that stays the same
 * whatever the parser gives ({@code cits}, {@code citation 3 footnotes}, {@code document number
 * P8_TA(2015)0198}), so that a list can name it.
 */
final class FactChecks {
  /** One check: its stable name, whether it holds, and what corpus-score prints for it. */
  record Check(String name, boolean ok, String message) {}

  private final JsonNode d;
  private final JsonNode e;
  private final boolean whole;
  private final List<Check> out = new ArrayList<>();

  private FactChecks(JsonNode document, JsonNode facts) {
    this.d = document;
    this.e = facts;
    this.whole = facts.path("whole").isBoolean() && facts.path("whole").booleanValue();
  }

  /** The checks of one document: {@code document} is the parser's JSON, {@code facts} its entry. */
  static List<Check> of(JsonNode document, JsonNode facts) {
    FactChecks checks = new FactChecks(document, facts);
    checks.head();
    checks.blocks();
    checks.numbers();
    checks.motion(object(facts, "header"), object(object(document, "header"), "motion"));
    checks.report(object(facts, "report"), object(object(document, "header"), "report"));
    checks.officialJournal(object(facts, "oj"), object(document, "header"));
    checks.body();
    return checks.out;
  }

  private void check(String name, boolean ok, String message) {
    out.add(new Check(name, ok, message));
  }

  /** Python's {@code d.get(key) or {}}. */
  private static JsonNode object(JsonNode node, String key) {
    JsonNode value = node.path(key);
    return value.isObject() ? value : JsonNodeFactory.instance.objectNode();
  }

  private static int size(JsonNode node, String key) {
    return node.path(key).size();
  }

  private void head() {
    JsonNode title = object(d, "title");
    JsonNode header = object(d, "header");
    if (e.has("lang")) {
      String want = str(e.get("lang")).toLowerCase(java.util.Locale.ROOT);
      check(
          "lang",
          d.path("language").isTextual() && d.path("language").textValue().equals(want),
          "lang " + str(d.path("language")) + " (want " + want + ")");
    }
    if (e.has("kind")) {
      check(
          "kind",
          equal(title.path("kind"), e.get("kind")),
          "kind " + str(title.path("kind")) + " (want " + str(e.get("kind")) + ")");
    }
    if (e.has("date")) {
      check(
          "title date",
          equal(title.path("date"), e.get("date")),
          "title date " + str(title.path("date")) + " (want " + str(e.get("date")) + ")");
    }
    if (e.has("proc")) {
      Set<String> procedures = new LinkedHashSet<>();
      for (JsonNode part :
          List.of(title, header, object(header, "motion"), object(header, "report"))) {
        procedures.add(norm(object(part, "procedure").path("reference")));
      }
      TreeSet<String> shown = new TreeSet<>();
      procedures.stream().filter(p -> p != null && !p.isEmpty()).forEach(shown::add);
      check(
          "procedure",
          procedures.contains(norm(e.get("proc"))),
          "procedure " + repr(List.copyOf(shown)) + " (want " + str(e.get("proc")) + ")");
    }
    if (e.has("author")) {
      JsonNode line = d.path("authorLine");
      String got = norm(line.isObject() ? line.path("text") : line);
      String want = norm(e.get("author"));
      check(
          "author line",
          got == null ? want == null : got.equals(want),
          "author line " + repr(got) + " (want " + repr(e.get("author")) + ")");
    }
  }

  private void blocks() {
    count("cits", size(d, "citations"));
    count("recs", size(d, "recitals"));
    count("paras", size(d, "paragraphs"));
    JsonNode citations = d.path("citations");
    for (Iterator<Map.Entry<String, JsonNode>> it = object(e, "fn").fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> fn = it.next();
      int i = Integer.parseInt(fn.getKey().strip());
      JsonNode got = citations.size() >= i ? footnoteNumbers(citations.get(i - 1)) : null;
      check(
          "citation " + fn.getKey() + " footnotes",
          equal(got, fn.getValue()),
          "citation "
              + fn.getKey()
              + " footnotes "
              + repr(got)
              + " (want "
              + repr(fn.getValue())
              + ")");
    }
    for (Iterator<Map.Entry<String, JsonNode>> it = object(e, "recfn").fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> fn = it.next();
      JsonNode recital = null;
      for (JsonNode r : d.path("recitals")) {
        if (r.path("label").isTextual() && r.path("label").textValue().equals(fn.getKey())) {
          recital = r;
          break;
        }
      }
      JsonNode got = recital == null ? null : footnoteNumbers(recital);
      check(
          "recital " + fn.getKey() + " footnotes",
          recital != null && equal(got, fn.getValue()),
          "recital "
              + fn.getKey()
              + " footnotes "
              + repr(got)
              + " (want "
              + repr(fn.getValue())
              + ")");
    }
  }

  /** The numbers of a block's footnote markers, as a JSON array. */
  private static JsonNode footnoteNumbers(JsonNode block) {
    var numbers = JsonNodeFactory.instance.arrayNode();
    for (JsonNode ref : block.path("footnoteRefs")) {
      numbers.add(ref.path("number"));
    }
    return numbers;
  }

  /** A count: exact for a whole document, else the want or one more (the block cut off). */
  private void count(String key, int got) {
    if (!e.has(key) || isUnknown(e.get(key))) {
      return;
    }
    double want = e.get(key).asDouble();
    boolean ok = whole ? got == want : want <= got && got <= want + 1;
    check(key, ok, key + " " + got + " (want " + str(e.get(key)) + ")");
  }

  private static boolean isUnknown(JsonNode value) {
    return value.isTextual() && value.textValue().equals("?");
  }

  private void numbers() {
    if (e.has("footnotes") && !isUnknown(e.get("footnotes"))) {
      int got = size(d, "footnotes");
      check(
          "footnotes",
          equal(JsonNodeFactory.instance.numberNode(got), e.get("footnotes")),
          "footnotes " + got + " (want " + str(e.get("footnotes")) + ")");
    }
    if (e.has("amendments") && !isUnknown(e.get("amendments"))) {
      count("amendments", size(d, "amendments"));
    }
    for (JsonNode number : e.path("docnums")) {
      documentNumber("document number", number);
    }
  }

  /** Every document number of the header, normalised: Python's {@code allnums}. */
  private TreeSet<String> documentNumbers() {
    JsonNode header = object(d, "header");
    TreeSet<String> all = new TreeSet<>();
    for (JsonNode n : header.path("documentNumbers")) {
      if (!n.asText("").isEmpty()) {
        all.add(norm(n));
      }
    }
    if (!isNone(header.path("documentNumber"))
        && !header.path("documentNumber").asText().isEmpty()) {
      all.add(norm(header.path("documentNumber")));
    }
    return all;
  }

  private void documentNumber(String what, JsonNode number) {
    TreeSet<String> all = documentNumbers();
    check(
        what + " " + str(number),
        all.contains(norm(number)),
        what + " " + str(number) + " not in " + repr(List.copyOf(all)));
  }

  private void motion(JsonNode h, JsonNode motion) {
    if (h.has("number")) {
      documentNumber("motion number", h.get("number"));
    }
    same(h, "kind", motion, "kind", "motion kind");
    same(h, "motionDate", motion, "date", "motion date");
    if (h.has("rule")) {
      List<String> rules = new ArrayList<>();
      motion.path("rules").forEach(r -> rules.add(norm(r)));
      check(
          "rules",
          rules.contains(norm(h.get("rule"))),
          "rules " + repr(rules) + " (want " + str(h.get("rule")) + ")");
    }
    List<JsonNode> groups = new ArrayList<>();
    TreeSet<String> names = new TreeSet<>();
    for (JsonNode group : motion.path("authorGroups")) {
      if (!group.path("group").asText("").isEmpty()) {
        groups.add(group.path("group"));
      }
      group.path("authors").forEach(a -> names.add(norm(a)));
    }
    if (h.has("groups")) {
      JsonNode got = JsonNodeFactory.instance.arrayNode().addAll(groups);
      check(
          "groups",
          equal(got, h.get("groups")),
          "groups " + repr(got) + " (want " + repr(h.get("groups")) + ")");
    }
    if (h.has("authors")) {
      List<JsonNode> want = new ArrayList<>();
      h.get("authors").forEach(want::add);
      boolean missing = want.stream().anyMatch(a -> !names.contains(norm(a)));
      check(
          "authors",
          !missing && names.size() <= want.size() + 2,
          "authors "
              + repr(List.copyOf(names).subList(0, Math.min(6, names.size())))
              + " (want "
              + repr(
                  JsonNodeFactory.instance
                      .arrayNode()
                      .addAll(want.subList(0, Math.min(6, want.size()))))
              + ")");
    }
    if (h.has("replaced")) {
      int got = size(motion, "replacedMotions");
      check(
          "replaced motions",
          equal(JsonNodeFactory.instance.numberNode(got), h.get("replaced")),
          "replaced motions " + got + " (want " + str(h.get("replaced")) + ")");
    }
  }

  /** A fact compared with a value of the parser's JSON as it is. */
  private void same(JsonNode facts, String key, JsonNode parsed, String field, String name) {
    if (facts.has(key)) {
      check(
          name,
          equal(parsed.path(field), facts.get(key)),
          name + " " + str(parsed.path(field)) + " (want " + str(facts.get(key)) + ")");
    }
  }

  private void report(JsonNode r, JsonNode report) {
    if (r.has("number")) {
      documentNumber("report number", r.get("number"));
    }
    same(r, "date", report, "date", "report date");
    if (r.has("committee")) {
      String got = norm(report.path("committee"));
      check(
          "committee",
          got == null ? norm(r.get("committee")) == null : got.equals(norm(r.get("committee"))),
          "committee " + repr(report.path("committee")));
    }
    if (r.has("rapporteurs")) {
      List<String> got = new ArrayList<>();
      report.path("rapporteurs").forEach(x -> got.add(norm(x)));
      List<String> want = new ArrayList<>();
      r.get("rapporteurs").forEach(x -> want.add(norm(x)));
      check(
          "rapporteurs",
          got.equals(want),
          "rapporteurs " + repr(got) + " (want " + repr(r.get("rapporteurs")) + ")");
    }
  }

  private void officialJournal(JsonNode o, JsonNode header) {
    JsonNode oj = object(header, "officialJournal");
    same(o, "celex", header, "celex", "celex");
    for (String key : List.of("series", "issue", "date", "page")) {
      if (o.has(key)) {
        JsonNode got = oj.path(key);
        boolean ok =
            !isNone(got)
                && withoutLeadingZeros(str(got)).equals(withoutLeadingZeros(str(o.get(key))));
        check("OJ " + key, ok, "OJ " + key + " " + str(got) + " (want " + str(o.get(key)) + ")");
      }
    }
  }

  /** Python's {@code lstrip("0")}. */
  private static String withoutLeadingZeros(String s) {
    int from = 0;
    while (from < s.length() && s.charAt(from) == '0') {
      from++;
    }
    return s.substring(from);
  }

  private void body() {
    JsonNode paragraphs = d.path("paragraphs");
    if (e.has("para1_start")) {
      List<String> want = firstWords(norm(e.get("para1_start")), 5);
      List<String> got =
          paragraphs.size() > 0
              ? firstWords(norm(paragraphs.get(0).path("text").asText("")), 5)
              : List.of();
      check(
          "paragraph 1 start",
          stripped(got).equals(stripped(want)),
          "paragraph 1 starts "
              + repr(String.join(" ", got))
              + " (want "
              + repr(String.join(" ", want))
              + ")");
    }
    same(e, "outcome", d, "legislativeOutcome", "legislativeOutcome");
    if (e.has("last_para_start") && paragraphs.size() > 0) {
      List<String> want = firstWords(norm(e.get("last_para_start")), 4);
      List<String> got =
          firstWords(norm(paragraphs.get(paragraphs.size() - 1).path("text").asText("")), 4);
      check(
          "last paragraph start",
          stripped(got).equals(stripped(want)),
          "last paragraph starts " + repr(String.join(" ", got)));
    }
    if (whole) {
      TreeSet<String> errors = new TreeSet<>();
      for (JsonNode diagnostic : d.path("diagnostics")) {
        if (diagnostic.path("severity").asText("").equals("ERROR")) {
          errors.add(diagnostic.path("code").asText(null));
        }
      }
      check(
          "no ERROR diagnostics",
          errors.isEmpty(),
          "ERROR diagnostics " + repr(List.copyOf(errors)));
    }
  }

  private static List<String> firstWords(String normalised, int n) {
    List<String> words = PyValues.words(normalised);
    return words.subList(0, Math.min(n, words.size()));
  }

  private static List<String> stripped(List<String> words) {
    return words.stream().map(PyValues::strip).toList();
  }
}
