package io.github.epres.cli;

import io.github.epres.ResolutionParser;
import io.github.epres.model.Resolution;
import io.github.epres.votes.RollCallList;
import io.github.epres.votes.VotingList;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The files of {@code epres votes} and {@code epres rollcall}: a voting list, roll-call lists and
 * the documents voted on, each checked for its kind first, so that a file given in the wrong place
 * says what it is and which command reads it.
 */
final class VoteFiles {
  private VoteFiles() {}

  /** A file a command cannot use, and why; printed as "epres: FILE: why". */
  static final class Refused extends Exception {
    private static final long serialVersionUID = 1L;
    final transient Path file;

    Refused(Path file, String message) {
      super(message, null, false, false);
      this.file = file;
    }

    /** The one line a user sees. */
    String line() {
      return "epres: " + file + ": " + getMessage();
    }
  }

  /** The output formats of the commands on votes. */
  enum Format {
    json,
    csv
  }

  static VotingList votingList(Path file) throws Refused {
    return list(file, InputProblem::forVotingList, VotingList::read);
  }

  static RollCallList rollCallList(Path file) throws Refused {
    return list(file, InputProblem::forRollCallList, RollCallList::read);
  }

  private interface ListReader<T> {
    T read(InputStream in) throws IOException;
  }

  private static <T> T list(Path file, KindCheck check, ListReader<T> reader) throws Refused {
    byte[] bytes = bytes(file, check);
    try {
      return reader.read(new ByteArrayInputStream(bytes));
    } catch (IOException e) {
      throw new Refused(file, e.getMessage());
    }
  }

  static Resolution document(ResolutionParser parser, Path file) throws Refused {
    byte[] bytes = bytes(file, InputProblem::forVotedDocument);
    try {
      return Job.parse(parser, bytes, InputKind.of(bytes));
    } catch (IOException e) {
      throw new Refused(file, InputProblem.message(e));
    }
  }

  private interface KindCheck {
    /** Why a file of this kind cannot be used here, or null. */
    InputProblem problem(InputKind kind);
  }

  private static byte[] bytes(Path file, KindCheck check) throws Refused {
    byte[] bytes;
    try {
      bytes = Files.readAllBytes(file);
    } catch (IOException e) {
      throw new Refused(file, InputProblem.message(e));
    }
    InputProblem wrongKind = check.problem(InputKind.of(bytes));
    if (wrongKind != null) {
      throw new Refused(file, wrongKind.getMessage());
    }
    return bytes;
  }
}
