package org.tiescan.store;

import java.time.Instant;

/**
 * How a list version was downloaded: kept with the version so a reviewer can tell which copy of the
 * official file a hit came from.
 *
 * @param url the address fetched (several, space-separated, for multi-file lists)
 * @param fetchedAt when the download finished
 * @param httpStatus the HTTP status of the response (200)
 * @param etag the response's ETag header, or null
 * @param lastModified the response's Last-Modified header, or null
 * @param contentType the response's Content-Type header, or null
 * @param bytes bytes downloaded
 * @param sha256 SHA-256 of the downloaded bytes (of the directory's files, for multi-file lists)
 */
public record FetchRecord(String url, Instant fetchedAt, int httpStatus, String etag, String lastModified,
    String contentType, long bytes, String sha256) {}
