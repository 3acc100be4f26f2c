package io.github.epres.internal.semantics;

import io.github.epres.lang.LanguageProfile;
import io.github.epres.model.DocumentKind;
import io.github.epres.model.LegislativeOutcome;
import io.github.epres.model.Paragraph;
import io.github.epres.model.Resolution;
import io.github.epres.model.Title;
import java.util.Optional;

/**
 * What a legislative resolution decides, read from the first words of its paragraph 1 with the
 * profile's outcome phrases ({@code outcome.ADOPTS_POSITION = Adopts its position at first
 * reading}). A text whose title says it is a legislative resolution gets the outcome its paragraph
 * 1 starts with, or {@link LegislativeOutcome#OTHER}; any other text gets one only where its
 * paragraph 1 starts with an outcome phrase (a legislative resolution whose title was not read,
 * such as a page cut before it).
 */
public final class LegislativeOutcomes {
  private LegislativeOutcomes() {}

  /**
   * The outcome of a text of {@code kind} whose paragraph 1 is {@code firstParagraph}; empty when
   * it has no paragraph 1 or is no legislative resolution. {@code profile} may be null (language
   * unknown): then nothing is read.
   */
  public static Optional<LegislativeOutcome> of(
      LanguageProfile profile, Optional<DocumentKind> kind, Optional<String> firstParagraph) {
    if (profile == null || firstParagraph.isEmpty()) {
      return Optional.empty();
    }
    Optional<LegislativeOutcome> outcome = profile.outcomeOf(firstParagraph.get());
    if (outcome.isEmpty() && kind.equals(Optional.of(DocumentKind.LEGISLATIVE_RESOLUTION))) {
      return Optional.of(LegislativeOutcome.OTHER);
    }
    return outcome;
  }

  /** {@code resolution} with its outcome, or as it is when it has none. */
  public static Resolution decide(Resolution resolution, LanguageProfile profile) {
    Optional<LegislativeOutcome> outcome =
        of(
            profile,
            resolution.title().flatMap(Title::kind),
            resolution.paragraphs().stream().findFirst().map(Paragraph::text));
    return outcome.isEmpty()
        ? resolution
        : Resolution.builder().from(resolution).legislativeOutcome(outcome).build();
  }
}
