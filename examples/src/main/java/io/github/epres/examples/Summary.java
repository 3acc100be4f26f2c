package io.github.epres.examples;

import io.github.epres.ResolutionParser;
import io.github.epres.model.Block;
import io.github.epres.model.Resolution;
import io.github.epres.model.Title;
import java.io.IOException;
import java.nio.file.Path;
import java.util.stream.Stream;

/** Prints a short summary of a resolution: the example of using epres as a library. */
public final class Summary {
  private Summary() {}

  public static void main(String[] args) throws IOException {
    Path file = Path.of(args.length > 0 ? args[0] : "../seeds/TA-9-2021-0056_LV.txt");
    System.out.print(summarize(ResolutionParser.builder().build().parse(file)));
  }

  static String summarize(Resolution r) {
    Title title = r.title().orElseThrow();
    long dates =
        Stream.of(r.citations(), r.recitals(), r.paragraphs())
            .flatMap(blocks -> blocks.stream())
            .mapToLong(b -> b.dates().size())
            .sum();
    Block last = r.paragraphs().get(r.paragraphs().size() - 1);
    return String.format(
        "%s %s %s%n%d citations, %d recitals, %d paragraphs, %d dates%n%s: %s…%n",
        r.language(),
        title.date().orElseThrow(),
        title.procedure().orElseThrow().reference(),
        r.citations().size(),
        r.recitals().size(),
        r.paragraphs().size(),
        dates,
        last.id(),
        last.text().substring(0, 40));
  }
}
