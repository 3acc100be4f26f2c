package io.github.epres.cli;

import picocli.CommandLine;

/** The version recorded in the jar's manifest by the build. */
final class Version implements CommandLine.IVersionProvider {
  @Override
  public String[] getVersion() {
    String version = EpresCli.class.getPackage().getImplementationVersion();
    return new String[] {"epres " + (version == null ? "(development build)" : version)};
  }
}
