// Finding one's way: a table of contents, "go to § 12", and search with the hits highlighted.
import { $, el } from "./dom.js";
import { WORDS } from "./words.js";
import { label } from "./document.js";

/** Every block's label, lower-cased, to its element id; filled by renderContents. */
let targets = new Map();

function link(text, id, title) {
  const a = el("a", null, text);
  a.href = "#" + id;
  if (title) a.title = title;
  a.addEventListener("click", e => { e.preventDefault(); go(id); });
  return a;
}

/** Scrolls to an element of the document and gives it the focus. */
function go(id) {
  const target = document.getElementById(id);
  if (!target) return false;
  if (!target.hasAttribute("tabindex")) target.tabIndex = -1;
  target.scrollIntoView({ block: "start" });
  target.focus({ preventScroll: true });
  return true;
}

function group(name, id, blocks) {
  const ol = el("ol", "toc-blocks");
  for (const b of blocks) ol.append(el("li", null, link(label(b), "b-" + b.id, b.id)));
  return el("li", null, link(name, "part-" + id), ol);
}

export function renderContents(r) {
  targets = new Map();
  const remember = (text, id) => { if (text && !targets.has(text.toLowerCase())) targets.set(text.toLowerCase(), id); };
  const toc = $("toc");
  toc.replaceChildren();
  if (r.title) toc.append(el("li", null, link(WORDS.title, "b-title")));
  if (r.citations.length) toc.append(group(WORDS.citations, "citations", r.citations));
  if (r.recitals.length) toc.append(group(WORDS.recitals, "recitals", r.recitals));
  if (r.paragraphs.length) {
    const ol = el("ol", "toc-paragraphs");
    let heading = null;
    let current = null;
    const headings = new Map(r.headings.map(h => [h.id, h]));
    for (const b of r.paragraphs) {
      if (b.heading && b.heading !== heading && headings.has(b.heading)) {
        heading = b.heading;
        current = null;
        ol.append(el("li", "toc-heading", link(headings.get(b.heading).text, "b-" + b.heading, b.heading)));
      }
      if (!current) { current = el("ol", "toc-blocks"); ol.append(el("li", null, current)); }
      current.append(el("li", null, link(label(b), "b-" + b.id, b.id)));
    }
    toc.append(el("li", null, link(WORDS.paragraphs, "part-paragraphs"), ol));
  }
  if (r.annex) toc.append(el("li", null, link(WORDS.annex, "b-annex")));
  if (r.footnotes.length) toc.append(el("li", null, link(WORDS.footnotes, "part-footnotes")));
  const options = [];
  for (const b of [...r.citations, ...r.recitals, ...r.paragraphs]) {
    remember(label(b), "b-" + b.id);
    remember(b.voteLabel, "b-" + b.id);
    remember(b.id, "b-" + b.id);
    options.push(label(b));
  }
  $("labels").replaceChildren(...options.map(o => { const opt = el("option"); opt.value = o; return opt; }));
  $("jump").value = "";
  $("jump-status").textContent = "";
  $("search").value = "";
  $("hits").textContent = "";
}

/** "§12", "12" → "§ 12"; "c" → "recital c"; spaces collapsed, lower case. */
function normalise(text) {
  let t = text.trim().replace(/\s+/g, " ").toLowerCase().replace(/^§\s*/, "§ ");
  if (/^\d+$/.test(t)) t = "§ " + t;
  if (/^[a-z]{1,2}\d*$/.test(t)) t = WORDS.recital.toLowerCase() + " " + t;
  return t;
}

function jump(e) {
  e.preventDefault();
  const wanted = $("jump").value;
  if (!wanted.trim()) return;
  const id = targets.get(normalise(wanted)) || targets.get(wanted.trim().toLowerCase());
  $("jump-status").textContent = id && go(id) ? "" : WORDS.jumpUnknown(wanted.trim());
}

// ---- Search.

let hits = [];
let current = -1;

function clearHits() {
  for (const mark of document.querySelectorAll("#doc mark.hit")) {
    const parent = mark.parentNode;
    mark.replaceWith(document.createTextNode(mark.textContent));
    parent.normalize();
  }
  hits = [];
  current = -1;
}

function search() {
  clearHits();
  const wanted = $("search").value.trim().toLowerCase();
  if (wanted.length < 2) { $("hits").textContent = ""; return; }
  const walker = document.createTreeWalker($("doc"), NodeFilter.SHOW_TEXT);
  const nodes = [];
  for (let n = walker.nextNode(); n; n = walker.nextNode()) nodes.push(n);
  for (const node of nodes) {
    const text = node.nodeValue;
    const folded = text.toLowerCase();
    if (folded.length !== text.length) continue;
    let at = folded.indexOf(wanted);
    if (at < 0) continue;
    const pieces = [];
    let from = 0;
    while (at >= 0) {
      if (at > from) pieces.push(document.createTextNode(text.slice(from, at)));
      const mark = el("mark", "hit", text.slice(at, at + wanted.length));
      pieces.push(mark);
      hits.push(mark);
      from = at + wanted.length;
      at = folded.indexOf(wanted, from);
    }
    if (from < text.length) pieces.push(document.createTextNode(text.slice(from)));
    node.replaceWith(...pieces);
  }
  $("hits").textContent = WORDS.hits(hits.length);
}

function nextHit(e) {
  e.preventDefault();
  if (hits.length === 0) { search(); if (hits.length === 0) return; }
  if (current >= 0) hits[current].classList.remove("current");
  current = (current + 1) % hits.length;
  hits[current].classList.add("current");
  hits[current].scrollIntoView({ block: "center" });
  $("hits").textContent = WORDS.hits(hits.length) + " (" + (current + 1) + "/" + hits.length + ")";
}

export function setUpNavigation() {
  $("jump-form").addEventListener("submit", jump);
  $("search").addEventListener("input", search);
  $("search-form").addEventListener("submit", nextHit);
}

/** Searches again after the document was drawn anew (votes loaded). */
export function refreshSearch() { if ($("search").value.trim()) search(); }
