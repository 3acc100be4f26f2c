package io.github.epres.benchmarks;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Compares two builds of epres in one JVM: each benchmark jar (this project's shaded jar, built on
 * each commit) is loaded in a class loader of its own, and the two parse the same documents in
 * alternating one-second rounds, so that the drift of a shared machine hits both alike. Prints the
 * median MB/s of each and their ratio. Documents given after the rounds are compared instead of the
 * benchmark documents: one of those by name, or {@code lv-wrapped} (the reference hard-wrapped as a
 * PDF copy is), a text file as it is, an {@code .html} page by the text each build reads from it
 * (its parse without jsoup's share), so that real pages are measured too.
 *
 * <pre>java -cp benchmarks.jar io.github.epres.benchmarks.CompareMain BEFORE.jar AFTER.jar [rounds]
 *     [FILE ...]
 * </pre>
 */
public final class CompareMain {
  private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();
  private static final String[] DOCUMENTS = {"lv", "en", "el", "lv-3mb"};

  private CompareMain() {}

  public static void main(String[] args) throws Exception {
    int rounds = args.length > 2 ? Integer.parseInt(args[2]) : 15;
    Build before = new Build(Path.of(args[0]));
    Build after = new Build(Path.of(args[1]));
    System.out.println(
        "| document | before MB/s (median) | after MB/s (median) | after ÷ before"
            + " | after ÷ before, CPU time |");
    System.out.println("| --- | ---: | ---: | ---: | ---: |");
    List<String> documents =
        args.length > 3 ? List.of(args).subList(3, args.length) : List.of(DOCUMENTS);
    for (String document : documents) {
      double[] a = new double[rounds];
      double[] b = new double[rounds];
      double[] ca = new double[rounds];
      double[] cb = new double[rounds];
      for (int i = 0; i < rounds + 3; i++) {
        // The first three rounds warm both builds up and are not counted.
        double[] x = before.megabytesPerSecond(document);
        double[] y = after.megabytesPerSecond(document);
        if (i >= 3) {
          a[i - 3] = x[0];
          b[i - 3] = y[0];
          ca[i - 3] = x[1];
          cb[i - 3] = y[1];
        }
      }
      double ma = median(a);
      double mb = median(b);
      System.out.printf(
          "| %s | %.0f | %.0f | %.2f | %.2f |%n",
          document, ma, mb, mb / ma, median(cb) / median(ca));
    }
  }

  private static double median(double[] values) {
    double[] sorted = values.clone();
    Arrays.sort(sorted);
    return sorted[sorted.length / 2];
  }

  /** One build: its parser and the benchmark documents, loaded from its jar. */
  private static final class Build {
    private final Object parser;
    private final Method parse;
    private final Method load;
    private final Method htmlText;
    private final List<String> names = new ArrayList<>();
    private final List<String> texts = new ArrayList<>();

    Build(Path jar) throws Exception {
      URLClassLoader loader =
          new URLClassLoader(new URL[] {jar.toUri().toURL()}, ClassLoader.getPlatformClassLoader());
      Class<?> parserClass = loader.loadClass("io.github.epres.ResolutionParser");
      Object builder = parserClass.getMethod("builder").invoke(null);
      parser = builder.getClass().getMethod("build").invoke(builder);
      parse = parserClass.getMethod("parse", String.class);
      load =
          loader
              .loadClass("io.github.epres.benchmarks.Documents")
              .getDeclaredMethod("load", String.class);
      load.setAccessible(true);
      htmlText = parserClass.getMethod("htmlText", String.class);
    }

    /**
     * MB/s over one second of parsing, by the wall clock and by the thread's CPU time: on a machine
     * shared with other work, the CPU time leaves out the time the thread waited for a core (and
     * the garbage collector's own threads, so compare both).
     */
    double[] megabytesPerSecond(String document) throws Exception {
      String text = text(document);
      double megabytes = text.getBytes(StandardCharsets.UTF_8).length / 1e6;
      long cpuStart = THREADS.getCurrentThreadCpuTime();
      long start = System.nanoTime();
      long end = start + 1_000_000_000L;
      int parses = 0;
      long now;
      do {
        parse.invoke(parser, text);
        parses++;
        now = System.nanoTime();
      } while (now < end);
      long cpu = THREADS.getCurrentThreadCpuTime() - cpuStart;
      return new double[] {
        parses * megabytes / ((now - start) / 1e9), parses * megabytes / (cpu / 1e9)
      };
    }

    private String text(String document) throws Exception {
      int at = names.indexOf(document);
      if (at < 0) {
        names.add(document);
        texts.add(read(document));
        at = names.size() - 1;
      }
      return texts.get(at);
    }

    private String read(String document) throws Exception {
      if (document.equals("lv-wrapped")) {
        // Made here, not by the build: older builds' benchmark jars do not have it.
        return Documents.wrapped(Documents.reference(), 90);
      }
      if (List.of(DOCUMENTS).contains(document)) {
        return (String) load.invoke(null, document);
      }
      String file = Files.readString(Path.of(document), StandardCharsets.UTF_8);
      return document.endsWith(".html") ? (String) htmlText.invoke(null, file) : file;
    }
  }
}
