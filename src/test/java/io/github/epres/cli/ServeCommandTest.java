package io.github.epres.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** {@code epres serve}: on this machine only unless asked, on port 8080 unless asked. */
class ServeCommandTest {
  @Test
  void servesOnLoopbackByDefault() {
    ServeCommand serve = new ServeCommand();
    new CommandLine(serve).parseArgs();
    assertThat(serve.bind).isEqualTo("127.0.0.1");
    assertThat(serve.port).isEqualTo(8080);
    assertThat(serve.maxRequestMegabytes).isEqualTo(32);
  }

  @Test
  void takesAnotherAddressOnlyWhenAsked() {
    ServeCommand serve = new ServeCommand();
    new CommandLine(serve).parseArgs("--bind", "0.0.0.0", "--port", "0");
    assertThat(serve.bind).isEqualTo("0.0.0.0");
    assertThat(serve.port).isZero();
  }

  @Test
  void refusesAnImpossibleLimit() {
    assertThat(EpresCli.run("serve", "--max-request-mb", "0")).isEqualTo(2);
  }
}
