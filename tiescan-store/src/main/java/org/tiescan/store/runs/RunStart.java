package org.tiescan.store.runs;

/**
 * What a screening run is started with.
 *
 * @param inputPath the screened file as the user named it, or null (e.g. a single-name match)
 * @param inputSha256 checksum of the input file, or null
 * @param optionsJson the screening options as JSON (threshold, top N, columns...)
 * @param indexBuildId the index build screened against, or null
 */
public record RunStart(String inputPath, String inputSha256, String optionsJson, Long indexBuildId) {}
