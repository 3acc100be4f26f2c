package io.github.epres.corpus;

import static io.github.epres.corpus.PyValues.equal;
import static io.github.epres.corpus.PyValues.norm;
import static io.github.epres.corpus.PyValues.repr;
import static io.github.epres.corpus.PyValues.str;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
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
    new HeaderFacts(checks, document, facts).check();
    checks.body();
    return checks.out;
  }

  void check(String name, boolean ok, String message) {
    out.add(new Check(name, ok, message));
  }

  /** A check whose message is corpus-score's "what got (want want)". */
  void check(String name, boolean ok, String what, String got, String want) {
    check(name, ok, what + " " + got + " (want " + want + ")");
  }

  /** Python's {@code d.get(key) or {}}. */
  static JsonNode object(JsonNode node, String key) {
    JsonNode value = node.path(key);
    return value.isObject() ? value : JsonNodeFactory.instance.objectNode();
  }

  static int size(JsonNode node, String key) {
    return node.path(key).size();
  }

  private void head() {
    JsonNode title = object(d, "title");
    JsonNode header = object(d, "header");
    if (e.has("lang")) {
      String want = str(e.get("lang")).toLowerCase(Locale.ROOT);
      boolean ok = d.path("language").isTextual() && d.path("language").textValue().equals(want);
      check("lang", ok, "lang", str(d.path("language")), want);
    }
    same(e, "kind", title, "kind", "kind");
    same(e, "date", title, "date", "title date");
    if (e.has("proc")) {
      Set<String> procedures = new LinkedHashSet<>();
      for (JsonNode part :
          List.of(title, header, object(header, "motion"), object(header, "report"))) {
        procedures.add(norm(object(part, "procedure").path("reference")));
      }
      TreeSet<String> shown = new TreeSet<>();
      procedures.stream().filter(p -> p != null && !p.isEmpty()).forEach(shown::add);
      boolean ok = procedures.contains(norm(e.get("proc")));
      check("procedure", ok, "procedure", repr(List.copyOf(shown)), str(e.get("proc")));
    }
    if (e.has("author")) {
      JsonNode line = d.path("authorLine");
      String got = norm(line.isObject() ? line.path("text") : line);
      String want = norm(e.get("author"));
      boolean ok = got == null ? want == null : got.equals(want);
      check("author line", ok, "author line", repr(got), repr(e.get("author")));
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
      footnotes("citation " + fn.getKey(), equal(got, fn.getValue()), got, fn.getValue());
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
      footnotes(
          "recital " + fn.getKey(),
          recital != null && equal(got, fn.getValue()),
          got,
          fn.getValue());
    }
  }

  /** The check of a block's footnote markers: {@code got} is null where there is no such block. */
  private void footnotes(String block, boolean ok, JsonNode got, JsonNode want) {
    String name = block + " footnotes";
    check(name, ok, name, repr(got), repr(want));
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
    check(key, ok, key, String.valueOf(got), str(e.get(key)));
  }

  /** A count that must be exact, whole document or not. */
  void exact(String name, int got, JsonNode want) {
    check(name, equal(JsonNodeFactory.instance.numberNode(got), want), name, "" + got, str(want));
  }

  private static boolean isUnknown(JsonNode value) {
    return value.isTextual() && value.textValue().equals("?");
  }

  private void numbers() {
    if (e.has("footnotes") && !isUnknown(e.get("footnotes"))) {
      exact("footnotes", size(d, "footnotes"), e.get("footnotes"));
    }
    if (e.has("amendments") && !isUnknown(e.get("amendments"))) {
      count("amendments", size(d, "amendments"));
    }
  }

  /** A fact compared with a value of the parser's JSON as it is. */
  void same(JsonNode facts, String key, JsonNode parsed, String field, String name) {
    if (facts.has(key)) {
      JsonNode got = parsed.path(field);
      check(name, equal(got, facts.get(key)), name, str(got), str(facts.get(key)));
    }
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
          "paragraph 1 starts",
          repr(String.join(" ", got)),
          repr(String.join(" ", want)));
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
