package org.tiescan.screen.publications;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.tiescan.sources.ror.RorDump;
import org.tiescan.store.VersionedFiles;

/**
 * The ROR dump loaded into a data directory ({@code tiescan data load ror DUMP}), as a version of
 * {@link VersionedFiles} kind {@code ror}. The dump is read completely before it is stored, so a
 * broken file changes nothing.
 */
public final class RorStore {
  private final VersionedFiles files;

  public RorStore(Path dataDir) {
    this.files = new VersionedFiles(dataDir, "ror");
  }

  /** What was loaded. */
  public record Loaded(String version, Path directory, long records) {}

  public Loaded load(Path dump) throws IOException {
    if (!Files.isRegularFile(dump)) throw new IOException(dump + ": not found");
    long[] active = {0};
    long records = RorDump.read(dump, r -> {
      if ("active".equals(r.status())) active[0]++;
    });
    if (records == 0) throw new IOException(dump + ": no ROR records");
    VersionedFiles.Stored s = files.store(List.of(dump), "records " + records + " (active " + active[0] + ")");
    return new Loaded(s.version(), s.directory(), records);
  }

  /** The dump file of the version in use, if one was loaded. */
  public Optional<Path> current() throws IOException {
    Optional<Path> dir = files.current();
    if (dir.isEmpty()) return Optional.empty();
    try (Stream<Path> s = Files.list(dir.get())) {
      return s.filter(p -> !p.getFileName().toString().equals("VERSION")).findFirst();
    }
  }
}
