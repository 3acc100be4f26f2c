package io.github.epres.model;

/** How serious a diagnostic is. Strict parsing fails on the first {@link #ERROR}. */
public enum Severity {
  /** The input does not have the layout of a resolution here. */
  ERROR,
  /** The layout is understood, but something expected is missing or unusual. */
  WARNING
}
