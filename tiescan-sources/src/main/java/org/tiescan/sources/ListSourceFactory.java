package org.tiescan.sources;

import java.nio.file.Path;
import org.tiescan.model.Dataset;

/** Makes the reader for one list format; registered by name in {@link ListSources}. */
@FunctionalInterface
public interface ListSourceFactory {
  /**
   * @param location the file or directory to be read
   * @param dataset metadata of this copy (e.g. the bundled snapshot's date), or null for the format's default
   */
  ListSource create(Path location, Dataset dataset);
}
