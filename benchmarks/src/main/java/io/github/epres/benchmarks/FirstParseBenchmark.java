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
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The first parse in a fresh JVM: building a parser (which loads the language profiles) and parsing
 * the reference document, with every epres and ANTLR class still to be loaded. One shot per fork.
 * {@link #main} is the same parse on its own: the training run of an application class-data archive
 * ({@code -XX:ArchiveClassesAtExit}), with which {@link BenchmarkMain} measures it a second time.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 0)
@Measurement(iterations = 1)
@Fork(15)
public class FirstParseBenchmark {
  private String text;

  @Setup
  public void setUp() {
    text = Documents.reference();
  }

  @Benchmark
  public Resolution firstParse() {
    return ResolutionParser.builder().build().parse(text);
  }

  /** One first parse, for a class-data archive to record the classes it loads. */
  public static void main(String[] args) {
    ResolutionParser.builder().build().parse(Documents.reference());
  }
}
