// The document's head, first on the page: its title, numbers, date and final result, links to
// its sources, and its authors folded away; the details of the reading in their own fold.
import { $, el, lower, outLink } from "./dom.js";
import { WORDS } from "./words.js";
import { documentUrl, votingListUrl } from "./sources.js";
import { finalVoteText } from "./votes.js";

function numbers(r) {
  const h = r.header || {};
  return [h.documentNumber].concat(h.documentNumbers || []).filter((x, i, a) => x && a.indexOf(x) === i);
}

function date(r) {
  const h = r.header || {};
  return (h.motion && h.motion.date) || h.date || (r.title && r.title.date) || null;
}

function procedure(r) {
  const h = r.header || {};
  return (h.procedure || (r.title && r.title.procedure) || {}).reference || null;
}

function titleText(r) {
  if (r.title) return r.title.text.replace(/\s+/g, " ").trim();
  const h = r.header || {};
  return (h.motion && h.motion.heading) || numbers(r)[0] || "";
}

/** The head of the document; {@code votes} is the votes response or null. */
export function renderOverview(r, votes) {
  const box = $("overview");
  const h1 = el("h2", "doc-title", titleText(r));
  h1.id = "doc-title";
  const facts = el("p", "facts");
  const add = (name, value) => { if (value) facts.append(el("span", "fact", el("span", "fact-name", name + " "), value)); };
  add(WORDS.documentNumbers, numbers(r).join(", "));
  add(WORDS.date, date(r));
  add(WORDS.procedure, procedure(r));
  const final = el("p", "final");
  final.id = "final";
  final.append(...finalVoteText(votes));
  box.replaceChildren(h1, facts, final, sources(r, votes));
  const authors = authorsFold(r);
  if (authors) box.append(authors);
  renderReadingSummary(r);
}

function sources(r, votes) {
  const list = el("ul", "sources");
  list.id = "sources";
  const language = r.language && r.language !== "und" ? r.language : null;
  const page = documentUrl(numbers(r)[0], language);
  if (page) list.append(el("li", null, outLink(page, WORDS.epPage)));
  const sitting = votes && votes.sitting;
  const listPage = sitting && votingListUrl(sitting.date, sitting.language);
  if (listPage) list.append(el("li", null, outLink(listPage, WORDS.votingListPage(sitting.date))));
  return list;
}

function authorsFold(r) {
  const motion = (r.header || {}).motion;
  const groups = (motion && motion.authorGroups) || [];
  const authors = groups.flatMap(g => g.authors);
  if (authors.length === 0) return null;
  const fold = el("details", "authors");
  fold.id = "authors";
  const named = groups.filter(g => g.group).length;
  fold.append(el("summary", null, WORDS.authors(authors.length, named)));
  const dl = el("dl");
  for (const g of groups) dl.append(el("dt", "group", g.group || WORDS.members), el("dd", null, g.authors.join(", ")));
  if (motion && motion.replacedMotions && motion.replacedMotions.length) {
    dl.append(el("dt", null, WORDS.replaces),
      el("dd", null, motion.replacedMotions.map(m => m.number + (m.group ? " (" + m.group + ")" : "")).join(", ")));
  }
  fold.append(dl);
  return fold;
}

function renderReadingSummary(r) {
  const dl = el("dl");
  const add = (term, value) => { if (value) dl.append(el("dt", null, term), el("dd", null, value)); };
  add(WORDS.language, r.language + " (confidence " + r.languageConfidence + ")");
  add(WORDS.blocks, WORDS.blockCounts(r));
  const h = r.header || {};
  add(WORDS.decides, r.legislativeOutcome && lower(r.legislativeOutcome));
  if (h.motion) add(WORDS.motion, h.motion.heading);
  if (h.report) add(WORDS.report, JSON.stringify(h.report));
  $("summary").replaceChildren(dl);
}
