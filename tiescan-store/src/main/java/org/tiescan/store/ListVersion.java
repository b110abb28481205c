package org.tiescan.store;

import java.time.Instant;

/**
 * One imported copy of a list.
 *
 * @param id version id, increasing with every import
 * @param dataset dataset name, e.g. {@code us-csl}
 * @param snapshotDate ISO date of the copy as its source states it, or null
 * @param importedAt when the import finished writing
 * @param sourceLocation the file or directory it was read from
 * @param sha256 checksum of the input file(s)
 * @param recordCount entities stored
 * @param problemCount records the reader reported and skipped
 * @param status staging, current or superseded
 */
public record ListVersion(
    long id,
    String dataset,
    String snapshotDate,
    Instant importedAt,
    String sourceLocation,
    String sha256,
    long recordCount,
    long problemCount,
    VersionStatus status) {}
