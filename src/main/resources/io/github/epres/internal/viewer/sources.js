// Where a document and a sitting's votes are on the European Parliament's site (doceo).

const DOCEO = "https://www.europarl.europa.eu/doceo/document/";

/** The first day of each parliamentary term, newest first: a sitting's date gives its term. */
const TERMS = [[10, "2024-07-16"], [9, "2019-07-02"], [8, "2014-07-01"], [7, "2009-07-14"], [6, "2004-07-20"],
  [5, "1999-07-20"]];

/**
 * The doceo id of a document number: "RC-B10-0249/2025" → RC-10-2025-0249, "B10-0249/2025" →
 * B-10-2025-0249, "A9-0163/2024" → A-9-2024-0163, "P9_TA(2021)0056" → TA-9-2021-0056; null for others.
 */
export function doceoId(number) {
  const series = /^(RC-)?([A-Z])(\d{1,2})-(\d{4})\/(\d{4})$/.exec(number || "");
  if (series) return (series[1] ? "RC" : series[2]) + "-" + series[3] + "-" + series[5] + "-" + series[4];
  const adopted = /^P(\d{1,2})_TA(?:-PROV)?\((\d{4})\)(\d{4})$/.exec(number || "");
  if (adopted) return "TA-" + adopted[1] + "-" + adopted[2] + "-" + adopted[3];
  const plain = /^(TA|RC|A|B)-\d{1,2}-\d{4}-\d{4}$/.exec(number || "");
  return plain ? plain[0] : null;
}

/** The document's page in a language (a two-letter code), or null. */
export function documentUrl(number, language) {
  const id = doceoId(number);
  return id && language ? DOCEO + id + "_" + language.toUpperCase() + ".html" : null;
}

/** The voting results (a sitting's voting list) of a date (yyyy-mm-dd) in a language, or null. */
export function votingListUrl(date, language) {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(date || "") || !language) return null;
  const term = TERMS.find(([, start]) => date >= start);
  return term ? DOCEO + "PV-" + term[0] + "-" + date + "-VOT_" + language.toUpperCase() + ".html" : null;
}
