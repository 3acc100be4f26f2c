package io.github.epres.internal.votes;

import io.github.epres.votes.GroupVotes;
import io.github.epres.votes.Member;
import io.github.epres.votes.RollCall;
import io.github.epres.votes.RollCallList;
import io.github.epres.votes.VoteCounts;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/** Reads the EP's roll-call results XML with StAX, with DTDs and external entities off. */
public final class RollCallListReader extends XmlListReader<RollCallList> {
  private static final String WHAT = "roll-call list";

  /** White space, no-break spaces included: a run of it is one space in a description. */
  private static final Pattern WHITE_SPACE = Pattern.compile("[\\s\u00A0]+");

  private final RollCallList.Builder list = RollCallList.builder();
  private RollCall.Builder call;
  private String position;
  private String group;
  private List<Member> members;
  private String memberId;

  /** Whether the description, whose links hold document numbers, is being read. */
  private boolean inDescription;

  private int favor;
  private int against;
  private int abstention;

  private RollCallListReader(XMLStreamReader xml) {
    super(xml, ListRoots.ROLL_CALL_LIST, WHAT);
  }

  public static RollCallList read(InputStream in) throws IOException {
    return read(in, WHAT, RollCallListReader::new);
  }

  @Override
  boolean mixedContent() {
    return inDescription;
  }

  @Override
  RollCallList result() {
    return list.build();
  }

  @Override
  void start(String name) throws XMLStreamException {
    switch (name) {
      case "RollCallVote.Description.Text" -> inDescription = call != null;
      case ListRoots.ROLL_CALL_LIST -> {
        list.date(date(attribute("Sitting.Date")));
        list.reference(attribute("EP.Reference"));
      }
      case "RollCallVote.Result" ->
          call =
              RollCall.builder()
                  .id(attribute("Identifier").orElse(""))
                  .time(attribute("Date"))
                  .description("");
      case "Result.For", "Result.Against", "Result.Abstention" -> {
        position = name;
        int number = number(attribute("Number")).orElse(0);
        switch (name) {
          case "Result.For" -> favor = number;
          case "Result.Against" -> against = number;
          default -> abstention = number;
        }
      }
      case "Intentions.Result.For", "Intentions.Result.Against", "Intentions.Result.Abstention" -> {
        position = name;
        members = new ArrayList<>();
      }
      case "Result.PoliticalGroup.List" -> {
        group = WHITE_SPACE.matcher(attribute("Identifier").orElse("")).replaceAll(" ");
        members = new ArrayList<>();
      }
      case "PoliticalGroup.Member.Name", "Member.Name" ->
          memberId = attribute("MepId").orElse(null);
      default -> {
        // Titles, notices and the glossary are furniture.
      }
    }
  }

  @Override
  void end(String name) {
    String value = text.toString().strip();
    if (call == null) {
      return;
    }
    switch (name) {
      case "RollCallVote.Description.Text" -> {
        call.description(WHITE_SPACE.matcher(value).replaceAll(" "));
        inDescription = false;
      }
      case "PoliticalGroup.Member.Name", "Member.Name" -> {
        if (members != null) {
          members.add(Member.builder().name(value).id(Optional.ofNullable(memberId)).build());
        }
      }
      case "Result.PoliticalGroup.List" -> {
        GroupVotes votes = GroupVotes.builder().group(group).members(members).build();
        switch (position) {
          case "Result.For" -> call.addFavorVotes(votes);
          case "Result.Against" -> call.addAgainstVotes(votes);
          default -> call.addAbstentionVotes(votes);
        }
        members = null;
      }
      case "Intentions.Result.For" -> call.addAllIntendedFavor(members);
      case "Intentions.Result.Against" -> call.addAllIntendedAgainst(members);
      case "Intentions.Result.Abstention" -> call.addAllIntendedAbstention(members);
      case "RollCallVote.Result" -> {
        list.addRollCalls(call.counts(VoteCounts.of(favor, against, abstention)).build());
        call = null;
        favor = 0;
        against = 0;
        abstention = 0;
      }
      default -> {
        // Containers.
      }
    }
  }
}
