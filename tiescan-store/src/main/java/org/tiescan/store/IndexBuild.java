package org.tiescan.store;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;

/**
 * One build of the derived index.
 *
 * @param id build id (also the directory name under {@code indexes/})
 * @param createdAt when the build started
 * @param path absolute directory of the finished build
 * @param versionIds the list versions it was built from
 * @param status building, current, superseded or failed
 */
public record IndexBuild(long id, Instant createdAt, Path path, List<Long> versionIds, String status) {
  public IndexBuild {
    versionIds = List.copyOf(versionIds);
  }
}
