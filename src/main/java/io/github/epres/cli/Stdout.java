package io.github.epres.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.util.Locale;

/**
 * Standard output that tells a reader who stopped reading ({@code epres parse DIR | head -1}) from
 * a real failure (a full disk): the first ends the run quietly with exit code 0, as in other Unix
 * tools, the second is an error. Once closed, writing throws {@link Closed} at once, so a batch
 * stops, and flushing does nothing.
 */
final class Stdout extends OutputStream {
  /** The reader of standard output has gone. */
  static final class Closed extends IOException {
    private static final long serialVersionUID = 1L;

    Closed(IOException cause) {
      super("standard output closed", cause);
    }
  }

  private final OutputStream out;
  private IOException closed;

  Stdout(OutputStream out) {
    this.out = out;
  }

  @Override
  public void write(int b) throws IOException {
    check();
    try {
      out.write(b);
    } catch (IOException e) {
      throw failed(e);
    }
  }

  @Override
  public void write(byte[] bytes, int offset, int length) throws IOException {
    check();
    try {
      out.write(bytes, offset, length);
    } catch (IOException e) {
      throw failed(e);
    }
  }

  @Override
  public void flush() throws IOException {
    if (closed != null) {
      return;
    }
    try {
      out.flush();
    } catch (IOException e) {
      throw failed(e);
    }
  }

  private void check() throws IOException {
    if (closed != null) {
      throw new Closed(closed);
    }
  }

  /**
   * A write failed: a closed pipe ("Broken pipe"; on Windows "The pipe is being closed"), or
   * another failure, which says that it was the output's.
   */
  private IOException failed(IOException e) {
    String message = String.valueOf(e.getMessage()).toLowerCase(Locale.ROOT);
    if (!message.contains("pipe")) {
      return new IOException("cannot write the output: " + InputProblem.reason(e), e);
    }
    closed = e;
    return new Closed(e);
  }
}
