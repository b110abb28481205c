package org.tiescan.store.cases;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A bounded load of concurrent writers on one case store: each of {@code threads} writers registers
 * {@code perWriter} parties, records a hit for each and clears it; afterwards every acknowledged
 * write must be in the store and the audit chain intact. Used by the contract test (small N) and by
 * {@code DecisionLoadBench} in tiescan-bench (large N).
 */
public final class DecisionLoad {
  private DecisionLoad() {}

  /** Outcome: writes acknowledged, writes missing afterwards, audit rows, elapsed time. */
  public record Result(long committed, long lost, long auditRows, boolean auditIntact, long millis) {
    public double decisionsPerSecond() {
      return millis == 0 ? 0 : committed / 2 * 1000.0 / millis;
    }
  }

  public static Result run(CaseStore store, int threads, int perWriter, List<Evidence> evidence) throws Exception {
    long auditBefore = store.verifyAudit().rows();
    AtomicLong acknowledged = new AtomicLong();
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    long t0 = System.nanoTime();
    try {
      List<Future<?>> writers = new ArrayList<>();
      for (int w = 0; w < threads; w++) {
        int writer = w;
        writers.add(pool.submit(() -> {
          for (int i = 0; i < perWriter; i++) {
            String id = "load-" + writer + "-" + i;
            Counterparty p = store.register(id, Map.of("id", id), "{}");
            Hit hit = store.observe(p.id(), evidence.get((writer * perWriter + i) % evidence.size()), null,
                ChangeNotes.STANDARD).hit();
            acknowledged.incrementAndGet();
            store.decide(new Decision(hit.id(), HitStatus.CLEARED, "load " + id, "writer-" + writer, hit.version()));
            acknowledged.incrementAndGet();
          }
          return null;
        }));
      }
      for (Future<?> f : writers) f.get();
    } finally {
      pool.shutdownNow();
    }
    long millis = (System.nanoTime() - t0) / 1_000_000;
    long found = 0;
    for (Hit h : store.hits()) {
      if (h.externalId().startsWith("load-")) found += h.status() == HitStatus.CLEARED ? 2 : 1;
    }
    AuditVerification audit = store.verifyAudit();
    return new Result(acknowledged.get(), acknowledged.get() - found, audit.rows() - auditBefore, audit.intact(), millis);
  }
}
