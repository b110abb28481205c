package org.tiescan.store;

import java.time.Instant;

/**
 * What {@code tiescan lists} shows for one dataset: its current version and how old it is.
 *
 * @param ageDays days since the snapshot date, or since the import when the source gives no date
 */
public record ListStatus(
    String dataset,
    String title,
    String publisher,
    String snapshotDate,
    Instant importedAt,
    long recordCount,
    long problemCount,
    String sourceLocation,
    long versionId,
    String sha256,
    long ageDays) {}
