package io.github.epres.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Parses many documents and prints their results in input order as soon as each is ready. With one
 * thread everything happens on the calling thread; with more, that many workers parse, encode and
 * write files while the calling thread only prints. At most a few documents per worker are in
 * flight, and nothing of a document is kept once it is printed, so memory does not grow with the
 * number of files. Messages go above the progress bar; a closing summary counts what happened.
 */
final class Batch {
  private static final int IN_FLIGHT_PER_THREAD = 4;

  private final Job job;
  private final int threads;
  private final Progress progress;
  private final OutputFolder folder;
  private final boolean summary;

  /**
   * @param folder where each document's file goes (--output), or null to print them
   * @param summary whether to end with "N documents, M with errors, W warnings, in T s"
   */
  Batch(Job job, int threads, Progress progress, OutputFolder folder, boolean summary) {
    this.job = job;
    this.threads = threads;
    this.progress = progress;
    this.folder = folder;
    this.summary = summary;
  }

  /** Returns whether every document parsed (and was written). */
  boolean run(List<Source> sources, OutputStream out) throws IOException {
    long start = System.nanoTime();
    Tally tally = new Tally();
    try {
      if (threads == 1) {
        runHere(sources, out, tally);
      } else {
        runInPool(sources, out, tally);
      }
    } finally {
      progress.finish();
    }
    out.flush();
    if (summary) {
      progress.message(tally.summary(System.nanoTime() - start));
    }
    return tally.failed == 0;
  }

  private void runHere(List<Source> sources, OutputStream out, Tally tally) throws IOException {
    for (int i = 0; i < sources.size(); i++) {
      print(call(task(sources.get(i))), out, tally);
      progress.update(i + 1, sources.size());
    }
  }

  private void runInPool(List<Source> sources, OutputStream out, Tally tally) throws IOException {
    ExecutorService pool = Executors.newFixedThreadPool(threads, Batch::daemon);
    Deque<Future<Job.Result>> inFlight = new ArrayDeque<>();
    int next = 0;
    try {
      for (int done = 1; done <= sources.size(); done++) {
        while (next < sources.size() && inFlight.size() < threads * IN_FLIGHT_PER_THREAD) {
          inFlight.add(pool.submit(task(sources.get(next++))));
        }
        print(await(inFlight.poll()), out, tally);
        progress.update(done, sources.size());
      }
    } finally {
      pool.shutdownNow();
    }
  }

  /**
   * The work for a source. Its output file is chosen here, on the calling thread in input order, so
   * that of two documents with one output name the first gets it.
   */
  private Callable<Job.Result> task(Source source) {
    if (folder == null) {
      return () -> job.parse(source, null);
    }
    try {
      Path target = folder.claim(source);
      return () -> job.parse(source, target);
    } catch (InputProblem e) {
      Job.Result notWritten = job.failed(source.name(), e.getMessage());
      return () -> notWritten;
    }
  }

  private void print(Job.Result result, OutputStream out, Tally tally) throws IOException {
    progress.message(result.messages());
    result.output().writeTo(out);
    tally.add(result);
  }

  private static Job.Result call(Callable<Job.Result> task) {
    try {
      return task.call();
    } catch (Exception e) {
      // Job.parse catches everything a document can cause; anything else is a bug worth a trace.
      throw new IllegalStateException(e);
    }
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
      throw new IllegalStateException(e.getCause());
    }
  }

  /** What the documents of a run gave, for the exit code and the summary. */
  private static final class Tally {
    int documents;
    int withErrors;
    int warnings;
    int failed;

    void add(Job.Result result) {
      documents++;
      withErrors += result.hasErrors() ? 1 : 0;
      warnings += result.warnings();
      failed += result.ok() ? 0 : 1;
    }

    String summary(long nanos) {
      return String.format(
          Locale.ROOT,
          "%s, %d with errors, %s, in %.1f s%n",
          count(documents, "document"),
          withErrors,
          count(warnings, "warning"),
          nanos / 1e9);
    }

    private static String count(int n, String noun) {
      return n + " " + noun + (n == 1 ? "" : "s");
    }
  }
}
