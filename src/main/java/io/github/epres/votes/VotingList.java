package io.github.epres.votes;

import io.github.epres.internal.EpresStyle;
import io.github.epres.internal.votes.VotingListReader;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The EP's voting list of a sitting (the "vot-list" XML): its language and date and every vote with
 * its votings. Read with {@link #read(Path)}; link it to parsed documents with {@link VoteLinker}.
 */
@Value.Immutable
@EpresStyle
public interface VotingList {
  /** The list's language code as written: {@code EN}, {@code FR}. */
  Optional<String> language();

  /** The sitting's date. */
  Optional<LocalDate> date();

  List<Vote> votes();

  /** The list's own labels by code, as its glossary gives them: "adopted", "+" for in favour. */
  Map<String, String> glossary();

  /** Reads a voting list file; the XML is read without DTDs or external entities. */
  static VotingList read(Path path) throws IOException {
    try (InputStream in = Files.newInputStream(path)) {
      return read(in);
    }
  }

  /** Reads a voting list; an {@link IOException} says what is wrong with it, and where. */
  static VotingList read(InputStream in) throws IOException {
    return VotingListReader.read(in);
  }

  static Builder builder() {
    return new Builder();
  }

  final class Builder extends ImmutableVotingList.Builder {}
}
