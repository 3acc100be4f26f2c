package io.github.epres.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A progress bar on stderr while a batch runs, shown only when stderr is a terminal (never in
 * pipes, files or CI) and redrawn at most ten times a second.
 */
final class Progress {
  private static final int WIDTH = 30;
  private static final long REDRAW_NANOS = 100_000_000L;

  private final PrintWriter err;
  private final boolean enabled;
  private long lastDraw;
  private boolean drawn;

  private Progress(PrintWriter err, boolean enabled) {
    this.err = err;
    this.enabled = enabled;
  }

  static Progress none() {
    return new Progress(null, false);
  }

  static Progress forStderr(PrintWriter err) {
    return new Progress(err, System.getenv("CI") == null && stderrIsTerminal());
  }

  void update(int done, int total) {
    long now = System.nanoTime();
    if (!enabled || (now - lastDraw < REDRAW_NANOS && done < total)) {
      return;
    }
    lastDraw = now;
    drawn = true;
    int filled = (int) ((long) WIDTH * done / total);
    err.print(
        "\r["
            + "=".repeat(filled)
            + " ".repeat(WIDTH - filled)
            + "] "
            + done
            + "/"
            + total
            + " files");
    err.flush();
  }

  void finish() {
    if (drawn) {
      err.print("\r" + " ".repeat(WIDTH + 40) + "\r");
      err.flush();
    }
  }

  /** On Linux, whether file descriptor 2 is a terminal; elsewhere, whether there is a console. */
  private static boolean stderrIsTerminal() {
    Path fd = Path.of("/proc/self/fd/2");
    if (!Files.exists(fd)) {
      return System.console() != null;
    }
    try {
      String target = Files.readSymbolicLink(fd).toString();
      return target.startsWith("/dev/pts/") || target.startsWith("/dev/tty");
    } catch (IOException | UnsupportedOperationException e) {
      return false;
    }
  }
}
