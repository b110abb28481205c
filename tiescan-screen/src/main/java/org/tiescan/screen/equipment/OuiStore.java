package org.tiescan.screen.equipment;

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
 * The IEEE registries loaded into a data directory ({@code tiescan data load oui}). Each load is a
 * new version folder {@code oui/<yyyyMMdd'T'HHmmss>/} with the files and a {@code VERSION} note;
 * the file {@code oui/CURRENT} names the version in use and is replaced atomically, so a failed or
 * interrupted load leaves the previous version in use.
 */
public final class OuiStore {
  private final Path root;

  public OuiStore(Path dataDir) {
    this.root = dataDir.resolve("oui");
  }

  /** What was loaded. */
  public record Loaded(String version, Path directory, int blocks, List<String> files) {}

  /**
   * Loads registry files: a directory holding {@link OuiRegistry#FILES}, or the files themselves.
   * They are parsed first; nothing is stored unless every file reads.
   */
  public Loaded load(List<Path> sources) throws IOException {
    List<Path> files = new ArrayList<>();
    for (Path s : sources) {
      if (Files.isDirectory(s)) {
        for (String f : OuiRegistry.FILES) if (Files.isRegularFile(s.resolve(f))) files.add(s.resolve(f));
      } else if (Files.isRegularFile(s)) {
        files.add(s);
      } else {
        throw new IOException(s + ": not found");
      }
    }
    if (files.isEmpty()) throw new IOException("no IEEE registry file (" + String.join(", ", OuiRegistry.FILES) + ") in " + sources);
    OuiRegistry parsed = OuiRegistry.load(files);
    String version = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmssSSS").withZone(ZoneOffset.UTC).format(Instant.now());
    Path temp = root.resolve("." + version + ".part");
    Files.createDirectories(temp);
    List<String> names = new ArrayList<>();
    for (Path f : files) {
      Files.copy(f, temp.resolve(f.getFileName()), StandardCopyOption.REPLACE_EXISTING);
      names.add(f.getFileName().toString());
    }
    Files.writeString(temp.resolve("VERSION"), "loaded " + Instant.now() + "\nfrom " + files + "\nblocks " + parsed.size() + "\n",
        StandardCharsets.UTF_8);
    Path dir = root.resolve(version);
    Files.move(temp, dir, StandardCopyOption.ATOMIC_MOVE);
    Path current = root.resolve(".CURRENT.part");
    Files.writeString(current, version + "\n", StandardCharsets.UTF_8);
    Files.move(current, root.resolve("CURRENT"), StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    return new Loaded(version, dir, parsed.size(), names);
  }

  /** The folder of the version in use, if registries were loaded. */
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
