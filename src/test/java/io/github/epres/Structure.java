package io.github.epres;

import io.github.epres.model.Block;
import io.github.epres.model.Resolution;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/** What must stay the same when only the layout of a document changes: no spans, no markers. */
final class Structure {
  private Structure() {}

  static List<String> of(Resolution r) {
    List<String> facts = new ArrayList<>();
    facts.add("language " + r.language());
    r.title()
        .ifPresent(
            t -> facts.add("title " + t.text() + " " + t.date() + t.subject() + t.procedure()));
    r.authorLine().ifPresent(a -> facts.add("author " + a.text()));
    Stream.of(r.citations(), r.recitals(), r.paragraphs())
        .flatMap(List::stream)
        .map(Structure::block)
        .forEach(facts::add);
    r.diagnostics().forEach(d -> facts.add("diagnostic " + d.code()));
    return facts;
  }

  private static String block(Block b) {
    return String.join(
        " | ",
        b.id(),
        b.label().orElse("-"),
        String.valueOf(b.number()),
        b.opener().orElse("-"),
        b.text(),
        b.footnoteRefs().toString());
  }
}
