package io.github.epres.cli;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;
import picocli.CommandLine;

/**
 * {@code epres --version}: the version and commit the build wrote into {@code version.properties}
 * (Maven's resource filtering), and the Java that runs it.
 */
final class Version implements CommandLine.IVersionProvider {
  @Override
  public String[] getVersion() {
    Properties build = new Properties();
    try (InputStream in = Version.class.getResourceAsStream("version.properties")) {
      if (in != null) {
        build.load(in);
      }
    } catch (IOException e) {
      // Then the version is unknown, as in a build that did not filter the file.
    }
    String version = known(build.getProperty("version"));
    String commit = known(build.getProperty("commit"));
    return new String[] {
      "epres "
          + (version == null ? "(development build)" : version)
          + (commit == null ? "" : " (commit " + commit + ")"),
      "Java " + Runtime.version() + " (" + System.getProperty("java.vendor", "unknown vendor") + ")"
    };
  }

  /** A filtered value, or null where the build left it empty or unfiltered ("${…}"). */
  private static String known(String value) {
    return value == null || value.isBlank() || value.contains("${") ? null : value.strip();
  }
}
