package org.tiescan.store.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.tiescan.model.Entity;

/**
 * The case store contract: every engine binding (SQLite, PostgreSQL) runs these same cases on real
 * CSL entries.
 */
abstract class CaseStoreContract {
  protected CaseStore store;

  /** A fresh, empty, migrated store. */
  protected abstract CaseStore open() throws Exception;

  /** A raw connection to the same database, to tamper with rows as an attacker would. */
  protected abstract Connection raw() throws SQLException;

  @BeforeEach
  void openStore() throws Exception {
    store = open();
  }

  @AfterEach
  void closeStore() {
    store.close();
  }

  private static Entity entry(int i) {
    return RealEntries.all().get(i);
  }

  private Counterparty party(String id) {
    return store.register(id, Map.of("id", id, "name", "party " + id), "{\"name_columns\":[\"name\"]}");
  }

  private Hit newHit(String party, int entry) {
    Observation o = store.observe(party(party).id(), RealEntries.evidence(entry(entry)), 1L, ChangeNotes.STANDARD);
    assertThat(o.kind()).isEqualTo(Observation.Kind.NEW);
    return o.hit();
  }

  /**
   * A reader is never queued behind a writer's open transaction (no single shared connection): the
   * writer's change note waits until a read on another thread has completed, which sees the state
   * before the write.
   */
  @Test
  void aReadIsServedWhileAWriteTransactionIsOpen() throws Exception {
    Hit hit = newHit("P1", 0);
    store.decide(new Decision(hit.id(), HitStatus.CLEARED, "other company", "alice", hit.version()));
    CountDownLatch inWrite = new CountDownLatch(1);
    CountDownLatch readDone = new CountDownLatch(1);
    ExecutorService writer = Executors.newSingleThreadExecutor();
    try {
      Future<Observation> reopened = writer.submit(() -> store.observe(hit.counterpartyId(),
          RealEntries.evidence(entry(0), "another matched name"), 2L, (before, now) -> {
            inWrite.countDown();
            try {
              if (!readDone.await(30, java.util.concurrent.TimeUnit.SECONDS)) throw new IllegalStateException("read queued");
            } catch (InterruptedException e) {
              Thread.currentThread().interrupt();
            }
            return "matched names changed";
          }));
      assertThat(inWrite.await(30, java.util.concurrent.TimeUnit.SECONDS)).isTrue();
      List<Hit> seen = store.hits();
      readDone.countDown();
      assertThat(seen).singleElement().extracting(Hit::status).isEqualTo(HitStatus.CLEARED);
      assertThat(reopened.get(30, java.util.concurrent.TimeUnit.SECONDS).kind()).isEqualTo(Observation.Kind.REOPENED);
    } finally {
      writer.shutdownNow();
    }
  }

  private static CaseStore.Sighting sighting(String party, Evidence evidence) {
    return new CaseStore.Sighting(party, Map.of("id", party, "name", "party " + party), "{\"name_columns\":[\"name\"]}",
        evidence);
  }

  @Test
  void aBatchOfSightingsIsRecordedInOrderWholeOrNotAtAll() {
    Hit p1 = newHit("P1", 0);
    store.decide(new Decision(p1.id(), HitStatus.CLEARED, "other company", "alice", p1.version()));
    List<Observation> seen = store.observeAll(List.of(
        sighting("P1", RealEntries.evidence(entry(0))),
        sighting("P2", RealEntries.evidence(entry(1))),
        sighting("P1", RealEntries.evidence(entry(0), "another matched name"))), 2L, ChangeNotes.STANDARD);
    assertThat(seen).extracting(Observation::kind)
        .containsExactly(Observation.Kind.UNCHANGED, Observation.Kind.NEW, Observation.Kind.REOPENED);
    assertThat(store.pending(2L)).extracting(Hit::externalId).containsExactlyInAnyOrder("P1", "P2");

    Hit p2 = seen.get(1).hit();
    assertThatThrownBy(() -> store.observeAll(List.of(
        sighting("P3", RealEntries.evidence(entry(2))),
        sighting("P2", RealEntries.evidence(entry(1), "changed name"))), 3L, (before, now) -> {
          throw new IllegalStateException("describer failed");
        })).hasMessageContaining("describer failed");
    assertThat(store.counterparty("P3")).as("the batch rolled back whole").isEmpty();
    assertThat(store.hit(p2.id()).orElseThrow().version()).isEqualTo(p2.version());
    assertThat(store.verifyAudit().intact()).isTrue();
  }

  @Test
  void theRegisterKeepsTheUsersOwnIdsAndFields() {
    store.register("SUP-0042", Map.of("id", "SUP-0042", "name", "Hangzhou Hikvision"), "{}");
    store.register("SUP-0042", Map.of("id", "SUP-0042", "name", "Hikvision Digital", "country", "CN"), "{}");
    store.register("SUP-0043", Map.of("id", "SUP-0043", "name", "Acme"), "{}");
    assertThat(store.counterparties()).extracting(Counterparty::externalId).containsExactly("SUP-0042", "SUP-0043");
    assertThat(store.counterparty("SUP-0042").orElseThrow().fields())
        .containsEntry("name", "Hikvision Digital").containsEntry("country", "CN");
  }

  @Test
  void aDecisionIsReusedWhileTheEvidenceIsUnchanged() {
    Hit hit = newHit("P1", 0);
    assertThat(hit.status()).isEqualTo(HitStatus.PENDING);
    Hit cleared = store.decide(new Decision(hit.id(), HitStatus.CLEARED, "different company, other country", "alice",
        hit.version()));
    Observation again = store.observe(hit.counterpartyId(), RealEntries.evidence(entry(0)), 2L, ChangeNotes.STANDARD);
    assertThat(again.kind()).isEqualTo(Observation.Kind.UNCHANGED);
    assertThat(again.isNews()).isFalse();
    assertThat(again.hit().status()).isEqualTo(HitStatus.CLEARED);
    assertThat(again.hit().reviewer()).isEqualTo("alice");
    assertThat(again.hit().version()).isEqualTo(cleared.version());
    assertThat(store.pending(null)).isEmpty();
  }

  @Test
  void aChangedEntryReopensTheHitAndSaysWhatChanged() {
    Hit hit = newHit("P1", 1);
    store.decide(new Decision(hit.id(), HitStatus.CLEARED, "not the same party", "alice", null));
    Entity changed = entry(1).toBuilder().add("alias", "Test Alias Added By List Update").build();
    Observation o = store.observe(hit.counterpartyId(), RealEntries.evidence(changed), 3L, ChangeNotes.STANDARD);
    assertThat(o.kind()).isEqualTo(Observation.Kind.REOPENED);
    assertThat(o.hit().status()).isEqualTo(HitStatus.PENDING);
    assertThat(o.hit().changeNote()).contains("alias added [Test Alias Added By List Update]");
    assertThat(store.pending(3L)).extracting(Hit::id).containsExactly(hit.id());
    assertThat(store.pending(2L)).isEmpty();
  }

  @Test
  void otherMatchedNamesReopenTheHit() {
    Hit hit = newHit("P1", 2);
    store.decide(new Decision(hit.id(), HitStatus.CONFIRMED, "same registration number", "bob", null));
    Observation o = store.observe(hit.counterpartyId(), RealEntries.evidence(entry(2), "another name"), 4L,
        ChangeNotes.STANDARD);
    assertThat(o.kind()).isEqualTo(Observation.Kind.REOPENED);
    assertThat(o.hit().changeNote()).startsWith("matched names [");
  }

  @Test
  void aStaleDecisionIsAConflictNeverAnOverwrite() {
    Hit hit = newHit("P1", 3);
    store.decide(new Decision(hit.id(), HitStatus.CONFIRMED, "on the list", "alice", hit.version()));
    assertThatThrownBy(() -> store.decide(new Decision(hit.id(), HitStatus.CLEARED, "looks fine", "bob",
        hit.version())))
        .isInstanceOf(DecisionConflictException.class)
        .hasMessageContaining("expected version 1").hasMessageContaining("version 2: confirmed by alice");
    assertThat(store.hit(hit.id()).orElseThrow().status()).isEqualTo(HitStatus.CONFIRMED);
  }

  @Test
  void undoRestoresThePreviousStateAsANewAuditedDecision() {
    Hit hit = newHit("P1", 4);
    store.decide(new Decision(hit.id(), HitStatus.ESCALATED, "needs legal", "alice", null));
    Hit confirmed = store.decide(new Decision(hit.id(), HitStatus.CONFIRMED, "legal agrees", "carol", null));
    Hit undone = store.undo(hit.id(), "carol", confirmed.version());
    assertThat(undone.status()).isEqualTo(HitStatus.ESCALATED);
    assertThat(undone.version()).isEqualTo(confirmed.version() + 1);
    assertThat(undone.reason()).startsWith("undo of version 3");
    List<AuditEntry> log = new ArrayList<>();
    store.auditLog(log::add);
    assertThat(log).extracting(AuditEntry::kind).containsExactly("decision", "decision", "undo");
    assertThat(log.get(2).content()).contains("\"from\":\"confirmed\"").contains("\"to\":\"escalated\"");
  }

  @Test
  void theAuditChainDetectsARowEditedWithSql() throws Exception {
    Hit hit = newHit("P1", 5);
    store.audit("import", "us-csl", Map.of("version", 7, "records", 300));
    store.decide(new Decision(hit.id(), HitStatus.CLEARED, "other entity", "alice", null));
    store.audit("screening-run", "run 2", Map.of("records", 12));
    assertThat(store.verifyAudit().intact()).isTrue();
    assertThat(store.verifyAudit().rows()).isEqualTo(3);
    try (Connection c = raw(); Statement s = c.createStatement()) {
      s.executeUpdate("UPDATE audit_log SET content = replace(content, 'alice', 'mallory') WHERE seq = 2");
    }
    AuditVerification v = store.verifyAudit();
    assertThat(v.intact()).isFalse();
    assertThat(v.firstBrokenSeq()).isEqualTo(2);
    assertThat(v.problem()).contains("altered");
  }

  @Test
  void theAuditChainDetectsDeletedRows() throws Exception {
    store.audit("import", "us-csl", Map.of("version", 1));
    store.audit("import", "us-csl", Map.of("version", 2));
    try (Connection c = raw(); Statement s = c.createStatement()) {
      s.executeUpdate("DELETE FROM audit_log WHERE seq = 2");
    }
    assertThat(store.verifyAudit().problem()).contains("rows were removed");
  }

  @Test
  void concurrentReviewersOnTheSameHitExactlyOneWins() throws Exception {
    Hit hit = newHit("P1", 6);
    CountDownLatch start = new CountDownLatch(1);
    ExecutorService pool = Executors.newFixedThreadPool(2);
    try {
      List<Future<Hit>> tries = new ArrayList<>();
      for (String reviewer : List.of("alice", "bob")) {
        Callable<Hit> decide = () -> {
          start.await();
          return store.decide(new Decision(hit.id(), HitStatus.CLEARED, "reviewed by " + reviewer, reviewer,
              hit.version()));
        };
        tries.add(pool.submit(decide));
      }
      start.countDown();
      int won = 0;
      int conflicts = 0;
      for (Future<Hit> f : tries) {
        try {
          f.get();
          won++;
        } catch (java.util.concurrent.ExecutionException e) {
          assertThat(e.getCause()).isInstanceOf(DecisionConflictException.class);
          conflicts++;
        }
      }
      assertThat(won).isEqualTo(1);
      assertThat(conflicts).isEqualTo(1);
      assertThat(store.hit(hit.id()).orElseThrow().version()).isEqualTo(2);
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void concurrentWritersLoseNoDecision() throws Exception {
    List<Evidence> evidence = RealEntries.all().stream().limit(40).map(e -> RealEntries.evidence(e)).toList();
    DecisionLoad.Result r = DecisionLoad.run(store, 4, 15, evidence);
    assertThat(r.committed()).isEqualTo(4 * 15 * 2);
    assertThat(r.lost()).isZero();
    assertThat(r.auditRows()).as("one audit row per decision").isEqualTo(4 * 15);
    assertThat(r.auditIntact()).isTrue();
  }
}
