package io.github.epres.corpus;

import static io.github.epres.corpus.PyValues.equal;
import static io.github.epres.corpus.PyValues.isNone;
import static io.github.epres.corpus.PyValues.norm;
import static io.github.epres.corpus.PyValues.repr;
import static io.github.epres.corpus.PyValues.str;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

/**
 * The facts of a document's header, as corpus-score checks them: its document numbers, a motion's
 * number, kind, date, rule, groups, authors and replaced motions, a report's number, date,
 * committee and rapporteurs, an Official Journal copy's CELEX number, series, issue, date and page.
 */
final class HeaderFacts {
  private final FactChecks checks;
  private final JsonNode d;
  private final JsonNode e;

  HeaderFacts(FactChecks checks, JsonNode document, JsonNode facts) {
    this.checks = checks;
    this.d = document;
    this.e = facts;
  }

  void check() {
    for (JsonNode number : e.path("docnums")) {
      documentNumber("document number", number);
    }
    JsonNode header = FactChecks.object(d, "header");
    motion(FactChecks.object(e, "header"), FactChecks.object(header, "motion"));
    report(FactChecks.object(e, "report"), FactChecks.object(header, "report"));
    officialJournal(FactChecks.object(e, "oj"), header);
  }

  /** Every document number of the header, normalised: Python's {@code allnums}. */
  private TreeSet<String> documentNumbers() {
    JsonNode header = FactChecks.object(d, "header");
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
    checks.check(
        what + " " + str(number),
        all.contains(norm(number)),
        what + " " + str(number) + " not in " + repr(List.copyOf(all)));
  }

  private void motion(JsonNode h, JsonNode motion) {
    if (h.has("number")) {
      documentNumber("motion number", h.get("number"));
    }
    checks.same(h, "kind", motion, "kind", "motion kind");
    checks.same(h, "motionDate", motion, "date", "motion date");
    if (h.has("rule")) {
      List<String> rules = new ArrayList<>();
      motion.path("rules").forEach(r -> rules.add(norm(r)));
      checks.check(
          "rules", rules.contains(norm(h.get("rule"))), "rules", repr(rules), str(h.get("rule")));
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
      checks.check(
          "groups", equal(got, h.get("groups")), "groups", repr(got), repr(h.get("groups")));
    }
    if (h.has("authors")) {
      List<JsonNode> want = new ArrayList<>();
      h.get("authors").forEach(want::add);
      boolean missing = want.stream().anyMatch(a -> !names.contains(norm(a)));
      checks.check(
          "authors",
          !missing && names.size() <= want.size() + 2,
          "authors",
          repr(List.copyOf(names).subList(0, Math.min(6, names.size()))),
          repr(
              JsonNodeFactory.instance
                  .arrayNode()
                  .addAll(want.subList(0, Math.min(6, want.size())))));
    }
    if (h.has("replaced")) {
      checks.exact(
          "replaced motions", FactChecks.size(motion, "replacedMotions"), h.get("replaced"));
    }
  }

  private void report(JsonNode r, JsonNode report) {
    if (r.has("number")) {
      documentNumber("report number", r.get("number"));
    }
    checks.same(r, "date", report, "date", "report date");
    if (r.has("committee")) {
      String got = norm(report.path("committee"));
      checks.check(
          "committee",
          got == null ? norm(r.get("committee")) == null : got.equals(norm(r.get("committee"))),
          "committee " + repr(report.path("committee")));
    }
    if (r.has("rapporteurs")) {
      List<String> got = new ArrayList<>();
      report.path("rapporteurs").forEach(x -> got.add(norm(x)));
      List<String> want = new ArrayList<>();
      r.get("rapporteurs").forEach(x -> want.add(norm(x)));
      checks.check(
          "rapporteurs", got.equals(want), "rapporteurs", repr(got), repr(r.get("rapporteurs")));
    }
  }

  private void officialJournal(JsonNode o, JsonNode header) {
    JsonNode oj = FactChecks.object(header, "officialJournal");
    checks.same(o, "celex", header, "celex", "celex");
    for (String key : List.of("series", "issue", "date", "page")) {
      if (o.has(key)) {
        JsonNode got = oj.path(key);
        boolean ok =
            !isNone(got)
                && withoutLeadingZeros(str(got)).equals(withoutLeadingZeros(str(o.get(key))));
        checks.check("OJ " + key, ok, "OJ " + key, str(got), str(o.get(key)));
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
}
