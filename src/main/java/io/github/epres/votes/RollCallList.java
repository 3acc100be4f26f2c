package io.github.epres.votes;

import io.github.epres.internal.EpresStyle;
import io.github.epres.internal.votes.RollCallListReader;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The EP's roll-call results of a sitting (the "rcv" XML): every roll-call vote with each Member's
 * vote by group. Read with {@link #read(Path)}; find a voting's roll call with {@link
 * #rollCall(String)}. The XML is read without DTDs or external entities, up to 64 MB and 64 levels
 * deep; what is not a roll-call list is an {@link IOException} with a one-line message.
 */
@Value.Immutable
@EpresStyle
public interface RollCallList {
  Optional<LocalDate> date();

  /** The minutes' reference: {@code P10_PV(2024)09-18}. */
  Optional<String> reference();

  List<RollCall> rollCalls();

  /**
   * The roll call of a voting: the one whose {@link RollCall#id()} is the voting list's {@code
   * votingId} ({@link Voting#id()}), as in every real list; empty where this list has none. To find
   * the roll calls of a whole voting list, with a fallback on time and subject, use {@link
   * RollCallJoin}.
   */
  default Optional<RollCall> rollCall(String votingId) {
    for (RollCall call : rollCalls()) {
      if (call.id().equals(votingId)) {
        return Optional.of(call);
      }
    }
    return Optional.empty();
  }

  /**
   * What is wrong with the list as published, one line per roll call whose counts and names
   * disagree: "roll call 116365: 2 favor counted, 1 Member named". Empty for a whole, correct list.
   */
  default List<String> problems() {
    List<String> problems = new ArrayList<>();
    for (RollCall call : rollCalls()) {
      if (!call.problems().isEmpty()) {
        problems.add("roll call " + call.id() + ": " + String.join("; ", call.problems()));
      }
    }
    return problems;
  }

  static RollCallList read(Path path) throws IOException {
    try (InputStream in = Files.newInputStream(path)) {
      return read(in);
    }
  }

  /** Reads roll-call results; an {@link IOException} says what is wrong with them, and where. */
  static RollCallList read(InputStream in) throws IOException {
    return RollCallListReader.read(in);
  }

  static Builder builder() {
    return new Builder();
  }

  final class Builder extends ImmutableRollCallList.Builder {}
}
