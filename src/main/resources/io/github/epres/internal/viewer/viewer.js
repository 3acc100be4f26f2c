// The epres viewer: the input (paste, choose or drop a document; a voting list and roll-call lists
// beside it), folded away once a document is read, then the document with its votes.
import { $, el } from "./dom.js";
import { WORDS } from "./words.js";
import { renderDocument, label } from "./document.js";
import { renderOverview } from "./overview.js";
import { index, renderVotesSummary } from "./votes.js";
import { renderContents, setUpNavigation, refreshSearch } from "./navigate.js";

const state = { input: null, data: null, list: null, rollcalls: [], votes: null };

function status(message) { $("status").textContent = message; }

function warn(message) {
  $("warning").textContent = message || "";
  $("warning").hidden = !message;
}

async function post(path, body, type) {
  const response = await fetch(path, { method: "POST", body, headers: { "Content-Type": type } });
  if (!response.ok) throw new Error(response.status + ": " + (await response.text()));
  return response;
}

/** Reads a document; a new one drops the votes of the one before. */
async function parseInput(input, name) {
  if (!input.trim()) return;
  status(WORDS.parsing);
  try {
    const response = await post("/api/parse", input, "text/plain; charset=utf-8");
    const data = await response.json();
    state.input = input;
    state.data = data;
    state.list = null;
    state.rollcalls = [];
    state.votes = null;
    $("votes").value = "";
    $("rollcalls").value = "";
    showFiles(name);
    render(true);
    $("input").open = false;
    window.scrollTo(0, 0);
    $("input-summary").textContent = WORDS.documentIs + (name || documentName(data.resolution));
    status(WORDS.parsedCounts(data.resolution));
  } catch (e) {
    status(WORDS.couldNotParse + e.message);
  }
}

function documentName(r) {
  const h = r.header || {};
  return h.documentNumber || (r.title && r.title.text.slice(0, 80)) || "";
}

let names = { document: null, list: null, rollcalls: [] };

function showFiles(documentName) {
  names = { document: documentName || null, list: state.list && state.list.name, rollcalls: state.rollcalls.map(r => r.name) };
  const parts = [];
  if (names.document) parts.push(WORDS.files.document + names.document);
  if (names.list) parts.push(WORDS.files.list + names.list);
  if (names.rollcalls.length) parts.push(WORDS.files.rollcalls + names.rollcalls.join(", "));
  $("files").textContent = parts.join(" · ");
}

async function loadVotes() {
  if (state.input === null) { status(WORDS.parseFirst); return; }
  if (!state.list) { status(WORDS.rollCallsWaiting(state.rollcalls.length)); showFiles(names.document); return; }
  status(WORDS.linking);
  try {
    const body = JSON.stringify({ document: state.input, list: state.list.text, rollcalls: state.rollcalls.map(r => r.text) });
    state.votes = await (await post("/api/votes", body, "application/json")).json();
    showFiles(names.document);
    render(false);
    status(WORDS.linkedVotings(state.votes.votings.filter(v => v.result).length,
      state.rollcalls.length ? state.votes.votings.filter(v => v.rollCall).length : null));
  } catch (e) {
    status(WORDS.couldNotReadVotes + e.message);
  }
}

function render(fresh) {
  const r = state.data.resolution;
  const votes = index(state.votes && state.votes.votings);
  $("result").hidden = false;
  renderOverview(r, state.votes);
  renderDocument(state.data, votes);
  if (fresh) renderContents(r); else refreshSearch();
  const labels = new Map([...r.citations, ...r.recitals, ...r.paragraphs].map(b => [b.id, label(b)]));
  if (state.votes) renderVotesSummary(state.votes, labels);
  else { $("votes-summary").hidden = true; $("votes-summary").replaceChildren(); }
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
    status(WORDS.couldNotExport + e.message);
  }
}

// ---- Files.

/** A file's text: UTF-16 by its byte-order mark, else UTF-8, with a warning where it is not. */
async function readFile(file) {
  const bytes = new Uint8Array(await file.arrayBuffer());
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder("utf-16le").decode(bytes);
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder("utf-16be").decode(bytes);
  const text = new TextDecoder("utf-8").decode(bytes);
  try {
    new TextDecoder("utf-8", { fatal: true }).decode(bytes);
    warn(null);
  } catch (e) {
    warn(WORDS.notUtf8(file.name, (text.match(/\uFFFD/g) || []).length));
  }
  return text;
}

/** The files of an input, read; the input emptied so that the same file can be chosen again. */
async function chosen(input) {
  const files = [...input.files];
  const read = [];
  for (const f of files) read.push({ name: f.name, text: await readFile(f) });
  input.value = "";
  return read;
}

function isRollCallList(text) { return /<PV\.RollCallVoteResults[\s>]/.test(text.slice(0, 4096)); }

async function xmlFiles(files) {
  for (const f of files) {
    if (isRollCallList(f.text)) state.rollcalls.push(f); else state.list = f;
  }
  await loadVotes();
}

function setUp() {
  $("parse").addEventListener("click", () => { if ($("text").value.trim()) warn(null); parseInput($("text").value, null); });
  $("file").addEventListener("change", async e => { const [f] = await chosen(e.target); if (f) await parseInput(f.text, f.name); });
  $("votes").addEventListener("change", async e => { const files = await chosen(e.target); if (files.length) await xmlFiles(files); });
  $("rollcalls").addEventListener("change", async e => { state.rollcalls = []; await xmlFiles(await chosen(e.target)); });
  for (const b of document.querySelectorAll("#downloads button")) b.addEventListener("click", () => download(b.dataset.format));
  const drop = $("drop");
  drop.addEventListener("dragover", e => { e.preventDefault(); drop.classList.add("over"); });
  drop.addEventListener("dragleave", () => drop.classList.remove("over"));
  drop.addEventListener("drop", async e => {
    e.preventDefault();
    drop.classList.remove("over");
    const files = [];
    for (const f of e.dataTransfer.files) files.push({ name: f.name, text: await readFile(f) });
    const xml = files.filter(f => f.name.toLowerCase().endsWith(".xml"));
    const documents = files.filter(f => !f.name.toLowerCase().endsWith(".xml"));
    if (documents.length) await parseInput(documents[0].text, documents[0].name);
    if (xml.length) await xmlFiles(xml);
  });
  setUpNavigation();
}

document.addEventListener("DOMContentLoaded", setUp);
