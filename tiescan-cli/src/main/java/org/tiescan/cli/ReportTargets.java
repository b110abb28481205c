package org.tiescan.cli;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.tiescan.screen.report.ReportException;

/**
 * Where each report goes. Reports are written to a temporary file beside the target and moved into
 * place only when the run completes, so a failed run never leaves a half-written report that looks
 * complete.
 */
final class ReportTargets implements AutoCloseable {
  private final Map<ReportFormat, Path> targets = new LinkedHashMap<>();
  private final Map<ReportFormat, Path> temps = new LinkedHashMap<>();
  private final List<Writer> writers = new ArrayList<>();
  private final boolean stdout;

  /**
   * @param output a file (one format), a directory (several formats), "-" for stdout (one format),
   *     or null for the default directory {@code out/}
   */
  ReportTargets(List<ReportFormat> formats, String output, String inputBaseName) {
    this.stdout = "-".equals(output);
    if (stdout || (output != null && formats.size() == 1 && !Files.isDirectory(Path.of(output)))) {
      if (stdout && formats.size() != 1) throw new ReportException("-o - (stdout) takes exactly one --format", null);
      if (!stdout) targets.put(formats.get(0), Path.of(output));
      else targets.put(formats.get(0), null);
      return;
    }
    Path dir = Path.of(output == null ? "out" : output);
    for (ReportFormat f : formats) targets.put(f, dir.resolve(inputBaseName + ".screening." + f.extension));
  }

  Map<ReportFormat, Path> targets() {
    return targets;
  }

  Writer open(ReportFormat f, Writer stdoutWriter) {
    Path target = targets.get(f);
    if (target == null) return stdoutWriter;
    try {
      Path parent = target.toAbsolutePath().getParent();
      Files.createDirectories(parent);
      // not Files.createTempFile: its 0600 mode would stick to the report after the move
      Path temp = parent.resolve("." + target.getFileName() + "." + ProcessHandle.current().pid() + ".part");
      Files.deleteIfExists(temp);
      temps.put(f, temp);
      Writer w = new BufferedWriter(new OutputStreamWriter(Files.newOutputStream(temp), StandardCharsets.UTF_8), 64 * 1024);
      writers.add(w);
      return w;
    } catch (IOException e) {
      throw new ReportException("cannot write " + target + ": " + e, e);
    }
  }

  /** Moves every finished report into place. */
  void commit() {
    closeWriters();
    for (Map.Entry<ReportFormat, Path> t : temps.entrySet()) {
      Path target = targets.get(t.getKey());
      try {
        Files.move(t.getValue(), target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
      } catch (IOException e) {
        throw new ReportException("cannot write " + target + ": " + e, e);
      }
    }
    temps.clear();
  }

  /** Deletes unfinished reports (after a failure); committed ones are gone from the map already. */
  @Override
  public void close() {
    closeWriters();
    for (Path temp : temps.values()) {
      try {
        Files.deleteIfExists(temp);
      } catch (IOException ignored) {
        // best effort: a leftover .part file is visibly unfinished
      }
    }
  }

  private void closeWriters() {
    for (Writer w : writers) {
      try {
        w.close();
      } catch (IOException e) {
        throw new ReportException("cannot write report: " + e, e);
      }
    }
    writers.clear();
  }
}
