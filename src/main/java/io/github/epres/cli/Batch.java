package io.github.epres.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Parses many documents and prints their results in input order as soon as each is ready. With one
 * thread everything happens on the calling thread; with more, that many workers parse and encode
 * while the calling thread only writes bytes. At most a few documents per worker are in flight, so
 * memory does not grow with the number of files.
 */
final class Batch {
  private static final int IN_FLIGHT_PER_THREAD = 4;

  private final Job job;
  private final int threads;
  private final Progress progress;

  Batch(Job job, int threads, Progress progress) {
    this.job = job;
    this.threads = threads;
    this.progress = progress;
  }

  /** Returns whether every document parsed. */
  boolean run(List<ParseCommand.Source> sources, OutputStream out, PrintWriter err)
      throws IOException {
    try {
      return threads == 1 ? runHere(sources, out, err) : runInPool(sources, out, err);
    } finally {
      progress.finish();
      out.flush();
      err.flush();
    }
  }

  private boolean runHere(List<ParseCommand.Source> sources, OutputStream out, PrintWriter err)
      throws IOException {
    boolean ok = true;
    for (int i = 0; i < sources.size(); i++) {
      Job.Result result = job.parse(sources.get(i));
      result.print(out, err);
      ok &= result.ok();
      progress.update(i + 1, sources.size());
    }
    return ok;
  }

  private boolean runInPool(List<ParseCommand.Source> sources, OutputStream out, PrintWriter err)
      throws IOException {
    ExecutorService pool = Executors.newFixedThreadPool(threads, Batch::daemon);
    Deque<Future<Job.Result>> inFlight = new ArrayDeque<>();
    boolean ok = true;
    int next = 0;
    try {
      for (int done = 1; done <= sources.size(); done++) {
        while (next < sources.size() && inFlight.size() < threads * IN_FLIGHT_PER_THREAD) {
          ParseCommand.Source source = sources.get(next++);
          inFlight.add(pool.submit(() -> job.parse(source)));
        }
        Job.Result result = await(inFlight.poll());
        result.print(out, err);
        ok &= result.ok();
        progress.update(done, sources.size());
      }
    } finally {
      pool.shutdownNow();
    }
    return ok;
  }

  private static Thread daemon(Runnable runnable) {
    Thread thread = new Thread(runnable, "epres-parse");
    thread.setDaemon(true);
    return thread;
  }

  private static Job.Result await(Future<Job.Result> result) {
    try {
      return result.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted", e);
    } catch (ExecutionException e) {
      // Job.parse catches everything a document can cause; anything else is a bug worth a trace.
      throw new IllegalStateException(e.getCause());
    }
  }
}
