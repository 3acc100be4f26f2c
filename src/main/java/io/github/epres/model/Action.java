package io.github.epres.model;

/**
 * What an operative clause does, normalised across languages from the verb tables of the language
 * profiles; {@link #UNKNOWN} when the verb is not in the profile.
 */
public enum Action {
  CALLS_ON,
  URGES,
  WELCOMES,
  CONDEMNS,
  DEPLORES,
  REGRETS,
  EXPRESSES_CONCERN,
  NOTES,
  NOTES_WITH_CONCERN,
  STRESSES,
  REITERATES,
  RECALLS,
  RECOMMENDS,
  DEMANDS,
  SUPPORTS,
  ENCOURAGES,
  INSTRUCTS,
  DECIDES,
  APPROVES,
  CONSIDERS,
  /** A recital's "whereas" clause. */
  WHEREAS,
  UNKNOWN
}
