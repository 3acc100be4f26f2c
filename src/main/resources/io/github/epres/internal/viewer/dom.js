// Small DOM helpers. Every string from a document is put on the page as text (text nodes), never
// as markup: a document holding "<script>" shows those characters.

export function $(id) { return document.getElementById(id); }

/** An element with classes and children; strings become text nodes. */
export function el(tag, className, ...children) {
  const node = document.createElement(tag);
  if (className) node.className = className;
  for (const child of children) {
    if (child === null || child === undefined || child === false) continue;
    node.append(typeof child === "string" || typeof child === "number" ? document.createTextNode(String(child)) : child);
  }
  return node;
}

/** A link that opens only when clicked, in a new tab, telling the other site nothing. */
export function outLink(href, text) {
  const a = el("a", "out", text);
  a.href = href;
  a.target = "_blank";
  a.rel = "noopener noreferrer";
  return a;
}

export function lower(code) { return String(code).toLowerCase().replace(/_/g, " "); }
