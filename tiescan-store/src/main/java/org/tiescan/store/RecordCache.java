package org.tiescan.store;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.Instant;
import java.util.function.Consumer;
import org.tiescan.model.Entity;
import org.tiescan.model.EntityJson;

/**
 * A few records picked out of the current lists, kept in the data directory as JSON lines so that whoever
 * picked them need not read every list again: e.g. the records of the ownership graph, a few thousand of a
 * million. Each set of records is filed under a key of the current list versions and of what the caller
 * says its choice depends on beyond them ({@link #key}); an import makes a new key, so a kept set is never
 * read for lists it was not picked from. Files are written whole to a temporary file and moved into place,
 * so a reader finds a complete set or none; a new set replaces the older ones of the same name.
 */
public final class RecordCache {
  static final String DIR = "cache";
  /** Bumped when what a file holds changes meaning. */
  private static final String FORMAT = "1";

  private final DataDirectory data;
  private final String name;

  RecordCache(DataDirectory data, String name) {
    if (!name.matches("[a-z0-9-]+")) throw new IllegalArgumentException("not a cache name: " + name);
    this.data = data;
    this.name = name;
  }

  /** The key of a set picked from the current list versions by a choice that also depends on {@code choice}. */
  public String key(String choice) {
    StringBuilder versions = new StringBuilder(FORMAT).append('\n');
    data.catalog().currentVersions().forEach(v -> versions.append(v.id()).append(' '));
    versions.append('\n').append(choice);
    return Checksums.sha256(versions.toString()).substring(0, 32);
  }

  /** Where the set of {@code key} is (or would be) kept. */
  public Path file(String key) {
    return data.root().resolve(DIR).resolve(name + "-" + key + ".jsonl");
  }

  /**
   * Hands every kept record of {@code key} to {@code each}, in the order they were kept; false when no set
   * is kept under the key.
   *
   * @throws IOException when the file cannot be read or holds a line that is no record (the caller may
   *     {@link #forget} it and pick again)
   */
  public boolean read(String key, Consumer<Entity> each) throws IOException {
    Path file = file(key);
    try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      int lineNo = 0;
      for (String line = in.readLine(); line != null; line = in.readLine()) {
        lineNo++;
        each.accept(parse(file, lineNo, line));
      }
      return true;
    } catch (NoSuchFileException e) {
      return false;
    }
  }

  private static Entity parse(Path file, int lineNo, String line) throws IOException {
    try {
      return EntityJson.fromLine(line);
    } catch (RuntimeException e) {
      throw new IOException(file + ":" + lineNo + ": not a record: " + e.getMessage(), e);
    }
  }

  /** Removes the set kept under {@code key}, if any. */
  public void forget(String key) throws IOException {
    Files.deleteIfExists(file(key));
  }

  /** Starts writing the set of {@code key}; nothing is kept until {@link Writer#commit}. */
  public Writer writer(String key) throws IOException {
    return new Writer(key);
  }

  /** Writes one set: records in order, then {@link #commit}, or {@link #close} alone to drop it. */
  public final class Writer implements AutoCloseable {
    private final String key;
    private final Path tmp;
    private final BufferedWriter out;
    private boolean committed;

    private Writer(String key) throws IOException {
      this.key = key;
      Path dir = data.root().resolve(DIR);
      Files.createDirectories(dir);
      this.tmp = Files.createTempFile(dir, name + "-", ".tmp");
      this.out = Files.newBufferedWriter(tmp, StandardCharsets.UTF_8);
    }

    public void add(Entity e) throws IOException {
      out.write(EntityJson.toLine(e));
      out.write('\n');
    }

    /** Makes the set the one kept under its key, and drops the sets of other keys of this name. */
    public void commit() throws IOException {
      out.close();
      Files2.fsync(tmp, false);
      Files.move(tmp, file(key), StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
      committed = true;
      dropOthers();
    }

    /** Drops the other keys' sets, and temporary files a killed writer left (an hour old: none is being written). */
    private void dropOthers() throws IOException {
      Path keep = file(key);
      Instant abandoned = Instant.now().minus(Duration.ofHours(1));
      try (DirectoryStream<Path> files = Files.newDirectoryStream(keep.getParent(), name + "-*")) {
        for (Path f : files) {
          boolean otherSet = f.toString().endsWith(".jsonl") && !f.equals(keep);
          boolean leftOver = f.toString().endsWith(".tmp") && !f.equals(tmp)
              && Files.getLastModifiedTime(f).toInstant().isBefore(abandoned);
          if (otherSet || leftOver) Files.deleteIfExists(f);
        }
      }
    }

    @Override
    public void close() throws IOException {
      if (committed) return;
      out.close();
      Files.deleteIfExists(tmp);
    }
  }
}
