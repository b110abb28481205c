package org.tiescan.store.cases;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.tiescan.model.Entity;
import org.tiescan.model.EntityJson;
import org.tiescan.sources.csl.CslCsvSource;
import org.tiescan.store.Checksums;

/** Real list entries (the CSL slice in src/test/resources/csl) as hit evidence. */
final class RealEntries {
  static final Path CSL_SLICE = Path.of("src/test/resources/csl/csl-2022-05-every47th.csv");
  private static List<Entity> all;

  private RealEntries() {}

  static synchronized List<Entity> all() {
    if (all == null) {
      List<Entity> out = new ArrayList<>();
      try {
        new CslCsvSource().read(CSL_SLICE, out::add);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      all = List.copyOf(out);
    }
    return all;
  }

  static Evidence evidence(Entity e, String... matchedNames) {
    String json = EntityJson.toLine(e);
    return new Evidence(e.id(), e.caption(), Checksums.sha256(json), json,
        matchedNames.length == 0 ? List.of(e.caption()) : List.of(matchedNames), 0.9);
  }
}
