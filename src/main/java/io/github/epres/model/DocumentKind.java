package io.github.epres.model;

/** What the title says the document is. */
public enum DocumentKind {
  RESOLUTION,
  LEGISLATIVE_RESOLUTION,
  DECISION
}
