package io.github.epres.benchmarks;

import io.github.epres.ResolutionParser;
import java.util.Arrays;
import java.util.List;

/**
 * Parsing time by input size, 1 MB to 100 MB (the reference document with its paragraphs repeated),
 * as the median of five parses after warm-up, and the ratio of each size to the one ten times
 * smaller. Run: {@code java -cp benchmarks/target/benchmarks.jar
 * io.github.epres.benchmarks.LinearityMain}.
 */
public final class LinearityMain {
  private LinearityMain() {}

  public static void main(String[] args) {
    ResolutionParser parser = ResolutionParser.builder().build();
    String reference = Documents.reference();
    double previous = 0;
    for (int size : List.of(1_000_000, 10_000_000, 100_000_000)) {
      String text = Documents.repeated(reference, size);
      for (int i = 0; i < 3; i++) {
        parser.parse(text);
      }
      long[] times = new long[5];
      for (int i = 0; i < times.length; i++) {
        long start = System.nanoTime();
        parser.parse(text);
        times[i] = System.nanoTime() - start;
      }
      Arrays.sort(times);
      double ms = times[2] / 1e6;
      System.out.printf(
          "%,13d chars: median %,9.1f ms%s%n",
          text.length(),
          ms,
          previous == 0 ? "" : String.format("  (%.1f× the time of 10× less)", ms / previous));
      previous = ms;
    }
  }
}
