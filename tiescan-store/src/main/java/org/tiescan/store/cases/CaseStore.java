package org.tiescan.store.cases;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * The case store contract, the same on every engine (SQLite, PostgreSQL): register, hits and
 * decisions, audit log. Every write is one transaction; decisions and their audit rows commit together.
 */
public interface CaseStore extends AutoCloseable {
  /** Adds a party to the register or updates its fields (same external id); returns it. */
  Counterparty register(String externalId, Map<String, String> fields, String mappingJson);

  List<Counterparty> counterparties();

  Optional<Counterparty> counterparty(String externalId);

  /**
   * Records that a screen (run {@code runId}, may be null) found {@code evidence} for a party: a new
   * pending hit, an unchanged one (its decision reused), or a decided one whose evidence changed,
   * which reopens as pending with the note {@code changes.describe(before, now)}.
   */
  Observation observe(long counterpartyId, Evidence evidence, Long runId, ChangeDescriber changes);

  /**
   * Registers (or updates) each sighting's party and {@link #observe observes} its evidence, all in one
   * transaction: a batch is recorded whole or not at all. For screenings that record many hits.
   */
  List<Observation> observeAll(List<Sighting> sightings, Long runId, ChangeDescriber changes);

  /** A party, as the screened input shows it, and the evidence of one hit on it. */
  record Sighting(String externalId, Map<String, String> fields, String mappingJson, Evidence evidence) {}

  /** Applies a decision. @throws DecisionConflictException when the hit changed since expected */
  Hit decide(Decision decision);

  /**
   * Restores the state before the hit's latest decision, as a new decision (history and audit keep
   * both). @throws DecisionConflictException when the hit changed since expected
   */
  Hit undo(long hitId, String reviewer, Long expectedVersion);

  Optional<Hit> hit(long hitId);

  /** Pending hits, all or those last seen in run {@code runId}, oldest first. */
  List<Hit> pending(Long runId);

  /** Every hit in the register, by id. */
  List<Hit> hits();

  /** Appends an audit row for an event outside decisions (an import, a screening run). */
  AuditEntry audit(String kind, String subject, Map<String, Object> content);

  /** Streams the audit log in order. */
  void auditLog(Consumer<AuditEntry> consumer);

  /** Recomputes the hash chain and reports the first row that does not fit. */
  AuditVerification verifyAudit();

  /** Records one webhook delivery attempt. */
  void logDelivery(String url, int attempt, Integer httpStatus, String error, boolean delivered, String payloadSha256);

  /** How many delivery attempts are logged, and how many succeeded. */
  long[] deliveryCounts();

  @Override
  void close();

  /** Says what changed between the evidence a decision was made on and the evidence seen now. */
  @FunctionalInterface
  interface ChangeDescriber {
    String describe(Evidence before, Evidence now);
  }
}
