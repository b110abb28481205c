package org.tiescan.store.runs;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** The process running a screening run, as {@code pid@host}; lets a later process see it died. */
record RunOwner(long pid, String host) {
  static final RunOwner CURRENT = new RunOwner(ProcessHandle.current().pid(), localHost());

  static RunOwner parse(String s) {
    if (s == null) return null;
    int at = s.indexOf('@');
    if (at <= 0) return null;
    try {
      return new RunOwner(Long.parseLong(s.substring(0, at)), s.substring(at + 1));
    } catch (NumberFormatException e) {
      return null;
    }
  }

  /** True when the owner ran on this host and no process with its pid is alive any more. */
  boolean isDeadOnThisHost() {
    return host.equals(CURRENT.host) && ProcessHandle.of(pid).map(p -> !p.isAlive()).orElse(true);
  }

  @Override
  public String toString() {
    return pid + "@" + host;
  }

  /** The host name without a network lookup (InetAddress can stall for seconds without DNS). */
  private static String localHost() {
    String env = System.getenv("HOSTNAME");
    if (env != null && !env.isBlank()) return env.strip();
    try {
      String file = Files.readString(Path.of("/etc/hostname")).strip();
      if (!file.isEmpty()) return file;
    } catch (IOException | RuntimeException e) {
      // not Linux, or unreadable: fall through
    }
    String windows = System.getenv("COMPUTERNAME");
    return windows != null && !windows.isBlank() ? windows.strip() : "localhost";
  }
}
