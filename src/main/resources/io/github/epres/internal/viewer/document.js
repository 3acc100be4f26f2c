// The document: its blocks with plain labels ("§ 1", "Recital B"; the ids on hover), their marks
// (clause actions, addressees, references, dates, footnote markers, split-vote parts) and, beside
// the text, the source each block was read from.
import { $, el, lower } from "./dom.js";
import { WORDS } from "./words.js";
import { badges, insertion, partLabel } from "./votes.js";

const ACTION_COLOURS = 9;

/** The numbers of the footnotes whose text the document holds. */
let footnoteNumbers = new Set();
/** The actions in the document, each with its colour class, in order of first use. */
let actionsSeen = new Map();
let source = "";

// ---- The source view: the model's spans, highlighted in the text they come from.

export function showSpan(span) {
  const pre = $("source");
  const start = Math.max(0, Math.min(span.offset, source.length));
  const end = Math.max(start, Math.min(span.offset + span.length, source.length));
  const mark = el("mark", null, source.slice(start, end));
  pre.replaceChildren(document.createTextNode(source.slice(0, start)), mark, document.createTextNode(source.slice(end)));
  pre.scrollTop = Math.max(0, mark.offsetTop - pre.offsetTop - pre.clientHeight / 3);
}

function linkToSource(node, span) {
  node.tabIndex = 0;
  node.addEventListener("mouseenter", () => showSpan(span));
  node.addEventListener("focus", () => showSpan(span));
}

// ---- Block texts with their marks.

function marks(block, parts) {
  const list = [];
  for (const c of block.clauses || []) {
    list.push({ start: c.offset, end: c.offset + c.phrase.length, cls: "action a" + actionsSeen.get(c.action), title: lower(c.action) });
    if (c.addressee) {
      const at = block.text.slice(c.offset, c.offset + c.length).indexOf(c.addressee.text, c.phrase.length);
      if (at >= 0) list.push({ start: c.offset + at, end: c.offset + at + c.addressee.text.length, cls: "addressee",
        title: WORDS.addressee + ": " + lower(c.addressee.kind) });
    }
  }
  for (const r of block.references || []) list.push({ start: r.offset, end: r.offset + r.text.length, cls: "ref", title: lower(r.kind) + ": " + r.value });
  for (const d of block.dates || []) list.push({ start: d.offset, end: d.offset + d.text.length, cls: "date", title: WORDS.dateMark + ": " + d.date });
  for (const p of parts) list.push({ start: p.offset, end: p.offset + p.length, cls: "part part-" + p.part, title: p.title });
  return list;
}

function markedText(block, parts) {
  const text = block.text;
  const list = marks(block, parts);
  const refs = new Map((block.footnoteRefs || []).map(f => [f.offset, f]));
  const clamp = n => Math.max(0, Math.min(n, text.length));
  const cuts = new Set([0, text.length]);
  for (const m of list) { cuts.add(clamp(m.start)); cuts.add(clamp(m.end)); }
  for (const f of refs.values()) { cuts.add(f.offset); cuts.add(clamp(f.offset + f.marker.length)); }
  const sorted = [...cuts].sort((a, b) => a - b);
  const out = el("span", "text");
  for (let i = 0; i + 1 < sorted.length; i++) {
    const from = sorted[i], to = sorted[i + 1];
    const piece = text.slice(from, to);
    const ref = refs.get(from);
    if (ref && to === clamp(from + ref.marker.length)) {
      // A link where the document holds the footnote's text; a marker alone where it does not.
      const known = footnoteNumbers.has(ref.number);
      const a = el(known ? "a" : "span", "fnref", piece);
      if (known) a.href = "#fn-" + ref.number;
      a.id = "fnref-" + block.id + "-" + ref.number;
      a.title = WORDS.footnote(ref.number, known);
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

function collectActions(r) {
  actionsSeen = new Map();
  for (const b of [...r.recitals, ...r.paragraphs]) {
    for (const c of b.clauses) if (!actionsSeen.has(c.action)) actionsSeen.set(c.action, actionsSeen.size % ACTION_COLOURS);
  }
}

/** A block's plain label ("§ 1", "Recital B", "Citation 3") with its id on hover. */
export function label(b) { return b.voteLabelEn || b.voteLabel || b.id; }

function labelChip(text, id) {
  const chip = el("span", "label", text);
  chip.title = id;
  return chip;
}

// ---- The document.

/** Renders the document's text with the votes (an index from votes.js) on it. */
export function renderDocument(data, votes) {
  const r = data.resolution;
  source = data.source;
  collectActions(r);
  footnoteNumbers = new Set(r.footnotes.map(f => f.number));
  $("source").replaceChildren(document.createTextNode(source));
  renderLegend();
  renderDiagnostics(r);
  const doc = $("doc");
  doc.replaceChildren();
  if (r.title) {
    const t = node(WORDS.title, "title", r.title.text, r.title.span, "title");
    t.id = "b-title";
    doc.append(t);
  }
  if (r.authorLine) doc.append(node(WORDS.authorLine, "author", r.authorLine.text, r.authorLine.span, "author-line"));
  section(doc, "citations", WORDS.citations, r.citations, votes);
  section(doc, "recitals", WORDS.recitals, r.recitals, votes);
  section(doc, "paragraphs", WORDS.paragraphs, r.paragraphs, votes, new Map(r.headings.map(h => [h.id, h])));
  renderAmendments(doc, r.amendments || []);
  if (r.annex) {
    doc.append(partHeading("annex", WORDS.annex));
    const a = node(WORDS.annex, "annex", r.annex.text, r.annex.span, "annex");
    a.id = "b-annex";
    doc.append(a);
  }
  renderFootnotes(doc, r);
}

function partHeading(id, text) {
  const h = el("h2", "part-heading", text);
  h.id = "part-" + id;
  return h;
}

function node(labelText, cls, text, span, id) {
  const n = el("div", "node " + cls, el("div", "meta", labelChip(labelText, id)), el("div", null, text));
  linkToSource(n, span);
  return n;
}

function section(doc, id, name, blocks, votes, headings) {
  if (blocks.length === 0) return;
  doc.append(partHeading(id, name));
  let heading = null;
  for (const b of blocks) {
    if (headings && b.heading && b.heading !== heading) {
      heading = b.heading;
      const h = headings.get(b.heading);
      if (h) {
        const hn = el("h3", "heading", h.text);
        hn.id = "b-" + h.id;
        hn.title = h.id;
        linkToSource(hn, h.span);
        doc.append(hn);
      }
    }
    for (const v of votes.before.get(b.id) || []) doc.append(insertion(v));
    doc.append(blockNode(b, votes));
    for (const v of votes.after.get(b.id) || []) doc.append(insertion(v));
  }
}

function blockNode(b, votes) {
  const own = votes.block.get(b.id) || [];
  const parts = own.filter(v => v.target.kind === "PART").flatMap(v => (v.target.ranges || []).map(range =>
    ({ offset: range.offset, length: range.length, part: String(v.marker || "").replace(/\W/g, ""), title: partLabel(v) })));
  const ownLabel = b.voteLabel && b.voteLabel !== label(b) ? el("span", "label own", b.voteLabel) : null;
  const article = el("article", "block", el("div", "meta", labelChip(label(b), b.id), ownLabel),
    el("div", null, el("span", "marker", b.marker.trim()), markedText(b, parts)));
  article.id = "b-" + b.id;
  article.setAttribute("aria-label", label(b));
  if (b.points && b.points.length) article.append(points(b.points));
  const details = detailsOf(b);
  if (details) article.append(details);
  if (own.length) article.append(badges(own));
  linkToSource(article, b.span);
  return article;
}

function points(list) {
  const ul = el("ul", "points");
  for (const p of list) {
    const li = el("li", null, el("span", "meta", labelChip(p.voteLabelEn || p.voteLabel, p.id)), " ",
      el("span", "marker", p.marker.trim()), p.text || "");
    if (p.points && p.points.length) li.append(points(p.points));
    if (p.span) linkToSource(li, p.span);
    ul.append(li);
  }
  return ul;
}

function detailsOf(b) {
  const items = [];
  for (const c of b.clauses) if (c.addressee) items.push(lower(c.action) + " → " + c.addressee.text + " (" + lower(c.addressee.kind) + ")");
  for (const r of b.references) items.push(lower(r.kind) + ": " + r.value);
  for (const d of b.dates) items.push(WORDS.dateIs(d.text, d.date));
  if (items.length === 0) return null;
  return el("ul", "details", ...items.map(i => el("li", null, i)));
}

/** Each amendment: what it amends, then its two columns side by side, then its justification. */
function renderAmendments(doc, amendments) {
  if (amendments.length === 0) return;
  doc.append(partHeading("amendments", WORDS.amendments));
  for (const a of amendments) {
    const table = el("table", "amendment-columns");
    if (a.columns.length === 2) table.append(el("tr", null, el("th", null, a.columns[0]), el("th", null, a.columns[1])));
    for (const row of a.rows) table.append(el("tr", null, el("td", null, row.original), el("td", null, row.amended)));
    const body = el("div", null, el("div", "target", a.target.join(" – ")), table,
      a.justification ? el("div", "justification", a.justification) : null);
    const n = el("div", "node amendment", el("div", "meta", labelChip(WORDS.amendment + " " + (a.number || ""), a.id)), body);
    n.id = "b-" + a.id;
    linkToSource(n, a.span);
    doc.append(n);
  }
}

function renderFootnotes(doc, r) {
  if (r.footnotes.length === 0) return;
  doc.append(partHeading("footnotes", WORDS.footnotes));
  const ol = el("ol", "footnotes");
  const blocks = [...r.citations, ...r.recitals, ...r.paragraphs];
  for (const f of r.footnotes) {
    const li = el("li", "node", el("span", "marker", f.marker.trim()), f.text);
    li.id = "fn-" + f.number;
    for (const b of blocks) {
      for (const ref of b.footnoteRefs) {
        if (ref.number !== f.number) continue;
        const back = el("a", null, " ↩ " + label(b));
        back.href = "#fnref-" + b.id + "-" + ref.number;
        back.title = b.id;
        li.append(back);
      }
    }
    linkToSource(li, f.span);
    ol.append(li);
  }
  doc.append(ol);
}

function renderLegend() {
  const legend = $("legend");
  legend.replaceChildren(el("strong", null, WORDS.actionsLegend));
  for (const [action, colour] of actionsSeen) legend.append(el("span", "action a" + colour, lower(action)));
  legend.append(el("span", "addressee", WORDS.addressee), el("span", "ref", WORDS.reference), el("span", "date", WORDS.dateMark));
}

function renderDiagnostics(r) {
  const box = $("diagnostics");
  box.replaceChildren();
  $("reading-details-summary").textContent = WORDS.readingDetails
    + (r.diagnostics.length ? " — " + WORDS.diagnostics(r.diagnostics.length).toLowerCase() : "");
  if (r.diagnostics.length === 0) return;
  const ul = el("ul");
  for (const d of r.diagnostics) {
    const button = el("button", null, d.span.line + ":" + d.span.column);
    button.type = "button";
    button.addEventListener("click", () => { showSpan(d.span); $("source").focus(); });
    ul.append(el("li", "diagnostic " + d.severity, button, " " + d.severity.toLowerCase() + " " + d.code + ": " + d.message));
  }
  box.append(el("h3", null, WORDS.diagnostics(r.diagnostics.length)), ul);
}
