package io.github.epres.cli;

import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * {@code --output DIR}: the file each document is written to, named after its input with the
 * format's extension ({@code TA-9-2021-0056_LV.txt} gives {@code TA-9-2021-0056_LV.json}), below
 * the folder at the place it had in the folder it was found in. No two documents of a run get the
 * same file, and no output replaces a file named as input (ParseCommand keeps text files out of the
 * folders read).
 */
final class OutputFolder {
  private final Path folder;
  private final Format format;

  /** The names given so far, relative to the folder: a few dozen bytes per document. */
  private final Set<String> claimed = new HashSet<>();

  /** The files named on the command line, which no output may replace. */
  private final Set<Path> inputs = new HashSet<>();

  OutputFolder(Path folder, Format format, List<Source> sources) {
    this.folder = folder;
    this.format = format;
    for (Source source : sources) {
      if (source.named()) {
        inputs.add(normal(source.path()));
      }
    }
  }

  private static Path normal(Path path) {
    return path.toAbsolutePath().normalize();
  }

  /**
   * The file for {@code source}; called in input order. Of two namesakes ({@code lorem.html} and
   * {@code lorem.txt}), the first gets {@code lorem.md}, the second its whole input name with the
   * format's extension, {@code lorem.txt.md}.
   */
  Path claim(Source source) throws InputProblem {
    Path name = source.outputName();
    String file = name.getFileName().toString();
    int dot = file.lastIndexOf('.');
    Path relative =
        name.resolveSibling((dot > 0 ? file.substring(0, dot) : file) + format.extension);
    if (claimed.contains(relative.toString())) {
      relative = name.resolveSibling(file + format.extension);
    }
    Path target = folder.resolve(relative);
    if (inputs.contains(normal(target))
        || (source.path() != null && normal(target).equals(normal(source.path())))) {
      throw new InputProblem(
          "not written: " + target + " is an input; choose another --output folder");
    }
    if (!claimed.add(relative.toString())) {
      throw new InputProblem(
          "not written: " + target + " is already the output of an earlier document");
    }
    return target;
  }
}
