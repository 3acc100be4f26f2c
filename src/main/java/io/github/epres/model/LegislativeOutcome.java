package io.github.epres.model;

/**
 * What paragraph 1 of a legislative resolution decides on the legislative text put to Parliament:
 * read from the paragraph's first words in the document's language.
 */
public enum LegislativeOutcome {
  /**
   * Approves the proposal or draft act put to it without amending it: "Approves the Commission
   * proposal", also "…, subject to Parliament's amendments" (the amendments voted with it) and, in
   * consultation on a Council draft, "Approves the Council draft".
   */
  APPROVES_PROPOSAL,
  /** "Approves the Commission proposal as amended". */
  APPROVES_AS_AMENDED,
  /**
   * "Adopts its position at first reading hereinafter set out", also "…, taking over the Commission
   * proposal".
   */
  ADOPTS_POSITION,
  /** "Rejects the Commission proposal". */
  REJECTS_PROPOSAL,
  /**
   * A legislative resolution whose paragraph 1 is none of these: consent ("Gives its consent to the
   * conclusion of the agreement"), a second reading ("Approves the Council position at first
   * reading"), or words the language's profile does not list.
   */
  OTHER
}
