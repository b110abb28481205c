package org.tiescan.store;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Iterator;
import org.tiescan.model.Entity;

/**
 * Builds a derived artifact (the match index) from the current entities. The extension point the
 * CLI plugs the Lucene match index into; see {@link IndexBuilds#rebuild(IndexBuilder)}.
 */
@FunctionalInterface
public interface IndexBuilder {
  /**
   * Writes the artifact into {@code targetDir} (an empty temporary directory) from {@code
   * currentEntities}, which streams every current entity once. Throwing abandons the build and
   * leaves the previous one in use.
   */
  void build(Path targetDir, Iterator<Entity> currentEntities) throws IOException;
}
