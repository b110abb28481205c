package org.tiescan.sources;

import java.io.IOException;
import java.nio.file.Path;
import org.tiescan.model.Dataset;

/**
 * Reads one list format into entities. The extension point for a new list: implement it and
 * register it in {@link ListSources}.
 */
public interface ListSource {
  /** What this source is, with the date of the copy at {@code location} when the format tells it. */
  Dataset dataset();

  /**
   * Streams every entity at {@code location} (a file, or a directory for multi-file formats such as
   * OFAC's sdn/alt/add/comments) into {@code sink}.
   *
   * @throws IOException when the file cannot be read at all
   * @throws SourceFormatException when the content is not this format (e.g. a truncated or wrong file)
   */
  void read(Path location, EntitySink sink) throws IOException;
}
