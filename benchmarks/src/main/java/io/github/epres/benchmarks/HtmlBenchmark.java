package io.github.epres.benchmarks;

import io.github.epres.ResolutionParser;
import io.github.epres.model.Resolution;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
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
 * A real EP web page, parsed from its HTML string: the doceo page of motion B9-0220/2020 (older
 * layout, 27 recitals, 50 paragraphs), read from {@code ../shared/corpus} (or the directory in
 * {@code -Depres.corpus}); not in this repository. {@link #htmlText} is the jsoup share of {@link
 * #parseHtml}: the page turned into text, one line per block.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 7, time = 1)
@Fork(1)
public class HtmlBenchmark {
  static final Path PAGE =
      Path.of(System.getProperty("epres.corpus", "../shared/corpus"), "en/B-9-2020-0220_EN.html");

  private String html;
  private ResolutionParser parser;

  @Setup
  public void setUp() throws IOException {
    html = Files.readString(PAGE, StandardCharsets.UTF_8);
    parser = ResolutionParser.builder().build();
  }

  @Benchmark
  public Resolution parseHtml() {
    return parser.parseHtml(html);
  }

  @Benchmark
  public String htmlText() {
    return ResolutionParser.htmlText(html);
  }

  @Benchmark
  public int lineScanFloor() {
    return ParseBenchmark.lineScan(html);
  }
}
