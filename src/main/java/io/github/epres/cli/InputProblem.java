package io.github.epres.cli;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.util.Locale;

/**
 * A file a command cannot use, with one line that says what is wrong and, where there is one, what
 * to do instead: "no such file", "permission denied", "this is a voting list: use `epres votes …`".
 */
final class InputProblem extends IOException {
  private static final long serialVersionUID = 1L;

  InputProblem(String message) {
    super(message);
  }

  /** What went wrong reading a file, in one line without the path (the caller names the file). */
  static String message(IOException e) {
    if (e instanceof InputProblem) {
      return e.getMessage();
    }
    boolean plain =
        e instanceof NoSuchFileException
            || e instanceof NotDirectoryException
            || e instanceof AccessDeniedException;
    return plain ? reason(e) : "cannot read: " + reason(e);
  }

  /** Why a file operation failed: "no such file", "permission denied", "is a directory". */
  static String reason(IOException e) {
    if (e instanceof NoSuchFileException || e instanceof NotDirectoryException) {
      return "no such file";
    }
    if (e instanceof AccessDeniedException) {
      return "permission denied";
    }
    if (e instanceof FileSystemException f && f.getReason() != null) {
      return f.getReason().toLowerCase(Locale.ROOT);
    }
    return String.valueOf(e.getMessage());
  }

  /** Why {@code epres parse} cannot read a file of this kind, or null when it can. */
  static InputProblem forParse(InputKind kind) {
    return switch (kind) {
      case TEXT, HTML -> null;
      case VOTING_LIST ->
          new InputProblem("this is a voting list: use `epres votes LIST [DOC...]`");
      case ROLL_CALL_LIST -> rollCallList();
      case OTHER_XML -> otherXml();
    };
  }

  /** Why {@code epres votes} cannot read a file of this kind as its voting list, or null. */
  static InputProblem forVotingList(InputKind kind) {
    return switch (kind) {
      case VOTING_LIST, OTHER_XML -> null; // the list reader says what is wrong with other XML
      case TEXT, HTML ->
          new InputProblem(
              "this is "
                  + kind.description
                  + ", not a voting list: the list comes first, `epres votes LIST [DOC...]`");
      case ROLL_CALL_LIST -> rollCallList();
    };
  }

  /** Why {@code epres votes} cannot read a file of this kind as a document voted on, or null. */
  static InputProblem forVotedDocument(InputKind kind) {
    return switch (kind) {
      case TEXT, HTML -> null;
      case VOTING_LIST ->
          new InputProblem(
              "this is a second voting list: give one list, then the texts it votes on");
      case ROLL_CALL_LIST -> rollCallList();
      case OTHER_XML -> otherXml();
    };
  }

  /** Why {@code epres rollcall} or {@code --rollcall} cannot read a file of this kind, or null. */
  static InputProblem forRollCallList(InputKind kind) {
    return switch (kind) {
      case ROLL_CALL_LIST, OTHER_XML -> null; // the list reader says what is wrong with other XML
      case TEXT, HTML ->
          new InputProblem(
              "this is " + kind.description + ", not a roll-call list: use `epres parse FILE`");
      case VOTING_LIST ->
          new InputProblem(
              "this is a voting list, not a roll-call list: use `epres votes LIST [DOC...]`");
    };
  }

  private static InputProblem rollCallList() {
    return new InputProblem(
        "this is a roll-call list (RCV): use `epres rollcall RCV...`, or `epres votes LIST"
            + " --rollcall RCV...` with the sitting's voting list (VOT)");
  }

  private static InputProblem otherXml() {
    return new InputProblem(
        "this is an XML document, not a resolution: give its text or its EP web page");
  }
}
