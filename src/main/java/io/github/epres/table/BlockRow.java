package io.github.epres.table;

import java.util.List;

/**
 * One citation, recital or paragraph as a flat row, for spreadsheets and databases.
 *
 * @param source where the document came from (a file name), or empty
 * @param document the document's procedure reference, e.g. {@code 2021/2544(RSP)}, or empty
 * @param language ISO 639-1 code, or {@code und}
 * @param kind {@code citation}, {@code recital} or {@code paragraph}
 * @param id the block's id, e.g. {@code para_5}
 * @param label the label as written ({@code A}, {@code 5}), empty for citations
 * @param number the 1-based position among blocks of its kind
 * @param opener the opening formula, or empty
 * @param dates the ISO dates in the text, separated by spaces
 * @param text the text as in the source
 */
public record BlockRow(
    String source,
    String document,
    String language,
    String kind,
    String id,
    String label,
    int number,
    String opener,
    String dates,
    String text) {

  /** The column names, in the order of the record's components. */
  public static final List<String> COLUMNS =
      List.of(
          "source",
          "document",
          "language",
          "kind",
          "id",
          "label",
          "number",
          "opener",
          "dates",
          "text");

  /** The values in column order. */
  public List<Object> values() {
    return List.of(source, document, language, kind, id, label, number, opener, dates, text);
  }
}
