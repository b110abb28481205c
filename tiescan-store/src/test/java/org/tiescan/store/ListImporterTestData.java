package org.tiescan.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import org.tiescan.model.Entity;

/** The CSL test slice read once by the real reader, for tests that need real entities without a store. */
final class ListImporterTestData {
  private static List<Entity> slice;

  private ListImporterTestData() {}

  static synchronized List<Entity> slice() {
    if (slice == null) {
      try {
        slice = List.copyOf(Sources.readAll(Sources.csl(), Sources.CSL_SLICE));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return slice;
  }
}
