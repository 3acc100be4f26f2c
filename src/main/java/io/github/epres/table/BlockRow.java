package io.github.epres.table;

import java.util.List;

/**
 * One citation, recital or paragraph as a flat row, for spreadsheets and databases.
 *
 * @param source where the document came from (a file name), or empty
 * @param documentNumber the EP document number from the page header, e.g. {@code P9_TA(2021)0056},
 *     or empty
 * @param procedure the document's procedure reference, e.g. {@code 2021/2544(RSP)}, or empty
 * @param legislativeOutcome what the document's paragraph 1 decides, e.g. {@code ADOPTS_POSITION},
 *     or empty where it is no legislative resolution
 * @param language ISO 639-1 code, or {@code und}
 * @param kind {@code citation}, {@code recital} or {@code paragraph}
 * @param id the block's id, e.g. {@code para_5}
 * @param label the label as written ({@code A}, {@code 5}), empty for citations
 * @param voteLabel the voting-list label in the document's language, e.g. {@code 5. punkts}
 * @param voteLabelEn the English voting-list label, e.g. {@code § 5}
 * @param number the 1-based position among blocks of its kind
 * @param opener the opening formula, or empty
 * @param actions the actions of the block's clauses, separated by spaces, e.g. {@code URGES
 *     CALLS_ON}
 * @param dates the ISO dates in the text, separated by spaces
 * @param text the text as in the source
 */
public record BlockRow(
    String source,
    String documentNumber,
    String procedure,
    String legislativeOutcome,
    String language,
    String kind,
    String id,
    String label,
    String voteLabel,
    String voteLabelEn,
    int number,
    String opener,
    String actions,
    String dates,
    String text) {

  /** The column names, in the order of the record's components. */
  public static final List<String> COLUMNS =
      List.of(
          "source",
          "documentNumber",
          "procedure",
          "legislativeOutcome",
          "language",
          "kind",
          "id",
          "label",
          "voteLabel",
          "voteLabelEn",
          "number",
          "opener",
          "actions",
          "dates",
          "text");

  /** The values in column order. */
  public List<Object> values() {
    return List.of(
        source,
        documentNumber,
        procedure,
        legislativeOutcome,
        language,
        kind,
        id,
        label,
        voteLabel,
        voteLabelEn,
        number,
        opener,
        actions,
        dates,
        text);
  }
}
