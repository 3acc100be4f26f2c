package io.github.epres.cli;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A document to parse: its name in messages, its bytes (read only when it is parsed, so that a
 * batch holds paths, not texts), and the name of its file under {@code --output}.
 */
final class Source {
  static final String REFERENCE = "TA-9-2021-0056_LV.txt";
  private static final String STDIN = "<stdin>";

  /** The file, or null for standard input and the bundled reference. */
  private final Path path;

  /** The folder named on the command line that the file was found in, or null. */
  private final Path folder;

  private final String name;

  private Source(Path path, Path folder, String name) {
    this.path = path;
    this.folder = folder;
    this.name = name;
  }

  /** A file named on the command line. */
  static Source of(Path path) {
    return new Source(path, null, null);
  }

  /** A file found in a folder named on the command line. */
  static Source in(Path folder, Path path) {
    return new Source(path, folder, null);
  }

  static Source stdin() {
    return new Source(null, null, STDIN);
  }

  /** The bundled reference document, parsed when no file is named. */
  static Source reference() {
    return new Source(null, null, REFERENCE);
  }

  /** The name messages give: the path as given, {@code <stdin>}, or the reference's file name. */
  String name() {
    return path != null ? path.toString() : name;
  }

  /** The file, or null for standard input and the reference. */
  Path path() {
    return path;
  }

  /** Whether it is a file named on the command line (not one found in a folder). */
  boolean named() {
    return path != null && folder == null;
  }

  /**
   * Where its output goes below an output folder, before the format's extension: its path within
   * the folder it was found in (so that two subfolders' files do not meet), else its file name.
   */
  Path outputName() {
    if (path == null) {
      return Path.of(name.equals(STDIN) ? "stdin" : name);
    }
    return folder != null ? folder.relativize(path) : path.getFileName();
  }

  byte[] bytes() throws IOException {
    if (path != null) {
      return Files.readAllBytes(path);
    }
    if (name.equals(STDIN)) {
      return System.in.readAllBytes();
    }
    try (InputStream in = Source.class.getResourceAsStream("seeds/" + REFERENCE)) {
      return in.readAllBytes();
    }
  }
}
