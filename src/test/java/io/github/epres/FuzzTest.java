package io.github.epres;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import io.github.epres.json.ResolutionJson;
import io.github.epres.model.Diagnostic;
import io.github.epres.model.DiagnosticCode;
import io.github.epres.model.Node;
import io.github.epres.model.Resolution;
import io.github.epres.text.TextRenderer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Mutation fuzzing of the real fixtures: lines deleted, duplicated and swapped, texts truncated,
 * control characters, lone surrogates, direction marks, zero-width spaces, 10,000 dashes and the
 * occasional 10 MB line injected. For every input: lenient parsing does not throw, keeps every
 * character, is idempotent and round-trips through JSON; strict parsing throws nothing but {@link
 * ResolutionParseException}; and no input takes more than a few seconds.
 *
 * <p>{@code mvn verify} runs {@value #DEFAULT_CASES} inputs. The long run is {@code mvn test
 * -Dtest=FuzzTest -Depres.fuzz.cases=1000000} (about 12 minutes here; {@code -Depres.fuzz.seed=N}
 * picks another sequence).
 */
class FuzzTest {
  private static final int DEFAULT_CASES = 2000;
  private static final long MAX_NANOS_PER_INPUT = 5_000_000_000L;
  private static final String[] INJECTIONS = {
    "\u0000",
    "\u0007",
    "\u001B",
    "\uD800",
    "\uDC00",
    "\u202E",
    "\u200F",
    "\u200B",
    "\uFEFF",
    "\r",
    "\n",
    "\r\n",
    "–",
    "A. ",
    "1. ",
    "(1)",
    "\uD83D\uDE00",
    "\u00A0",
    "\t"
  };
  private static final ResolutionParser LENIENT = ResolutionParser.builder().build();
  private static final ResolutionParser STRICT = ResolutionParser.builder().strict(true).build();

  @Test
  void mutatedFixturesNeverBreakTheParser() {
    int cases = Integer.getInteger("epres.fuzz.cases", DEFAULT_CASES);
    long seed = Long.getLong("epres.fuzz.seed", 0xF022L);
    List<String> fixtures = fixtures();
    Random random = new Random(seed);
    for (int i = 0; i < cases; i++) {
      String input = mutate(fixtures.get(random.nextInt(fixtures.size())), random);
      try {
        check(input);
      } catch (AssertionError | RuntimeException e) {
        String message = String.valueOf(e.getMessage());
        fail(
            "input "
                + i
                + " of seed "
                + seed
                + " failed: "
                + message.substring(0, Math.min(message.length(), 2000)));
      }
    }
    System.out.println("FuzzTest: " + cases + " inputs, seed " + seed + ", no failure");
  }

  private static void check(String input) {
    long start = System.nanoTime();
    Resolution r = LENIENT.parse(input);
    // The classified lines always fit the grammar: no parse ever falls back to plain lines.
    assertThat(r.diagnostics())
        .extracting(Diagnostic::code)
        .doesNotContain(DiagnosticCode.SYNTAX_ERROR);
    int bom = r.byteOrderMark() ? 1 : 0;
    int offset = 0;
    for (Node node : r.nodes()) {
      assertThat(node.span().offset()).isEqualTo(offset);
      offset = node.span().end();
    }
    assertThat(offset + bom).isEqualTo(input.length());
    assertThat(TextRenderer.render(r)).isEqualTo(input);
    assertThat(LENIENT.parse(TextRenderer.render(r))).isEqualTo(r);
    if (input.length() < 1_000_000) {
      assertThat(ResolutionJson.read(ResolutionJson.writeCompact(r))).isEqualTo(r);
    }
    try {
      STRICT.parse(input);
    } catch (ResolutionParseException expected) {
      assertThat(expected.getMessage()).matches("(?s)line \\d+:\\d+: .+");
    }
    assertThat(System.nanoTime() - start).isLessThan(MAX_NANOS_PER_INPUT);
  }

  private static String mutate(String text, Random random) {
    List<String> lines = new ArrayList<>(List.of(text.split("\n", -1)));
    for (int n = 1 + random.nextInt(4); n > 0; n--) {
      int at = random.nextInt(lines.size());
      switch (random.nextInt(8)) {
        case 0 -> {
          if (lines.size() > 1) {
            lines.remove(at);
          }
        }
        case 1 -> lines.add(at, lines.get(at));
        case 2 -> {
          int other = random.nextInt(lines.size());
          String line = lines.get(at);
          lines.set(at, lines.get(other));
          lines.set(other, line);
        }
        case 3 -> {
          String line = lines.get(at);
          int p = random.nextInt(line.length() + 1);
          lines.set(at, line.substring(0, p) + pick(random) + line.substring(p));
        }
        case 4 -> lines.add(at, "–".repeat(10_000));
        case 5 ->
            lines.set(at, lines.get(at).replace(' ', random.nextBoolean() ? '\u00A0' : '\u200B'));
        case 6 -> {
          if (random.nextInt(200) == 0) {
            lines.add(at, "1. " + "x".repeat(10 * 1024 * 1024));
          }
        }
        default -> lines.set(at, lines.get(at) + pick(random) + pick(random));
      }
    }
    String joined = String.join(random.nextInt(4) == 0 ? "\r\n" : "\n", lines);
    return random.nextInt(5) == 0
        ? joined.substring(0, random.nextInt(joined.length() + 1))
        : joined;
  }

  private static String pick(Random random) {
    return INJECTIONS[random.nextInt(INJECTIONS.length)];
  }

  private static List<String> fixtures() {
    List<String> texts = new ArrayList<>();
    texts.add(Seeds.reference());
    for (String dir : List.of("golden", "languages", "realworld")) {
      try (Stream<Path> files = Files.list(Path.of("src", "test", "resources", dir))) {
        for (Path file : files.filter(p -> p.toString().endsWith(".txt")).sorted().toList()) {
          texts.add(Files.readString(file, StandardCharsets.UTF_8));
        }
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return texts;
  }
}
