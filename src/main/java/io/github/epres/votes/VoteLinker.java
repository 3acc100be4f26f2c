package io.github.epres.votes;

import io.github.epres.internal.votes.SplitParts;
import io.github.epres.internal.votes.Subject;
import io.github.epres.lang.LanguageProfile;
import io.github.epres.lang.LanguageProfiles;
import io.github.epres.model.Block;
import io.github.epres.model.Point;
import io.github.epres.model.Resolution;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Links a voting list to parsed documents: each voting of a vote on a given document (matched by
 * number: {@code RC-B10-0249/2025} and {@code B10-0249/2025} alike) resolves to what it decides in
 * that document ({@link VoteTarget}). Subjects are read with the words of the list's language.
 */
public final class VoteLinker {
  private VoteLinker() {}

  /** Every voting of the votes on {@code documents}, in list order, with its target. */
  public static List<LinkedVoting> link(VotingList list, Collection<Resolution> documents) {
    LanguageProfile profile = profile(list);
    List<LinkedVoting> linked = new ArrayList<>();
    for (Vote vote : list.votes()) {
      for (Resolution document : documents) {
        String number = numberOf(vote, document);
        if (number != null) {
          votings(vote, number, document, profile, linked);
        }
      }
    }
    return linked;
  }

  /**
   * Every voting of the list with what its subject names, linked to no document (the target of each
   * is UNRESOLVED, or TITLE for a title row).
   */
  public static List<LinkedVoting> classify(VotingList list) {
    LanguageProfile profile = profile(list);
    List<LinkedVoting> classified = new ArrayList<>();
    for (Vote vote : list.votes()) {
      String number = vote.documents().isEmpty() ? "" : vote.documents().get(0).number();
      votings(vote, number, null, profile, classified);
    }
    return classified;
  }

  /** Adds the votings of {@code vote} on {@code document} (null: on no document given). */
  private static void votings(
      Vote vote,
      String number,
      Resolution document,
      LanguageProfile profile,
      List<LinkedVoting> out) {
    for (Voting voting : vote.votings()) {
      Subject subject = Subject.read(voting.type(), voting.subject(), profile);
      VoteTarget target =
          document != null
              ? target(subject, voting, vote, document)
              : subject.kind() == SubjectKind.TITLE
                  ? VoteTarget.builder().kind(VoteTarget.Kind.TITLE).build()
                  : unresolved("no document given");
      out.add(LinkedVoting.builder().document(number).voting(voting).target(target).build());
    }
  }

  private static LanguageProfile profile(VotingList list) {
    return list.language()
        .flatMap(code -> LanguageProfiles.forCode(code.toLowerCase(Locale.ROOT)))
        .orElse(null);
  }

  /** The number under which {@code vote} concerns {@code document}, or null. */
  private static String numberOf(Vote vote, Resolution document) {
    List<String> numbers = document.header().map(h -> h.documentNumbers()).orElse(List.of());
    for (VoteDocument voted : vote.documents()) {
      for (String number : numbers) {
        if (number.equals(voted.number())
            || (voted.type().equals("RC") && number.equals(voted.number().substring(3)))) {
          return voted.number();
        }
      }
    }
    return null;
  }

  private static VoteTarget target(Subject subject, Voting voting, Vote vote, Resolution doc) {
    return switch (subject.kind()) {
      case WHOLE -> VoteTarget.builder().kind(VoteTarget.Kind.DOCUMENT).build();
      case TITLE -> VoteTarget.builder().kind(VoteTarget.Kind.TITLE).build();
      case DOCUMENT ->
          VoteTarget.builder().kind(VoteTarget.Kind.OTHER_DOCUMENT).id(subject.label()).build();
      case ARTICLE -> unresolved("a legislative text's article or annex");
      case PROCEDURAL -> unresolved("a vote on no part of the text");
      case NOT_UNDERSTOOD -> unresolved("subject not understood: " + voting.subject());
      case POINT -> point(subject.label(), doc);
      default -> block(subject, voting, vote, doc);
    };
  }

  private static VoteTarget block(Subject subject, Voting voting, Vote vote, Resolution doc) {
    Optional<Block> found = doc.find(subject.label());
    if (found.isEmpty()) {
      return unresolved("no " + subject.label() + " in the document");
    }
    Block block = found.get();
    VoteTarget.Kind kind =
        switch (subject.kind()) {
          case AFTER -> VoteTarget.Kind.AFTER;
          case BEFORE -> VoteTarget.Kind.BEFORE;
          default -> VoteTarget.Kind.BLOCK;
        };
    String marker = voting.marker().orElse("");
    int part = partNumber(marker);
    boolean originalText = voting.amendment().map(a -> a.equals("§")).orElse(true);
    if (kind == VoteTarget.Kind.BLOCK && part > 0 && originalText) {
      return part(block, voting, vote, part);
    }
    return VoteTarget.builder().kind(kind).id(block.id()).build();
  }

  /** A part of a split vote: the ranges of the block's text its request quotes. */
  private static VoteTarget part(Block block, Voting voting, Vote vote, int part) {
    for (SplitRequest request : vote.splitRequests()) {
      if (request.subject().equals(voting.subject())) {
        List<TextRange> ranges = SplitParts.ranges(block.text(), request.parts(), part);
        if (ranges.isEmpty()) {
          return unresolved("part " + part + " of " + request.subject() + " not found in its text");
        }
        return VoteTarget.builder()
            .kind(VoteTarget.Kind.PART)
            .id(block.id())
            .ranges(ranges)
            .build();
      }
    }
    return unresolved("no split-vote request gives the parts of " + voting.subject());
  }

  private static VoteTarget point(String label, Resolution doc) {
    Optional<Point> point = doc.findPoint(label);
    return point.isPresent()
        ? VoteTarget.builder().kind(VoteTarget.Kind.BLOCK).id(point.get().id()).build()
        : unresolved("no " + label + " in the document");
  }

  /** "1", "2", "1/RCV": the part of a split vote; 0 for any other marker. */
  private static int partNumber(String marker) {
    int slash = marker.indexOf('/');
    String number = slash < 0 ? marker : marker.substring(0, slash);
    boolean digits = !number.isEmpty() && number.length() <= 2;
    for (int i = 0; i < number.length() && digits; i++) {
      digits = number.charAt(i) >= '0' && number.charAt(i) <= '9';
    }
    return digits ? Integer.parseInt(number) : 0;
  }

  private static VoteTarget unresolved(String reason) {
    return VoteTarget.builder().kind(VoteTarget.Kind.UNRESOLVED).reason(reason).build();
  }
}
