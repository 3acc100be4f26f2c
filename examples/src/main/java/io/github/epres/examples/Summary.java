package io.github.epres.examples;

import io.github.epres.ResolutionParser;
import io.github.epres.model.Action;
import io.github.epres.model.Addressee;
import io.github.epres.model.Block;
import io.github.epres.model.Clause;
import io.github.epres.model.Paragraph;
import io.github.epres.model.Resolution;
import io.github.epres.model.Title;
import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Prints a short summary of a resolution, what it condemns and whom it calls on: the example of
 * using epres as a library.
 */
public final class Summary {
  private Summary() {}

  /** The first words of a clause. */
  private static String clause(Block block, Clause c) {
    String text = block.text().substring(c.offset(), c.offset() + c.length());
    return text.substring(0, Math.min(text.length(), 40)) + "…";
  }

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
    // What Parliament condemned, and whom it called on.
    StringBuilder condemns = new StringBuilder();
    Set<Addressee.Kind> calledOn = new LinkedHashSet<>();
    int callsOn = 0;
    for (Paragraph p : r.paragraphs()) {
      for (Clause c : p.clauses()) {
        if (c.action() == Action.CONDEMNS) {
          condemns.append(String.format("%s condemns: %s%n", p.voteLabelEn(), clause(p, c)));
        } else if (c.action() == Action.CALLS_ON) {
          callsOn++;
          c.addressee().ifPresent(a -> calledOn.add(a.kind()));
        }
      }
    }
    return String.format(
            "%s %s %s%n%d citations, %d recitals, %d paragraphs, %d dates%n%s: %s…%n",
            r.language(),
            title.date().orElseThrow(),
            r.procedure().orElseThrow().reference(),
            r.citations().size(),
            r.recitals().size(),
            r.paragraphs().size(),
            dates,
            last.id(),
            last.text().substring(0, 40))
        + condemns
        + String.format("%d calls on: %s%n", callsOn, calledOn);
  }
}
