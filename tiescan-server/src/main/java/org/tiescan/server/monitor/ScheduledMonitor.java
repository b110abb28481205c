package org.tiescan.server.monitor;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.tiescan.cli.Monitor;
import org.tiescan.match.MatchOptions;
import org.tiescan.server.Backend;
import org.tiescan.server.Json;

/**
 * The monitor of issue 8 on a schedule: every interval it picks up list versions imported meanwhile
 * (by {@code tiescan lists update} from cron, or another process) and rescreens the counterparty
 * register with {@link Monitor}, the same logic as {@code tiescan monitor}. New and reopened hits
 * land in the review queue; unchanged ones keep their decisions. Runs never overlap.
 */
public final class ScheduledMonitor implements AutoCloseable {
  private final Backend backend;
  private final MatchOptions options;
  private final Consumer<String> log;
  private ScheduledExecutorService timer;
  private String webhook;
  private volatile Monitor.Summary last;
  private volatile Instant lastAt;

  public ScheduledMonitor(Backend backend, MatchOptions options, Consumer<String> log) {
    this.backend = backend;
    this.options = options;
    this.log = log;
  }

  /** Also POSTs each run's new and reopened hits to {@code url} (5 attempts, backoff from 1 s), as `tiescan monitor --webhook` does. */
  public synchronized void deliverTo(String url) {
    this.webhook = url;
  }

  /** Runs every {@code every}, the first time after one interval. */
  public synchronized void start(Duration every) {
    if (timer != null) throw new IllegalStateException("already scheduled");
    timer = Executors.newSingleThreadScheduledExecutor(r -> {
      Thread t = new Thread(r, "tiescan-monitor");
      t.setDaemon(true);
      return t;
    });
    timer.scheduleWithFixedDelay(this::runLogged, every.toMillis(), every.toMillis(), TimeUnit.MILLISECONDS);
  }

  private void runLogged() {
    try {
      runOnce();
    } catch (RuntimeException e) {
      // one failed run (store busy, list file gone) must not end the schedule
      log.accept("monitor: run failed: " + e.getMessage());
    }
  }

  /** One run now: reload changed lists, rescreen the register. */
  public synchronized Monitor.Summary runOnce() {
    if (backend.reloadIfListsChanged()) log.accept("monitor: new list versions loaded");
    Monitor.Summary s = Monitor.run(backend.cases(), backend.loaded().workspace(), options, hit -> { });
    last = s;
    lastAt = Instant.now();
    log.accept("monitor run " + s.run() + ": " + s.parties() + " parties rescreened; " + s.fresh() + " new, "
        + s.reopened() + " reopened, " + s.unchanged() + " unchanged");
    if (webhook != null && !s.news().isEmpty()) deliver(s);
    return s;
  }

  private void deliver(Monitor.Summary s) {
    try {
      int ok = Monitor.deliver(backend.cases(), s, webhook, 5, Duration.ofSeconds(1));
      log.accept(ok > 0 ? "monitor: webhook delivered (attempt " + ok + ")" : "monitor: webhook delivery FAILED (see the delivery log)");
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  public Monitor.Summary last() {
    return last;
  }

  public Instant lastAt() {
    return lastAt;
  }

  public static ObjectNode json(Monitor.Summary s) {
    ObjectNode o = Json.object().put("run", s.run()).put("parties", s.parties()).put("new", s.fresh())
        .put("reopened", s.reopened()).put("unchanged", s.unchanged());
    o.set("hits", s.news());
    return o;
  }

  @Override
  public synchronized void close() {
    if (timer != null) timer.shutdownNow();
  }
}
