package org.tiescan.sources;

import java.nio.file.Path;
import org.tiescan.model.Dataset;

/**
 * One list of the bundled snapshot: its metadata (with the snapshot date), the {@link ListSources}
 * name of its reader, and where its file or directory is.
 */
public record BundledList(Dataset dataset, String sourceName, Path location) {
  /** The reader for this list, carrying this list's metadata. */
  public ListSource source() {
    return ListSources.forName(sourceName, location, dataset);
  }
}
