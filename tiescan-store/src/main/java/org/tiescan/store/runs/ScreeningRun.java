package org.tiescan.store.runs;

import java.time.Instant;

/**
 * A recorded screening run with its totals. {@code finishedAt}, {@code message} and {@code owner}
 * ({@code pid@host} of the process that ran it) may be null.
 */
public record ScreeningRun(
    long id,
    Instant startedAt,
    Instant finishedAt,
    String inputPath,
    String inputSha256,
    String optionsJson,
    Long indexBuildId,
    long recordCount,
    long hitCount,
    long problemCount,
    RunStatus status,
    String message,
    String owner) {}
