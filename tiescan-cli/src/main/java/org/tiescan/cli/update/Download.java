package org.tiescan.cli.update;

import java.net.URI;
import java.nio.file.Path;
import java.time.Instant;

/**
 * A complete download, or a 304 "not modified" answer.
 *
 * @param file where the body was saved (null when not modified)
 * @param sha256 of the body (null when not modified)
 */
public record Download(URI uri, Path file, int status, String etag, String lastModified, String contentType,
    long bytes, String sha256, Instant finishedAt) {
  public boolean notModified() {
    return status == 304;
  }
}
