package org.tiescan.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tiescan.store.cases.CaseStore;
import org.tiescan.store.cases.CaseStores;
import org.tiescan.store.cases.Hit;
import org.tiescan.store.cases.HitStatus;
import org.tiescan.store.runs.RunStatus;

/**
 * SIGKILLs a process that is making decisions while it imports a list or records a screening run:
 * every decision it reported committed must survive, the audit chain must verify, the import must
 * leave the previous version current and the run must end up failed, not running.
 */
class KilledDuringDecisionsTest {
  @TempDir Path dir;
  /** Where the killed child unpacks sqlite-jdbc's native library ({@link ChildJvm}). */
  @TempDir Path nativeDir;

  @Test
  void killDuringAnImportLosesNoCommittedDecision() throws Exception {
    try (DataDirectory data = DataDirectory.open(dir)) {
      data.importer().importVersion("us-csl", null, Sources.csl(), Sources.CSL_SLICE);
    }
    Map<Long, Long> committed = killMidWay("import");
    try (DataDirectory data = DataDirectory.open(dir)) {
      assertThat(ListImporterTest.count(data, "SELECT count(*) FROM list_versions")).isEqualTo(1);
      assertThat(ListImporterTest.count(data, "SELECT count(*) FROM list_versions WHERE status = 'current'")).isEqualTo(1);
      assertConsistent(data, committed);
    }
  }

  @Test
  void killDuringAScreeningRunLosesNoCommittedDecision() throws Exception {
    Map<Long, Long> committed = killMidWay("run");
    try (DataDirectory data = DataDirectory.open(dir)) {
      data.runs().failAbandoned(); // opening may already have done it
      assertThat(ListImporterTest.count(data, "SELECT count(*) FROM run_results")).as("committed batches kept")
          .isGreaterThanOrEqualTo(6);
      assertThat(data.runs().list()).extracting(r -> r.status()).containsExactly(RunStatus.FAILED);
      assertConsistent(data, committed);
    }
  }

  private static void assertConsistent(DataDirectory data, Map<Long, Long> committed) {
    try (CaseStore store = CaseStores.sqlite(data)) {
      for (Map.Entry<Long, Long> c : committed.entrySet()) {
        Hit hit = store.hit(c.getKey()).orElseThrow(() -> new AssertionError("lost hit " + c.getKey()));
        assertThat(hit.status()).isEqualTo(HitStatus.CLEARED);
        assertThat(hit.version()).isEqualTo(c.getValue());
      }
      var audit = store.verifyAudit();
      assertThat(audit.intact()).as(audit.problem()).isTrue();
      // one audit row per decision; at most one more committed after the last line the child printed
      assertThat(audit.rows()).isBetween((long) committed.size(), committed.size() + 1L);
      List<Hit> hits = store.hits();
      assertThat(hits.stream().filter(h -> h.status() == HitStatus.CLEARED).count()).isEqualTo(audit.rows());
    }
  }

  /** Starts the child, lets it decide while busy, SIGKILLs it; returns the decisions it reported. */
  private Map<Long, Long> killMidWay(String mode) throws Exception {
    Process p = ChildJvm.start(nativeDir, DecidingWriter.class, dir.toString(), mode);
    Map<Long, Long> committed = new HashMap<>();
    try (BufferedReader out = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
      boolean busy = false;
      int afterBusy = 0;
      String line;
      while ((line = out.readLine()) != null) {
        if (line.equals("BUSY")) busy = true;
        assertThat(line).isNotEqualTo("IMPORT FINISHED TOO EARLY");
        if (line.startsWith("DECIDED ")) {
          String[] f = line.split(" ");
          committed.put(Long.parseLong(f[1]), Long.parseLong(f[2]));
          if (busy && ++afterBusy == 15) break;
        }
      }
      p.destroyForcibly(); // SIGKILL: no shutdown hooks, no finally blocks
      assertThat(p.waitFor(30, TimeUnit.SECONDS)).isTrue();
    }
    assertThat(committed).as("the child committed decisions while busy").hasSizeGreaterThanOrEqualTo(15);
    return committed;
  }
}
