package org.tiescan.store.cases;

import java.time.Instant;

/** One row of the audit log; {@code content} is canonical JSON; hash chains it to the previous row. */
public record AuditEntry(long seq, Instant at, String kind, String subject, String content, String prevHash,
    String hash) {}
