package io.github.epres.benchmarks;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.openjdk.jmh.profile.GCProfiler;
import org.openjdk.jmh.results.Result;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.ChainedOptionsBuilder;
import org.openjdk.jmh.runner.options.OptionsBuilder;

/**
 * Runs the suite and prints the table of BENCHMARKS.md: median MB/s of a full parse and of the
 * line-scan floor (same fork), their ratio, allocation per parse against the input size, and the
 * first parse in a fresh JVM, plain and with an application class-data archive made by one training
 * run. Arguments, if any, are passed to JMH instead (e.g. {@code -h}).
 */
public final class BenchmarkMain {
  private BenchmarkMain() {}

  public static void main(String[] args) throws Exception {
    if (args.length > 0) {
      org.openjdk.jmh.Main.main(args);
      return;
    }
    Collection<RunResult> throughput =
        new Runner(
                new OptionsBuilder()
                    .include("\\." + ParseBenchmark.class.getSimpleName() + "\\.")
                    .addProfiler(GCProfiler.class)
                    .build())
            .run();
    Collection<RunResult> html =
        Files.exists(HtmlBenchmark.PAGE)
            ? new Runner(
                    new OptionsBuilder()
                        .include("\\." + HtmlBenchmark.class.getSimpleName() + "\\.")
                        .addProfiler(GCProfiler.class)
                        .build())
                .run()
            : List.of();
    String firstParseOnly = "\\." + FirstParseBenchmark.class.getSimpleName() + "\\.";
    Collection<RunResult> firstParse = run(new OptionsBuilder().include(firstParseOnly));
    Path archive = classDataArchive();
    Collection<RunResult> archived =
        archive == null
            ? List.of()
            : run(
                new OptionsBuilder()
                    .include(firstParseOnly)
                    .jvmArgsAppend(
                        "-XX:SharedArchiveFile=" + archive,
                        "-Xlog:cds=off",
                        "-Xlog:cds+dynamic=off"));
    print(throughput, firstParse);
    printFirstParse(archived, "with an application class-data archive");
    printHtml(html);
  }

  /**
   * An application class-data archive of a first parse, as a user would make one: one training run
   * with {@code -XX:ArchiveClassesAtExit} on this class path. Null if the JVM made none.
   */
  private static Path classDataArchive() throws IOException, InterruptedException {
    Path archive = Files.createTempDirectory("epres-cds").resolve("first-parse.jsa");
    Process training =
        new ProcessBuilder(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-XX:ArchiveClassesAtExit=" + archive,
                "-Xlog:cds=off",
                "-Xlog:cds+dynamic=off",
                "-cp",
                System.getProperty("java.class.path"),
                FirstParseBenchmark.class.getName())
            .inheritIO()
            .start();
    return training.waitFor() == 0 && Files.exists(archive) ? archive : null;
  }

  /**
   * The real page: full parse from the HTML string, its jsoup share, the floor; in MB/s of HTML.
   */
  private static void printHtml(Collection<RunResult> html) {
    if (html.isEmpty()) {
      System.out.println(
          "\nNo HTML page at " + HtmlBenchmark.PAGE + ": its benchmark was skipped.");
      return;
    }
    long bytes;
    try {
      bytes = Files.size(HtmlBenchmark.PAGE);
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
    Map<String, RunResult> byName = new HashMap<>();
    for (RunResult r : html) {
      String name = r.getParams().getBenchmark();
      byName.put(name.substring(name.lastIndexOf('.') + 1), r);
    }
    double parse = median(byName.get("parseHtml").getPrimaryResult()) * bytes / 1e6;
    double text = median(byName.get("htmlText").getPrimaryResult()) * bytes / 1e6;
    double floor = median(byName.get("lineScanFloor").getPrimaryResult()) * bytes / 1e6;
    Result<?> alloc = byName.get("parseHtml").getSecondaryResults().get("gc.alloc.rate.norm");
    System.out.printf(
        "%nHTML page %s (%,d bytes): full parse %,.0f MB/s; jsoup to text alone %,.0f MB/s (%.0f %%"
            + " of the parse's time); floor %,.0f MB/s; allocated per parse %,.0f B (%.1f×)%n",
        HtmlBenchmark.PAGE.getFileName(),
        bytes,
        parse,
        text,
        100 * parse / text,
        floor,
        alloc == null ? Double.NaN : alloc.getScore(),
        alloc == null ? Double.NaN : alloc.getScore() / bytes);
  }

  private static Collection<RunResult> run(ChainedOptionsBuilder options) throws RunnerException {
    return new Runner(options.build()).run();
  }

  private static void print(Collection<RunResult> throughput, Collection<RunResult> firstParse) {
    Map<String, Double> floor = new HashMap<>();
    Map<String, Double> layout = new HashMap<>();
    Map<String, RunResult> parse = new HashMap<>();
    List<String> documents = new ArrayList<>();
    for (RunResult r : throughput) {
      String document = r.getParams().getParam("document");
      if (r.getParams().getBenchmark().endsWith("lineScanFloor")) {
        floor.put(document, median(r.getPrimaryResult()));
      } else if (r.getParams().getBenchmark().endsWith("parseLayoutOnly")) {
        layout.put(document, median(r.getPrimaryResult()));
      } else {
        parse.put(document, r);
        documents.add(document);
      }
    }
    System.out.println();
    System.out.println(
        "| document | input (UTF-8 bytes) | parse MB/s (median) | layout only MB/s | floor MB/s"
            + " (median) | floor ÷ parse | allocated per parse | ÷ input |");
    System.out.println("| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |");
    for (String document : documents) {
      long bytes = Documents.load(document).getBytes(StandardCharsets.UTF_8).length;
      double parseMbs = median(parse.get(document).getPrimaryResult()) * bytes / 1e6;
      double floorMbs = floor.get(document) * bytes / 1e6;
      double layoutMbs = layout.getOrDefault(document, Double.NaN) * bytes / 1e6;
      Result<?> alloc = parse.get(document).getSecondaryResults().get("gc.alloc.rate.norm");
      double allocated = alloc == null ? Double.NaN : alloc.getScore();
      System.out.printf(
          "| %s | %,d | %,.0f | %,.0f | %,.0f | %.1f× | %,.0f B | %.1f× |%n",
          document,
          bytes,
          parseMbs,
          layoutMbs,
          floorMbs,
          floorMbs / parseMbs,
          allocated,
          allocated / bytes);
    }
    printFirstParse(firstParse, "");
  }

  private static void printFirstParse(Collection<RunResult> firstParse, String how) {
    for (RunResult r : firstParse) {
      System.out.printf(
          "%nFirst parse in a fresh JVM%s (%d forks): median %.1f ms, min %.1f, max %.1f%n",
          how.isEmpty() ? "" : " " + how,
          r.getPrimaryResult().getStatistics().getN(),
          median(r.getPrimaryResult()),
          r.getPrimaryResult().getStatistics().getMin(),
          r.getPrimaryResult().getStatistics().getMax());
    }
  }

  private static double median(Result<?> result) {
    return result.getStatistics().getPercentile(50);
  }
}
