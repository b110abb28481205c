package org.tiescan.store;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Starts a test's helper program in a JVM of its own, to be killed mid-way. sqlite-jdbc unpacks its native
 * library into the temporary directory and deletes it at a normal exit only; a killed JVM left one there on
 * every test run, so the child unpacks it into {@code nativeDir} (a directory the test owns) instead.
 */
final class ChildJvm {
  private ChildJvm() {}

  static Process start(Path nativeDir, Class<?> main, String... args) throws IOException {
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    List<String> command = new ArrayList<>(List.of(java, "-Xmx256m", "-Dorg.sqlite.tmpdir=" + nativeDir,
        "-cp", System.getProperty("java.class.path"), main.getName()));
    command.addAll(List.of(args));
    return new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.INHERIT).start();
  }
}
