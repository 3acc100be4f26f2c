package io.github.epres.votes;

import io.github.epres.internal.EpresStyle;
import io.github.epres.internal.votes.RollCallListReader;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The EP's roll-call results of a sitting (the "rcv" XML): every roll-call vote with each Member's
 * vote by group. Read with {@link #read(Path)}.
 */
@Value.Immutable
@EpresStyle
public interface RollCallList {
  Optional<LocalDate> date();

  /** The minutes' reference: {@code P10_PV(2024)09-18}. */
  Optional<String> reference();

  List<RollCall> rollCalls();

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
