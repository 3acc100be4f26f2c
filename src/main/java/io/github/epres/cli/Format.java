package io.github.epres.cli;

/** The output formats of {@code epres parse}, with the extension of a file written in each. */
enum Format {
  json(false, ".json"),
  jsonl(false, ".jsonl"),
  csv(false, ".csv"),
  akn(true, ".xml"),
  md(true, ".md"),
  text(true, ".txt");

  /** Whether standard output can hold only one document in it (several need --output). */
  final boolean single;

  final String extension;

  Format(boolean single, String extension) {
    this.single = single;
    this.extension = extension;
  }

  /** The format of this name, or null. */
  static Format named(String name) {
    for (Format format : values()) {
      if (format.name().equals(name)) {
        return format;
      }
    }
    return null;
  }
}
