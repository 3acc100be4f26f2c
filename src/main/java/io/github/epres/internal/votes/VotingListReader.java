package io.github.epres.internal.votes;

import io.github.epres.lang.LanguageProfile;
import io.github.epres.lang.LanguageProfiles;
import io.github.epres.votes.SplitPart;
import io.github.epres.votes.SplitRequest;
import io.github.epres.votes.Vote;
import io.github.epres.votes.VoteCounts;
import io.github.epres.votes.VoteDocument;
import io.github.epres.votes.VoteRequest;
import io.github.epres.votes.Voting;
import io.github.epres.votes.VotingList;
import java.io.IOException;
import java.io.InputStream;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Locale;
import java.util.Optional;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Reads the EP's voting-list XML with StAX, with DTDs and external entities off, within a size and
 * depth limit. Elements may be empty or {@code xsi:nil}; a list may hold no vote.
 */
public final class VotingListReader extends XmlListReader<VotingList> {
  private static final String WHAT = "voting list";

  private final Deque<String> path = new ArrayDeque<>();
  private VotingList.Builder list = VotingList.builder();
  private Vote.Builder vote;
  private Voting.Builder voting;
  private String votingType;
  private String votingTitle;
  private String amendmentSubject;
  private LanguageProfile profile;
  private SplitRequest.Builder split;
  private String splitGroup;
  private String part;
  private String requestGroup;
  private String glossaryCode;

  private VotingListReader(XMLStreamReader xml) {
    super(xml, ListRoots.VOTING_LIST, WHAT);
  }

  public static VotingList read(InputStream in) throws IOException {
    return read(in, WHAT, VotingListReader::new);
  }

  @Override
  VotingList result() {
    return list.build();
  }

  @Override
  void start(String name) throws XMLStreamException {
    path.push(name);
    switch (name) {
      case ListRoots.VOTING_LIST -> language(attribute("language"));
      case "sitting" -> list.date(date(attribute("date")));
      case "vote" ->
          vote =
              Vote.builder()
                  .index(number(attribute("listIndex")).orElse(0))
                  .type(attribute("type").orElse(""));
      case "voting" -> voting();
      case "document" -> document();
      case "remarkSplitVote" -> splitGroup = null;
      case "RemarkRollCallSeparated" -> requestGroup = null;
      case "groups" -> group(attribute("code").orElse(null));
      case "item" -> split = SplitRequest.builder().group(Optional.ofNullable(splitGroup));
      case "glossaryItem" -> glossaryCode = attribute("code").orElse(null);
      default -> {
        // Containers and fields: their text is taken at their end.
      }
    }
  }

  @Override
  void end(String name) {
    String value = text.toString().strip();
    path.pop();
    String parent = path.isEmpty() ? "" : path.peek();
    if (voting != null) {
      votingField(name, value);
    } else if (split != null) {
      splitField(name, value);
    } else if (vote != null) {
      voteField(name, parent, value);
    } else if (name.equals("value") && parent.equals("glossaryItem") && glossaryCode != null) {
      list.putGlossary(glossaryCode, value);
    }
  }

  private void voting() {
    votingType = attribute("type").orElse("");
    votingTitle = "";
    amendmentSubject = "";
    Optional<Integer> favor = number(attribute("numberFavor"));
    Optional<Integer> against = number(attribute("numberAgainst"));
    Optional<Integer> abstention = number(attribute("numberAbstention"));
    voting =
        Voting.builder()
            .id(attribute("votingId").orElse(""))
            .time(timestamp(attribute("voteTimestamp")))
            .index(number(attribute("listIndex")).orElse(0))
            .type(votingType)
            .resultCode(attribute("result"))
            .resultTypeCode(attribute("resultType"))
            .counts(
                favor.isPresent() && against.isPresent() && abstention.isPresent()
                    ? Optional.of(VoteCounts.of(favor.get(), against.get(), abstention.get()))
                    : Optional.empty());
  }

  /** The list's language, and the profile whose words read its subjects (none if unknown). */
  private void language(Optional<String> code) {
    list.language(code);
    profile = code.flatMap(c -> LanguageProfiles.forCode(c.toLowerCase(Locale.ROOT))).orElse(null);
  }

  /** A voting's subject: the amendment subject, else its title (a title or whole-text row). */
  private Voting built() {
    String subject = plain(amendmentSubject.isEmpty() ? votingTitle : amendmentSubject);
    return voting
        .subject(subject)
        .subjectKind(Subject.read(votingType, subject, profile).kind())
        .build();
  }

  private void votingField(String name, String value) {
    Optional<String> given = value.isEmpty() ? Optional.empty() : Optional.of(value);
    switch (name) {
      case "title" -> {
        voting.title(given);
        votingTitle = value;
      }
      case "label" -> voting.label(given);
      case "amendmentSubject" -> amendmentSubject = value;
      case "amendmentNumber" -> voting.amendment(given);
      case "amendmentAuthor" -> voting.author(given);
      case "value" -> voting.marker(given);
      case "voting" -> {
        vote.addVotings(built());
        voting = null;
      }
      default -> {
        // "observations" repeats the counts; "rcv" holds the marker's value.
      }
    }
  }

  private void splitField(String name, String value) {
    switch (name) {
      case "title" -> split.subject(plain(value));
      case "partSection" -> part = value;
      case "partValue" -> split.addParts(SplitPart.builder().section(part).text(value).build());
      case "item" -> {
        vote.addSplitRequests(split.build());
        split = null;
      }
      default -> {
        // "parts" and "items" are containers.
      }
    }
  }

  private void voteField(String name, String parent, String value) {
    Optional<String> given = value.isEmpty() ? Optional.empty() : Optional.of(value);
    if (name.equals("title") && parent.equals("vote")) {
      vote.title(given);
    } else if (name.equals("label") && parent.equals("vote")) {
      vote.label(given);
    } else if (name.equals("title") && parent.equals("RemarkRollCallSeparated")) {
      // "MEPs:" where Members, not a group, ask.
      requestGroup = value.endsWith(":") ? value.substring(0, value.length() - 1) : value;
    } else if (name.equals("translation") && parent.equals("RemarkRollCallSeparated")) {
      VoteRequest.Kind kind =
          path.contains("remarkSeparateds")
              ? VoteRequest.Kind.SEPARATE
              : VoteRequest.Kind.ROLL_CALL;
      vote.addRequests(
          VoteRequest.builder()
              .kind(kind)
              .group(Optional.ofNullable(requestGroup))
              .text(value)
              .build());
    } else if (name.equals("translation") && parent.equals("remarkFreeText")) {
      vote.addRemarks(value);
    } else if (name.equals("vote")) {
      list.addVotes(vote.build());
      vote = null;
    }
  }

  private void document() {
    String number = attribute("documentNumber").orElse("").replace('\u2011', '-');
    String type = attribute("documentType").orElse("");
    if (!number.isEmpty()) {
      vote.addDocuments(
          VoteDocument.builder()
              .number(type.equals("RC") && !number.startsWith("RC-") ? "RC-" + number : number)
              .type(type)
              .build());
    }
  }

  /** The group of a split or roll-call request, from its {@code groups} element. */
  private void group(String code) {
    if (path.contains("remarkSplitVote")) {
      splitGroup = code;
    } else if (path.contains("RemarkRollCallSeparated")) {
      requestGroup = code;
    }
  }

  /** "2024-04-24T12:24:12.000+02:00"; empty when absent or not a timestamp. */
  private static Optional<OffsetDateTime> timestamp(Optional<String> value) {
    try {
      return value.map(OffsetDateTime::parse);
    } catch (DateTimeParseException e) {
      return Optional.empty();
    }
  }

  /** Subjects with no-break spaces as spaces: "§\u00A01" is "§ 1". */
  private static String plain(String text) {
    return text.replace('\u00A0', ' ').replace('\u2011', '-').strip();
  }
}
