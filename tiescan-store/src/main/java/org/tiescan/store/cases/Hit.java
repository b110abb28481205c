package org.tiescan.store.cases;

import java.time.Instant;

/** A (counterparty, entity) hit with its current decision; {@code version} is the concurrency token. */
public record Hit(long id, long counterpartyId, String externalId, Evidence evidence, Long runId,
    HitStatus status, String reason, String reviewer, Instant decidedAt, String changeNote, long version) {}
