package io.github.epres.internal.layout;

import io.github.epres.internal.lines.Labels;
import io.github.epres.internal.lines.SourceLine;
import io.github.epres.internal.util.Diagnostics;
import io.github.epres.lang.LanguageProfile;
import io.github.epres.model.DiagnosticCode;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Starts the draft of a block from its first line: its unique id, its number among the blocks of
 * its kind, its opener, and what is wrong with its label or text (a label out of sequence or
 * repeated, a block without text, a missing opener).
 */
final class BlockStarter {
  private final LanguageProfile profile;
  private final Diagnostics diagnostics;
  private final int maxNesting;
  private final Map<String, Integer> idCounts = new HashMap<>();
  private final LabelSequence recitalLabels = new LabelSequence("recital", false);
  private final LabelSequence paragraphLabels = new LabelSequence("paragraph", true);
  private int citations;
  private int recitals;
  private int paragraphs;

  /** {@code profile} is null when the language is unknown. */
  BlockStarter(LanguageProfile profile, Diagnostics diagnostics, int maxNesting) {
    this.profile = profile;
    this.diagnostics = diagnostics;
    this.maxNesting = maxNesting;
  }

  /** "– having regard to …", or a citation printed without its dash. */
  BlockDraft citation(SourceLine line) {
    String opener = profile == null ? null : profile.citationOpener(line.text()).orElse(null);
    checkText(BlockKind.CITATION, line, opener, profile == null ? null : profile.citationOpeners());
    int number = ++citations;
    return draft(BlockKind.CITATION, "cit_" + number, null, number, opener, line);
  }

  /** "A. whereas …": its id has the Latin letter of its ordinal, whatever the script. */
  BlockDraft recital(SourceLine line) {
    int ordinal = Labels.letterOrdinal(line.label());
    checkLabel(recitalLabels, line, ordinal);
    String opener = profile == null ? null : profile.recitalOpener(line.text()).orElse(null);
    checkText(BlockKind.RECITAL, line, opener, profile == null ? null : profile.recitalOpeners());
    return recitalDraft(line, ordinal, opener);
  }

  /**
   * "1. Whereas …" before the paragraphs, as in motion B9-0144/2021: a recital, with a warning; its
   * id follows the recital sequence.
   */
  BlockDraft numberedRecital(SourceLine line) {
    int ordinal = Labels.numberOrdinal(line.label());
    diagnostics.report(
        DiagnosticCode.NUMBERED_RECITAL,
        "recital numbered " + line.label() + ". instead of lettered",
        line.spanAt(line.labelColumn(), line.label().length()));
    checkLabel(recitalLabels, line, ordinal);
    String opener = profile == null ? null : profile.recitalOpener(line.text()).orElse(null);
    return recitalDraft(line, ordinal, opener);
  }

  /** "1. …"; a paragraph "1a." inserted after 1 stands outside the number sequence. */
  BlockDraft paragraph(SourceLine line) {
    if (!Labels.isInserted(line.label())) {
      checkLabel(paragraphLabels, line, Labels.numberOrdinal(line.label()));
    }
    checkText(BlockKind.PARAGRAPH, line, null, null);
    return draft(
        BlockKind.PARAGRAPH, "para_" + line.label(), line.label(), ++paragraphs, null, line);
  }

  /** The furthest kind of block started so far, or null: the part the document has reached. */
  BlockKind reached() {
    if (paragraphs > 0) {
      return BlockKind.PARAGRAPH;
    }
    if (recitals > 0) {
      return BlockKind.RECITAL;
    }
    return citations > 0 ? BlockKind.CITATION : null;
  }

  private BlockDraft recitalDraft(SourceLine line, int ordinal, String opener) {
    String id = "rec_" + (ordinal > 0 ? Labels.letterLabel(ordinal) : line.label());
    return draft(BlockKind.RECITAL, id, line.label(), ++recitals, opener, line);
  }

  /** A block starting at {@code line}, under a unique id. */
  private BlockDraft draft(
      BlockKind kind, String id, String label, int number, String opener, SourceLine line) {
    return new BlockDraft(kind, uniqueId(id), label, number, opener, line, maxNesting, diagnostics);
  }

  private void checkLabel(LabelSequence sequence, SourceLine line, int ordinal) {
    LabelSequence.Problem problem = sequence.next(line.label(), ordinal);
    if (problem != null) {
      diagnostics.report(
          problem.outOfSequence()
              ? DiagnosticCode.LABEL_OUT_OF_SEQUENCE
              : DiagnosticCode.DUPLICATE_LABEL,
          problem.message(),
          line.spanAt(line.labelColumn(), line.label().length()));
    }
  }

  /** Reports a block without text, or without an opener where the language has openers. */
  private void checkText(BlockKind kind, SourceLine line, String opener, List<String> openers) {
    if (line.text().isBlank()) {
      diagnostics.report(
          DiagnosticCode.EMPTY_BLOCK, kind.word() + " without text", line.spanAt(1, 0));
    } else if (opener == null && openers != null && !openers.isEmpty()) {
      diagnostics.report(
          DiagnosticCode.MISSING_OPENER,
          kind.word() + " does not start with an opener such as \"" + openers.get(0) + "\"",
          line.spanAt(line.textColumn(), 0));
    }
  }

  private String uniqueId(String id) {
    // One lookup for an id seen first, which nearly all are.
    Integer seen = idCounts.putIfAbsent(id, 1);
    if (seen == null) {
      return id;
    }
    idCounts.put(id, seen + 1);
    return id + "_" + (seen + 1);
  }
}
