package org.tiescan.screen.equipment;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.tiescan.store.VersionedFiles;

/**
 * The IEEE registries loaded into a data directory ({@code tiescan data load oui}). Each load is a
 * new version folder {@code oui/<yyyyMMdd'T'HHmmss>/} with the files and a {@code VERSION} note;
 * the file {@code oui/CURRENT} names the version in use and is replaced atomically, so a failed or
 * interrupted load leaves the previous version in use.
 */
public final class OuiStore {
  private final VersionedFiles files;

  public OuiStore(Path dataDir) {
    this.files = new VersionedFiles(dataDir, "oui");
  }

  /** What was loaded. */
  public record Loaded(String version, Path directory, int blocks, List<String> files) {}

  /**
   * Loads registry files: a directory holding {@link OuiRegistry#FILES}, or the files themselves.
   * They are parsed first; nothing is stored unless every file reads.
   */
  public Loaded load(List<Path> sources) throws IOException {
    List<Path> found = new ArrayList<>();
    for (Path s : sources) {
      if (Files.isDirectory(s)) {
        for (String f : OuiRegistry.FILES) if (Files.isRegularFile(s.resolve(f))) found.add(s.resolve(f));
      } else if (Files.isRegularFile(s)) {
        found.add(s);
      } else {
        throw new IOException(s + ": not found");
      }
    }
    if (found.isEmpty()) throw new IOException("no IEEE registry file (" + String.join(", ", OuiRegistry.FILES) + ") in " + sources);
    OuiRegistry parsed = OuiRegistry.load(found);
    VersionedFiles.Stored stored = files.store(found, "blocks " + parsed.size());
    return new Loaded(stored.version(), stored.directory(), parsed.size(), stored.files());
  }

  /** The folder of the version in use, if registries were loaded. */
  public Optional<Path> current() throws IOException {
    return files.current();
  }

  /** Versions present, oldest first (for listing). */
  public List<String> versions() throws IOException {
    return files.versions();
  }
}
