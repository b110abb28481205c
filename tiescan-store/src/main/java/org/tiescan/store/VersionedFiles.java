package org.tiescan.store;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Reference files kept in a data directory as versions ({@code tiescan data load oui|ror}): each load is
 * a folder {@code <kind>/<yyyyMMdd'T'HHmmssSSS>/} with the files and a {@code VERSION} note; the file
 * {@code <kind>/CURRENT} names the version in use and is replaced atomically, so a failed or
 * interrupted load leaves the previous version in use. Callers parse the files before storing them.
 */
public final class VersionedFiles {
  private final Path root;

  /** @param kind the folder name in the data directory, e.g. {@code oui}, {@code ror} */
  public VersionedFiles(Path dataDir, String kind) {
    this.root = dataDir.resolve(kind);
  }

  /** What was stored. */
  public record Stored(String version, Path directory, List<String> files) {}

  /** Copies {@code files} into a new version, with {@code note} in its VERSION file, and makes it current. */
  public Stored store(List<Path> files, String note) throws IOException {
    String version = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmssSSS").withZone(ZoneOffset.UTC).format(Instant.now());
    Path temp = root.resolve("." + version + ".part");
    Files.createDirectories(temp);
    List<String> names = new ArrayList<>();
    for (Path f : files) {
      Files.copy(f, temp.resolve(f.getFileName()), StandardCopyOption.REPLACE_EXISTING);
      names.add(f.getFileName().toString());
    }
    Files.writeString(temp.resolve("VERSION"), "loaded " + Instant.now() + "\nfrom " + files + "\n" + note + "\n",
        StandardCharsets.UTF_8);
    Path dir = root.resolve(version);
    Files.move(temp, dir, StandardCopyOption.ATOMIC_MOVE);
    Path current = root.resolve(".CURRENT.part");
    Files.writeString(current, version + "\n", StandardCharsets.UTF_8);
    Files.move(current, root.resolve("CURRENT"), StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    return new Stored(version, dir, names);
  }

  /** The folder of the version in use, if one was loaded. */
  public Optional<Path> current() throws IOException {
    Path pointer = root.resolve("CURRENT");
    if (!Files.isRegularFile(pointer)) return Optional.empty();
    Path dir = root.resolve(Files.readString(pointer, StandardCharsets.UTF_8).strip());
    if (!Files.isDirectory(dir)) throw new IOException(pointer + " names a missing version " + dir);
    return Optional.of(dir);
  }

  /** Versions present, oldest first (for listing). */
  public List<String> versions() throws IOException {
    if (!Files.isDirectory(root)) return List.of();
    try (Stream<Path> s = Files.list(root)) {
      return s.filter(Files::isDirectory).map(p -> p.getFileName().toString()).filter(n -> !n.startsWith("."))
          .sorted(Comparator.naturalOrder()).toList();
    }
  }
}
