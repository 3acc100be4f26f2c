package io.github.epres.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Messages on stderr while a batch runs and, when stderr is a terminal (never in pipes, files or
 * CI), a progress bar below them, redrawn at most ten times a second. A message never cuts through
 * the bar: the bar is wiped, the message printed on its line, and the bar drawn again under it.
 */
final class Progress {
  private static final int WIDTH = 30;
  private static final long REDRAW_NANOS = 100_000_000L;

  private final PrintWriter err;
  private final boolean bar;
  private long lastDraw;
  private String drawn = "";

  private Progress(PrintWriter err, boolean bar) {
    this.err = err;
    this.bar = bar;
  }

  /** Messages only. */
  static Progress plain(PrintWriter err) {
    return new Progress(err, false);
  }

  /** Messages, and a bar when stderr is a terminal. */
  static Progress forStderr(PrintWriter err) {
    return new Progress(err, System.getenv("CI") == null && stderrIsTerminal());
  }

  /** Messages and a bar, wherever {@code err} goes. */
  static Progress withBar(PrintWriter err) {
    return new Progress(err, true);
  }

  /** Prints lines (each ending in a line break) above the bar. */
  void message(String lines) {
    if (lines.isEmpty()) {
      return;
    }
    String bar = drawn;
    wipe();
    err.print(lines);
    if (!bar.isEmpty()) {
      draw(bar);
    }
    err.flush();
  }

  void update(int done, int total) {
    long now = System.nanoTime();
    if (!bar || (now - lastDraw < REDRAW_NANOS && done < total)) {
      return;
    }
    lastDraw = now;
    int filled = (int) ((long) WIDTH * done / total);
    wipe();
    draw(
        "["
            + "=".repeat(filled)
            + " ".repeat(WIDTH - filled)
            + "] "
            + done
            + "/"
            + total
            + " documents");
    err.flush();
  }

  /** Takes the bar away; what is printed next starts on its line. */
  void finish() {
    wipe();
    err.flush();
  }

  private void draw(String line) {
    err.print(line);
    drawn = line;
  }

  private void wipe() {
    if (!drawn.isEmpty()) {
      err.print("\r" + " ".repeat(drawn.length()) + "\r");
      drawn = "";
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
