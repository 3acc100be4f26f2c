package io.github.epres.votes;

/** What a voting's subject names, as read from the list's words for it. */
public enum SubjectKind {
  /** The document as a whole: "Motion for a resolution (as a whole)". */
  WHOLE,
  /** A paragraph, recital or citation: "§ 1", "Recital B", "Considérant A". */
  BLOCK,
  /** A point of a block: "§ 3, point b". */
  POINT,
  /** The place after a block, where an amendment adds text: "After § 4", "Après le § 2". */
  AFTER,
  /** The place before a block: "Before recital A". */
  BEFORE,
  /** Another document by its number: a motion a joint motion replaced, "B10-0247/2025". */
  DOCUMENT,
  /** An article or annex of a legislative text: "Article 3, § 2". */
  ARTICLE,
  /** A vote on no part of the text: "Provisional agreement", "Rejection", "Request for …". */
  PROCEDURAL,
  /** A title row of the list. */
  TITLE,
  /** A subject the list's words do not explain. */
  NOT_UNDERSTOOD
}
