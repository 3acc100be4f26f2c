package io.github.epres.benchmarks;

import io.github.epres.ResolutionParser;
import io.github.epres.model.Resolution;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Full parse to the model (spans, language detection, openers, footnote references) against the
 * floor: a plain {@code String.lines()} + {@code startsWith} scan of the same text, measured in the
 * same fork so that the ratio between the two is meaningful on a noisy machine.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 7, time = 1)
@Fork(1)
public class ParseBenchmark {
  @Param({"lv", "en", "el", "lv-3mb"})
  public String document;

  private String text;
  private ResolutionParser parser;
  private ResolutionParser layoutOnly;

  @Setup
  public void setUp() {
    text = Documents.load(document);
    parser = ResolutionParser.builder().build();
    layoutOnly = ResolutionParser.builder().semantics(false).build();
  }

  @Benchmark
  public Resolution parse() {
    return parser.parse(text);
  }

  /** The layout alone: no clauses, no references. */
  @Benchmark
  public Resolution parseLayoutOnly() {
    return layoutOnly.parse(text);
  }

  @Benchmark
  public int lineScanFloor() {
    return lineScan(text);
  }

  /** The floor: {@code String.lines()} and three {@code startsWith} per line. */
  static int lineScan(String text) {
    int items = 0;
    for (String line : (Iterable<String>) text.lines()::iterator) {
      if (line.startsWith("– ") || line.startsWith("A. ") || line.startsWith("1. ")) {
        items++;
      }
    }
    return items;
  }
}
