package io.github.epres.cli;

import io.github.epres.ResolutionParser;
import io.github.epres.internal.viewer.ViewerServer;
import java.io.IOException;
import java.io.PrintWriter;
import java.net.InetAddress;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code epres serve [--port N]}: the viewer in the browser, on this machine only by default. */
@Command(
    name = "serve",
    description = {
      "Show resolutions in the browser, as the model sees them.",
      "",
      "Starts the viewer: a web page that shows a resolution as the model sees it (structure,"
          + " clauses, references, dates, footnotes, diagnostics, the source beside it) and the"
          + " votes of a voting list on its text. Paste a text or choose a file (text or an EP web"
          + " page).",
      "",
      "Serves on 127.0.0.1 only, unless --bind names another address; parses what the page sends"
          + " and nothing else: it reads no file and fetches nothing. Stop it with Ctrl-C."
    },
    footer = {
      "  # The viewer at http://127.0.0.1:8080/:",
      "  $ epres serve",
      "",
      "  # On any free port (the address is printed):",
      "  $ epres serve --port 0"
    })
final class ServeCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Mixin Usage.HelpOption help;

  @Option(
      names = "--port",
      paramLabel = "PORT",
      defaultValue = "8080",
      description = "The port (default: ${DEFAULT-VALUE}; 0 for any free one).")
  int port;

  @Option(
      names = "--bind",
      paramLabel = "ADDRESS",
      defaultValue = "127.0.0.1",
      description =
          "The address to serve on (default: ${DEFAULT-VALUE}). Another one makes the viewer"
              + " reachable from other machines: only do that on a network you trust.")
  String bind;

  @Option(
      names = "--max-request-mb",
      paramLabel = "MB",
      defaultValue = "32",
      description = "The largest request body, in MiB (default: ${DEFAULT-VALUE}).")
  int maxRequestMegabytes;

  @Override
  public Integer call() throws IOException, InterruptedException {
    PrintWriter out = spec.commandLine().getOut();
    if (maxRequestMegabytes < 1 || maxRequestMegabytes > 1024) {
      throw new ParameterException(spec.commandLine(), "--max-request-mb must be 1 to 1024");
    }
    ViewerServer server =
        ViewerServer.start(
            InetAddress.getByName(bind),
            port,
            maxRequestMegabytes << 20,
            ResolutionParser.builder().build());
    CountDownLatch stopped = new CountDownLatch(1);
    Runtime.getRuntime()
        .addShutdownHook(
            new Thread(
                () -> {
                  server.close();
                  stopped.countDown();
                }));
    out.println("epres viewer: " + server.address() + " (Ctrl-C stops it)");
    out.flush();
    stopped.await();
    return 0;
  }
}
