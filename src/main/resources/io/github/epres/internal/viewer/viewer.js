// The epres viewer. Every string from a document is put on the page as text (textContent, text
// nodes), never as markup: a document holding "<script>" shows those characters.
"use strict";

const ACTION_COLOURS = 9;
const state = { input: null, source: "", resolution: null, votes: null };

function $(id) { return document.getElementById(id); }

/** An element with classes and children; strings become text nodes. */
function el(tag, className, ...children) {
  const node = document.createElement(tag);
  if (className) node.className = className;
  for (const child of children) {
    if (child === null || child === undefined) continue;
    node.append(typeof child === "string" ? document.createTextNode(child) : child);
  }
  return node;
}

function status(message) { $("status").textContent = message; }

async function post(path, body, type) {
  const response = await fetch(path, { method: "POST", body, headers: { "Content-Type": type } });
  if (!response.ok) throw new Error(response.status + ": " + (await response.text()));
  return response;
}

async function parseInput(input) {
  status("Parsing …");
  try {
    const response = await post("/api/parse", input, "text/plain; charset=utf-8");
    const data = await response.json();
    state.input = input;
    state.source = data.source;
    state.resolution = data.resolution;
    state.votes = null;
    render();
    status("Parsed: " + counts(data.resolution) + ".");
  } catch (e) {
    status("Could not parse: " + e.message);
  }
}

function counts(r) {
  return r.citations.length + " citations, " + r.recitals.length + " recitals, "
    + r.paragraphs.length + " paragraphs, " + r.diagnostics.length + " diagnostics";
}

async function loadVotes(list) {
  if (state.input === null) { status("Parse a document first, then load its voting list."); return; }
  status("Linking the votes …");
  try {
    const body = JSON.stringify({ document: state.input, list });
    const response = await post("/api/votes", body, "application/json");
    state.votes = (await response.json()).votings;
    render();
    status("Votes linked: " + state.votes.length + " votings.");
  } catch (e) {
    status("Could not read the voting list: " + e.message);
  }
}

async function download(format) {
  try {
    const response = await post("/api/export?format=" + format, state.input, "text/plain; charset=utf-8");
    const name = (response.headers.get("Content-Disposition") || "").match(/filename="([^"]+)"/);
    const url = URL.createObjectURL(await response.blob());
    const link = el("a");
    link.href = url;
    link.download = name ? name[1] : "resolution." + format;
    document.body.append(link);
    link.click();
    link.remove();
    setTimeout(() => URL.revokeObjectURL(url), 1000);
  } catch (e) {
    status("Could not export: " + e.message);
  }
}

// ---- The source view: the model's spans, highlighted in the text they come from.

function showSpan(span) {
  const pre = $("source");
  const text = state.source;
  const start = Math.max(0, Math.min(span.offset, text.length));
  const end = Math.max(start, Math.min(span.offset + span.length, text.length));
  const mark = el("mark", null, text.slice(start, end));
  pre.replaceChildren(document.createTextNode(text.slice(0, start)), mark,
    document.createTextNode(text.slice(end)));
  const top = mark.offsetTop - pre.offsetTop - pre.clientHeight / 3;
  pre.scrollTop = Math.max(0, top);
}

function linkToSource(node, span) {
  node.tabIndex = 0;
  node.addEventListener("mouseenter", () => showSpan(span));
  node.addEventListener("focus", () => showSpan(span));
}

// ---- Block texts with their marks: clause actions, addressees, references, dates, footnote
// markers and split-vote parts, as classes on the pieces of text between their boundaries.

function marks(block, parts) {
  const list = [];
  for (const c of block.clauses || []) {
    list.push({ start: c.offset, end: c.offset + c.phrase.length, cls: "action a" + actionsSeen.get(c.action),
      title: c.action.toLowerCase().replace(/_/g, " ") });
    if (c.addressee) {
      const clauseText = block.text.slice(c.offset, c.offset + c.length);
      const at = clauseText.indexOf(c.addressee.text, c.phrase.length);
      if (at >= 0) list.push({ start: c.offset + at, end: c.offset + at + c.addressee.text.length,
        cls: "addressee", title: "addressee: " + c.addressee.kind.toLowerCase().replace(/_/g, " ") });
    }
  }
  for (const r of block.references || []) {
    list.push({ start: r.offset, end: r.offset + r.text.length, cls: "ref",
      title: r.kind.toLowerCase().replace(/_/g, " ") + ": " + r.value });
  }
  for (const d of block.dates || []) {
    list.push({ start: d.offset, end: d.offset + d.text.length, cls: "date", title: "date: " + d.date });
  }
  for (const p of parts) {
    list.push({ start: p.offset, end: p.offset + p.length, cls: "part part-" + p.part, title: p.title });
  }
  return list;
}

function markedText(block, parts) {
  const text = block.text;
  const list = marks(block, parts);
  const refs = new Map((block.footnoteRefs || []).map(f => [f.offset, f]));
  const cuts = new Set([0, text.length]);
  for (const m of list) { cuts.add(Math.max(0, Math.min(m.start, text.length))); cuts.add(Math.max(0, Math.min(m.end, text.length))); }
  for (const f of refs.values()) { cuts.add(f.offset); cuts.add(Math.min(text.length, f.offset + f.marker.length)); }
  const sorted = [...cuts].sort((a, b) => a - b);
  const out = el("span", "text");
  for (let i = 0; i + 1 < sorted.length; i++) {
    const from = sorted[i], to = sorted[i + 1];
    const piece = text.slice(from, to);
    const ref = refs.get(from);
    if (ref && to === Math.min(text.length, from + ref.marker.length)) {
      // A link where the document holds the footnote's text; a marker alone where it does not.
      const known = footnoteNumbers.has(ref.number);
      const a = el(known ? "a" : "span", "fnref", piece);
      if (known) a.href = "#fn-" + ref.number;
      a.id = "fnref-" + block.id + "-" + ref.number;
      a.title = "footnote " + ref.number + (known ? "" : " (its text is not in the document)");
      out.append(a);
      continue;
    }
    const active = list.filter(m => m.start <= from && m.end >= to && m.end > m.start);
    if (active.length === 0) { out.append(document.createTextNode(piece)); continue; }
    const span = el("span", active.map(m => m.cls).join(" "), piece);
    span.title = active.map(m => m.title).join("; ");
    out.append(span);
  }
  return out;
}

/** The numbers of the footnotes whose text the document holds. */
let footnoteNumbers = new Set();

/** The actions in the document, each with its colour class, in order of first use. */
let actionsSeen = new Map();
function collectActions(r) {
  actionsSeen = new Map();
  for (const b of [...r.recitals, ...r.paragraphs]) {
    for (const c of b.clauses) if (!actionsSeen.has(c.action)) actionsSeen.set(c.action, actionsSeen.size % ACTION_COLOURS);
  }
}

// ---- The document.

function render() {
  const r = state.resolution;
  collectActions(r);
  footnoteNumbers = new Set(r.footnotes.map(f => f.number));
  $("result").hidden = false;
  $("downloads").hidden = false;
  $("source").replaceChildren(document.createTextNode(state.source));
  renderSummary(r);
  renderLegend();
  renderDiagnostics(r);
  const votes = votesByTarget();
  const doc = $("doc");
  doc.replaceChildren();
  if (r.title) doc.append(node("title", "title", r.title.text, r.title.span, wholeVotes(votes)));
  if (r.authorLine) doc.append(node("author-line", "author", r.authorLine.text, r.authorLine.span));
  section(doc, "Citations", r.citations, votes);
  section(doc, "Recitals", r.recitals, votes);
  section(doc, "Paragraphs", r.paragraphs, votes, headingsById(r));
  renderAmendments(doc, r.amendments || []);
  if (r.annex) {
    doc.append(el("h3", "part-heading", "Annex"));
    doc.append(node("annex", "annex", r.annex.text, r.annex.span));
  }
  renderFootnotes(doc, r);
  renderOtherVotes(doc, votes);
}

/** Each amendment: what it amends, then its two columns side by side, then its justification. */
function renderAmendments(doc, amendments) {
  if (amendments.length === 0) return;
  doc.append(el("h3", "part-heading", "Amendments"));
  for (const a of amendments) {
    const table = el("table", "amendment-columns");
    if (a.columns.length === 2) {
      table.append(el("tr", null, el("th", null, a.columns[0]), el("th", null, a.columns[1])));
    }
    for (const row of a.rows) {
      table.append(el("tr", null, el("td", null, row.original), el("td", null, row.amended)));
    }
    const body = el("div", null, el("div", "target", a.target.join(" – ")), table,
      a.justification ? el("div", "justification", a.justification) : null);
    const n = el("div", "node amendment", el("div", "meta", el("span", "id", a.id)), body);
    linkToSource(n, a.span);
    doc.append(n);
  }
}

function node(kind, cls, text, span, extra) {
  const n = el("div", "node " + cls, el("div", "meta", el("span", "id", kind)), el("div", null, text));
  if (extra) n.append(extra);
  linkToSource(n, span);
  return n;
}

function headingsById(r) { return new Map(r.headings.map(h => [h.id, h])); }

function section(doc, name, blocks, votes, headings) {
  if (blocks.length === 0) return;
  doc.append(el("h3", "part-heading", name));
  let heading = null;
  for (const b of blocks) {
    if (headings && b.heading && b.heading !== heading) {
      heading = b.heading;
      const h = headings.get(b.heading);
      if (h) { const hn = el("div", "heading", h.text); hn.id = "b-" + h.id; linkToSource(hn, h.span); doc.append(hn); }
    }
    for (const v of votes.before.get(b.id) || []) doc.append(insertion(v));
    doc.append(blockNode(b, votes));
    for (const v of votes.after.get(b.id) || []) doc.append(insertion(v));
  }
}

function blockNode(b, votes) {
  const own = votes.block.get(b.id) || [];
  const parts = own.filter(v => v.target.kind === "PART").flatMap(v => (v.target.ranges || []).map(range =>
    ({ offset: range.offset, length: range.length, part: String(v.marker || "").replace(/\W/g, ""),
      title: "split vote, part " + (v.marker || "") + ": " + (v.result || "") })));
  const article = el("article", "block",
    el("div", "meta", el("span", "id", b.id), el("span", "label", b.voteLabel),
      b.voteLabel !== b.voteLabelEn ? el("span", "label", b.voteLabelEn) : null),
    el("div", null, el("span", "marker", b.marker.trim()), markedText(b, parts)));
  article.id = "b-" + b.id;
  if (b.points && b.points.length) article.append(points(b.points));
  const details = detailsOf(b);
  if (details) article.append(details);
  if (own.length) article.append(voteBadges(own));
  linkToSource(article, b.span);
  return article;
}

function points(list) {
  const ul = el("ul", "points");
  for (const p of list) {
    const li = el("li", null, el("span", "meta", el("span", "id", p.id), " ", el("span", "label", p.voteLabel)), " ",
      el("span", "marker", p.marker.trim()), p.text || "");
    if (p.points && p.points.length) li.append(points(p.points));
    if (p.span) linkToSource(li, p.span);
    ul.append(li);
  }
  return ul;
}

function detailsOf(b) {
  const items = [];
  for (const c of b.clauses) if (c.addressee) items.push(c.action.toLowerCase().replace(/_/g, " ") + " → " + c.addressee.text + " (" + c.addressee.kind.toLowerCase().replace(/_/g, " ") + ")");
  for (const r of b.references) items.push(r.kind.toLowerCase().replace(/_/g, " ") + ": " + r.value);
  for (const d of b.dates) items.push("date " + d.text + " = " + d.date);
  if (items.length === 0) return null;
  return el("ul", "details", ...items.map(i => el("li", null, i)));
}

function renderSummary(r) {
  const dl = el("dl");
  const add = (term, value) => { if (value) dl.append(el("dt", null, term), el("dd", null, value)); };
  add("Language", r.language + " (confidence " + r.languageConfidence + ")");
  const h = r.header || {};
  add("Document", [h.documentNumber].concat(h.documentNumbers || []).filter((x, i, a) => x && a.indexOf(x) === i).join(", "));
  add("Procedure", (h.procedure || (r.title && r.title.procedure) || {}).reference);
  add("Date", (h.motion && h.motion.date) || h.date || (r.title && r.title.date));
  add("Decides", r.legislativeOutcome && r.legislativeOutcome.toLowerCase().replace(/_/g, " "));
  if (h.motion) {
    add("Motion", h.motion.heading);
    add("Replaces", (h.motion.replacedMotions || []).map(m => m.number + (m.group ? " (" + m.group + ")" : "")).join(", "));
    for (const g of h.motion.authorGroups || []) {
      dl.append(el("dt", "group", g.group || "Members"), el("dd", null, g.authors.join(", ")));
    }
  }
  if (h.report) add("Report", JSON.stringify(h.report));
  add("Blocks", counts(r));
  $("summary").replaceChildren(el("h2", null, "Header"), dl);
}

function renderLegend() {
  const legend = $("legend");
  legend.replaceChildren(el("strong", null, "Clause actions:"));
  for (const [action, colour] of actionsSeen) legend.append(el("span", "action a" + colour, action.toLowerCase().replace(/_/g, " ")));
  legend.append(el("span", "addressee", "addressee"), el("span", "ref", "reference"), el("span", "date", "date"));
}

function renderDiagnostics(r) {
  const box = $("diagnostics");
  box.replaceChildren();
  if (r.diagnostics.length === 0) return;
  const ul = el("ul");
  for (const d of r.diagnostics) {
    const button = el("button", null, d.span.line + ":" + d.span.column);
    button.type = "button";
    button.addEventListener("click", () => { showSpan(d.span); $("source").focus(); });
    ul.append(el("li", "diagnostic " + d.severity, button, " " + d.severity.toLowerCase() + " " + d.code + ": " + d.message));
  }
  box.append(el("h2", null, "Diagnostics (" + r.diagnostics.length + ")"), ul);
}

function renderFootnotes(doc, r) {
  if (r.footnotes.length === 0) return;
  doc.append(el("h3", "part-heading", "Footnotes"));
  const ol = el("ol", "footnotes");
  const blocks = [...r.citations, ...r.recitals, ...r.paragraphs];
  for (const f of r.footnotes) {
    const li = el("li", "node", el("span", "marker", f.marker.trim()), f.text);
    li.id = "fn-" + f.number;
    for (const b of blocks) {
      for (const ref of b.footnoteRefs) {
        if (ref.number !== f.number) continue;
        const back = el("a", null, " ↩ " + b.id);
        back.href = "#fnref-" + b.id + "-" + ref.number;
        li.append(back);
      }
    }
    linkToSource(li, f.span);
    ol.append(li);
  }
  doc.append(ol);
}

// ---- Votes.

function votesByTarget() {
  const index = { block: new Map(), after: new Map(), before: new Map(), whole: [], other: [] };
  const push = (map, key, v) => { if (!map.has(key)) map.set(key, []); map.get(key).push(v); };
  for (const v of state.votes || []) {
    const t = v.target;
    if ((t.kind === "BLOCK" || t.kind === "PART") && t.id) push(index.block, t.id, v);
    else if (t.kind === "AFTER" && t.id) push(index.after, t.id, v);
    else if (t.kind === "BEFORE" && t.id) push(index.before, t.id, v);
    else if (t.kind === "DOCUMENT" || t.kind === "TITLE") index.whole.push(v);
    else index.other.push(v);
  }
  return index;
}

function voteText(v) {
  let text = v.result ? v.result.toLowerCase() : v.marker === "split" ? "voted in parts" : "vote";
  if (v.target.kind === "PART") text = "part " + (v.marker || "?") + ": " + text;
  if (v.favor !== undefined) text += " " + v.favor + "+ " + v.against + "− " + v.abstention + "0";
  return text;
}

function badge(v) {
  const b = el("span", "vote " + (v.result || ""), voteText(v));
  b.title = v.subject + (v.amendment ? ", amendment " + v.amendment : "") + (v.author ? " (" + v.author + ")" : "")
    + (v.marker ? ", " + v.marker : "");
  return b;
}

function voteBadges(list) {
  const box = el("div", "votes");
  for (const v of list) box.append(badge(v), " ");
  return box;
}

function insertion(v) {
  return el("div", "insertion", el("strong", null, v.subject + ": "),
    "amendment " + (v.amendment || "?") + (v.author ? " by " + v.author : "") + " ", badge(v));
}

function wholeVotes(votes) {
  if (votes.whole.length === 0) return null;
  return voteBadges(votes.whole.filter(v => v.result));
}

function renderOtherVotes(doc, votes) {
  if (votes.other.length === 0) return;
  doc.append(el("h3", "part-heading", "Other votings of the list"));
  const ul = el("ul", "votes-other");
  for (const v of votes.other) ul.append(el("li", null, (v.subject || "") + " — " + v.target.kind.toLowerCase() + (v.target.reason ? ": " + v.target.reason : "") + " ", badge(v)));
  doc.append(ul);
}

// ---- Input.

async function readFile(file) {
  const bytes = new Uint8Array(await file.arrayBuffer());
  return new TextDecoder("utf-8").decode(bytes);
}

function setUp() {
  $("parse").addEventListener("click", () => parseInput($("text").value));
  $("file").addEventListener("change", async e => { if (e.target.files[0]) parseInput(await readFile(e.target.files[0])); });
  $("votes").addEventListener("change", async e => { if (e.target.files[0]) loadVotes(await readFile(e.target.files[0])); });
  for (const b of document.querySelectorAll("#downloads button")) b.addEventListener("click", () => download(b.dataset.format));
  const drop = $("drop");
  drop.addEventListener("dragover", e => { e.preventDefault(); drop.classList.add("over"); });
  drop.addEventListener("dragleave", () => drop.classList.remove("over"));
  drop.addEventListener("drop", async e => {
    e.preventDefault();
    drop.classList.remove("over");
    const file = e.dataTransfer.files[0];
    if (!file) return;
    const text = await readFile(file);
    if (file.name.endsWith(".xml")) loadVotes(text); else parseInput(text);
  });
}

document.addEventListener("DOMContentLoaded", setUp);
