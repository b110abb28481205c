package org.tiescan.screen.report;

import java.io.PrintStream;
import java.util.Locale;
import java.util.function.LongSupplier;
import org.tiescan.screen.ProgressListener;
import org.tiescan.screen.ScreeningSummary;

/**
 * Progress on stderr. On a terminal it redraws one line in place a few times a second; otherwise
 * (a log file, CI) it prints a plain line every {@code quietIntervalNanos}, so logs stay readable.
 */
public final class ProgressBar implements ProgressListener {
  private static final long REDRAW_NANOS = 200_000_000L;
  private static final int WIDTH = 30;

  private final PrintStream err;
  private final boolean terminal;
  private final long quietIntervalNanos;
  private final LongSupplier clock;
  private final long start;
  private long lastDraw;
  private boolean drawn;

  public ProgressBar(PrintStream err, boolean terminal, long quietIntervalNanos, LongSupplier clock) {
    this.err = err;
    this.terminal = terminal;
    this.quietIntervalNanos = quietIntervalNanos;
    this.clock = clock;
    this.start = clock.getAsLong();
    this.lastDraw = start;
  }

  /** A bar for the real stderr: redrawn on a terminal, a line every 10 s otherwise. */
  public static ProgressBar forStderr(boolean terminal) {
    return new ProgressBar(System.err, terminal, 10_000_000_000L, System::nanoTime);
  }

  @Override
  public void progress(long done, double fraction) {
    long now = clock.getAsLong();
    if (now - lastDraw < (terminal ? REDRAW_NANOS : quietIntervalNanos)) return;
    lastDraw = now;
    String text = text(done, fraction, now);
    if (terminal) {
      err.print("\r" + text + "\u001b[K");
      drawn = true;
    } else {
      err.println(text);
    }
    err.flush();
  }

  @Override
  public void finished(ScreeningSummary summary) {
    if (drawn) {
      err.print("\r\u001b[K");
      err.flush();
    }
  }

  String text(long done, double fraction, long now) {
    double seconds = Math.max(1e-9, (now - start) / 1e9);
    String rate = String.format(Locale.ROOT, "%,d records, %,.0f/s", done, done / seconds);
    if (fraction < 0) return "screening: " + rate;
    int filled = (int) Math.round(Math.min(1, fraction) * WIDTH);
    return String.format(Locale.ROOT, "[%s%s] %3.0f%%  %s", "#".repeat(filled), "-".repeat(WIDTH - filled),
        fraction * 100, rate);
  }
}
