package org.tiescan.screen.engine;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import org.tiescan.screen.InOrder;
import org.tiescan.screen.ScreeningException;
import org.tiescan.screen.ScreeningSummary;
import org.tiescan.screen.ScreeningTally;
import org.tiescan.screen.input.InputFiles;
import org.tiescan.screen.input.InputReader;
import org.tiescan.screen.report.ReportException;

/**
 * The engine of {@code tiescan screen}: the input read by tiescan's own readers, the job on threads of
 * this JVM ({@link InOrder}, as the {@link org.tiescan.screen.Screener} does), JSON lines written to a
 * temporary file and moved into place when the run completes. Writes no Parquet.
 */
public final class LocalEngine implements ScreeningEngine {
  private final int threads;

  public LocalEngine(int threads) {
    if (threads < 1) throw new IllegalArgumentException("threads must be at least 1");
    this.threads = threads;
  }

  @Override
  public List<String> columns(EngineInput input) {
    try (InputReader r = open(input)) {
      return r.columns();
    }
  }

  @Override
  public ScreeningSummary run(EngineInput input, RecordJob job, EngineOutput output) {
    if (output.parquet() != null) {
      throw new ScreeningException("the local engine writes JSON lines only; Parquet output needs the Spark engine", null);
    }
    long start = System.nanoTime();
    Path target = Path.of(output.jsonLines());
    Path tmp = target.resolveSibling(target.getFileName() + ".tmp");
    ScreeningTally tally = new ScreeningTally();
    RecordFunction work = job.open();
    try (InputReader in = open(input); Writer out = Files.newBufferedWriter(tmp, StandardCharsets.UTF_8)) {
      InOrder.map(in, work::apply, line -> {
        tally.add(line.problem(), line.hit());
        write(out, line.json());
      }, threads);
    } catch (IOException e) {
      deleteQuietly(tmp);
      throw new ReportException("cannot write " + tmp + ": " + e.getMessage(), e);
    } catch (RuntimeException e) {
      deleteQuietly(tmp); // nothing half-written stays behind
      throw e;
    }
    move(tmp, target);
    return tally.summary(input.location(), Duration.ofNanos(System.nanoTime() - start));
  }

  private static InputReader open(EngineInput input) {
    if (input.format() == EngineInput.Format.PARQUET) {
      throw new ScreeningException("the local engine reads CSV and JSON lines; Parquet input needs the Spark engine", null);
    }
    return InputFiles.open(Path.of(input.location()), null, null);
  }

  private static void write(Writer out, String json) {
    try {
      out.write(json);
      out.write('\n');
    } catch (IOException e) {
      throw new ReportException("cannot write JSON lines: " + e.getMessage(), e);
    }
  }

  private static void deleteQuietly(Path tmp) {
    try {
      Files.deleteIfExists(tmp);
    } catch (IOException ignored) {
      // the run already failed; that error is the one to report
    }
  }

  private static void move(Path tmp, Path target) {
    try {
      Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    } catch (IOException e) {
      throw new ReportException("cannot move " + tmp + " to " + target + ": " + e.getMessage(), e);
    }
  }
}
