// The votes on the document: badges on its blocks, a summary at the top (how many votings, adopted,
// rejected, lapsed, the final vote), the roll calls by political group, and a Member's votes.
import { $, el, outLink } from "./dom.js";
import { WORDS } from "./words.js";
import { documentUrl } from "./sources.js";

/** Group colours, by the group names the motion headers and voting lists use. */
const GROUP_COLOURS = {
  "PPE": "#3a6fb0", "S&D": "#c8102e", "PfE": "#2b3a8c", "ECR": "#0a7f9f", "Renew": "#e8a200", "Verts/ALE": "#3d9a35",
  "The Left": "#8b1a2b", "GUE/NGL": "#8b1a2b", "ESN": "#5b3f2e", "ID": "#22375f", "ALDE": "#e8a200", "EFDD": "#24a3b5",
  "ENF": "#2b2b6e", "NI": "#8c8c8c",
};

/** The votings of the votes response by where they go in the document. */
export function index(votings) {
  const out = { block: new Map(), after: new Map(), before: new Map(), whole: [], other: [] };
  const push = (map, key, v) => { if (!map.has(key)) map.set(key, []); map.get(key).push(v); };
  for (const v of votings || []) {
    const t = v.target;
    if ((t.kind === "BLOCK" || t.kind === "PART") && t.id) push(out.block, t.id, v);
    else if (t.kind === "AFTER" && t.id) push(out.after, t.id, v);
    else if (t.kind === "BEFORE" && t.id) push(out.before, t.id, v);
    else if (t.kind === "DOCUMENT" || t.kind === "TITLE") out.whole.push(v);
    else out.other.push(v);
  }
  return out;
}

function resultWord(v) {
  return v.result ? (WORDS.result[v.result] || v.result.toLowerCase()) : v.marker === "split" ? WORDS.votedInParts : WORDS.vote;
}

/** "part 1: adopted" for a split part, its label in the text. */
export function partLabel(v) { return WORDS.part(v.marker || "?") + ": " + resultWord(v); }

/** The counts as three numbers, each in its own element. */
function counts(v) {
  return el("span", "counts",
    el("span", "n favor", v.favor), " " + WORDS.favor + ", ",
    el("span", "n against", v.against), " " + WORDS.against + ", ",
    el("span", "n abstention", v.abstention), " " + (v.abstention === 1 ? WORDS.abstention : WORDS.abstention + "s"));
}

function badge(v) {
  const text = v.target.kind === "PART" ? partLabel(v) : resultWord(v);
  const b = el("span", "vote " + (v.result || ""), text, v.favor !== undefined ? " — " : null, v.favor !== undefined ? counts(v) : null);
  b.title = v.subject + (v.amendment ? ", " + WORDS.amendment + " " + v.amendment : "") + (v.author ? " (" + v.author + ")" : "")
    + " — " + WORDS.votingId(v.votingId);
  return b;
}

export function badges(list) {
  const box = el("div", "votes");
  for (const v of list) box.append(badge(v), " ");
  return box;
}

export function insertion(v) {
  return el("div", "insertion", el("strong", null, v.subject + ": "),
    WORDS.amendment + " " + (v.amendment || "?") + (v.author ? WORDS.by + v.author : "") + " ", badge(v));
}

/** The final vote: the last voting on the text as a whole with a result. */
function finalVote(votings) {
  return (votings || []).filter(v => v.target.kind === "DOCUMENT" && v.result).pop() || null;
}

/** The final result line of the document's head, as nodes. */
export function finalVoteText(response) {
  if (!response) return [WORDS.finalVoteUnknown];
  const v = finalVote(response.votings);
  if (!v) return [WORDS.noFinalVote];
  return [el("strong", null, WORDS.finalVote + ": "), badge(v)];
}

/** A voting named for a reader: "the text as a whole", "§ 1, part 1", "amendment 1 (Renew), after § 4". */
function votingName(v, labels) {
  const t = v.target;
  if (t.kind === "DOCUMENT") return WORDS.finalVoteSubject;
  const where = labels.get(t.id) || v.subject;
  if (t.kind === "PART") return where + ", " + WORDS.part(v.marker || "?");
  if (v.amendment && v.amendment !== "§") return WORDS.amendment + " " + v.amendment + (v.author ? " (" + v.author + ")" : "") + ", " + v.subject;
  return where;
}

/** The summary at the top, the roll calls by group and the Member lookup. */
export function renderVotesSummary(response, labels) {
  const box = $("votes-summary");
  box.hidden = false;
  const h = el("h2", null, WORDS.votes);
  h.id = "votes-heading";
  box.replaceChildren(h);
  const decided = response.votings.filter(v => v.result);
  if (decided.length === 0) { box.append(el("p", null, WORDS.votingsNone)); return; }
  const tally = el("dl", "tally");
  tally.id = "tally";
  const add = (key, n) => tally.append(el("div", "tally-" + key, el("dt", null, WORDS.summaryNames[key]), el("dd", null, n)));
  add("votings", decided.length);
  for (const r of ["ADOPTED", "REJECTED", "LAPSED"]) add(r, decided.filter(v => v.result === r).length);
  box.append(tally);
  const final = finalVote(response.votings);
  if (final) box.append(el("p", "final-summary", el("strong", null, WORDS.finalVote + ": "), badge(final)));
  renderRollCalls(box, response, labels);
  renderOtherVotings(box, response);
}

function renderRollCalls(box, response, labels) {
  const calls = response.votings.filter(v => v.rollCall);
  if (calls.length === 0) return;
  const section = el("section", "rollcalls");
  section.id = "rollcalls";
  const h = el("h3", null, WORDS.rollCalls);
  section.append(h, el("p", "bar-legend", WORDS.groupsLegend,
    el("span", "swatch favor"), " " + WORDS.favor + "  ", el("span", "swatch against"), " " + WORDS.against + "  ",
    el("span", "swatch abstention"), " " + WORDS.abstention));
  for (const v of calls) section.append(rollCallFigure(v, labels));
  section.append(memberLookup(calls, labels));
  box.append(section);
}

function rollCallFigure(v, labels) {
  const call = v.rollCall;
  const total = g => g.favor + g.against + g.abstention;
  const groups = [...call.groups].sort((a, b) => total(b) - total(a));
  const largest = Math.max(1, ...groups.map(total));
  const table = el("table", "groups");
  table.append(el("caption", null, WORDS.rollCallOf(votingName(v, labels)) + " — ", counts(call)));
  for (const g of groups) {
    const bar = el("div", "group-bar");
    bar.style.width = (100 * total(g) / largest).toFixed(1) + "%";
    for (const [kind, n] of [["favor", g.favor], ["against", g.against], ["abstention", g.abstention]]) {
      if (n === 0) continue;
      const piece = el("span", "piece " + kind);
      piece.style.flexGrow = String(n);
      bar.append(piece);
    }
    bar.setAttribute("aria-hidden", "true");
    const swatch = el("span", "group-swatch");
    swatch.style.background = GROUP_COLOURS[g.group] || "#8c8c8c";
    const row = el("tr", "group-row", el("th", null, swatch, g.group), el("td", "bar-cell", bar),
      el("td", "group-counts", WORDS.groupTotals(g.favor, g.against, g.abstention)));
    row.dataset.group = g.group;
    table.append(row);
  }
  const figure = el("figure", "rollcall", table);
  if (v.match === "TIME_AND_SUBJECT") figure.append(el("p", "rollcall-note", WORDS.foundByTime));
  for (const problem of call.problems || []) figure.append(el("p", "rollcall-note", WORDS.listProblem + problem));
  figure.dataset.voting = v.votingId;
  return figure;
}

function fold(text) { return text.normalize("NFD").replace(/\p{M}/gu, "").toLowerCase(); }

function memberLookup(calls, labels) {
  const form = el("form", "lookup");
  form.setAttribute("role", "search");
  const input = el("input");
  input.id = "member";
  input.type = "search";
  input.autocomplete = "off";
  input.setAttribute("list", "member-names");
  const names = new Set(calls.flatMap(v => v.rollCall.members.map(m => m.name)));
  const datalist = el("datalist", null, ...[...names].sort().map(n => { const o = el("option"); o.value = n; return o; }));
  datalist.id = "member-names";
  const labelEl = el("label", null, WORDS.memberLookup);
  labelEl.htmlFor = "member";
  const out = el("ul", "member-votes");
  out.id = "member-votes";
  out.setAttribute("aria-live", "polite");
  const show = () => {
    const wanted = fold(input.value.trim());
    out.replaceChildren();
    if (wanted.length < 2) return;
    const found = new Map();
    for (const v of calls) {
      for (const m of v.rollCall.members) {
        if (!fold(m.name).includes(wanted)) continue;
        const key = m.mepId || m.name + "|" + m.group;
        if (!found.has(key)) found.set(key, { member: m, votes: [] });
        found.get(key).votes.push(WORDS.memberVoted(WORDS[m.vote] || m.vote, votingName(v, labels)));
      }
    }
    if (found.size === 0) { out.append(el("li", null, WORDS.memberNone(input.value.trim()))); return; }
    for (const { member, votes } of [...found.values()].slice(0, 20)) {
      const li = el("li", "member-vote", el("strong", null, WORDS.memberVote(member.name, member.group)), ": " + votes.join("; "));
      if (member.mepId) li.title = WORDS.mepId(member.mepId);
      out.append(li);
    }
  };
  input.addEventListener("input", show);
  form.addEventListener("submit", e => { e.preventDefault(); show(); });
  form.append(labelEl, input, datalist, out);
  return form;
}

function renderOtherVotings(box, response) {
  const other = index(response.votings).other;
  if (other.length === 0) return;
  const language = response.sitting && response.sitting.language;
  const ul = el("ul", "votes-other");
  ul.id = "votes-other";
  for (const v of other) {
    const number = v.target.id || v.subject;
    const title = response.titles && response.titles[number];
    const url = documentUrl(number, language);
    ul.append(el("li", null, url ? outLink(url, number) : number, title ? " — " + title : null,
      v.author ? " (" + v.author + ")" : null, " ", badge(v)));
  }
  const folded = el("details", "other-votings", el("summary", null, WORDS.otherVotings + " (" + other.length + ")"), ul);
  folded.id = "other-votings";
  box.append(folded);
}
