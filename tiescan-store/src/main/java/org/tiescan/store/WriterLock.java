package org.tiescan.store;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;

/**
 * The data directory's single-writer lock for imports and index builds: an OS file lock on
 * {@code import.lock}, so it is released when the holding process dies (even by kill -9). SQLite's
 * own locking would only make a second importer wait; this lock makes it fail at once with a
 * message naming who holds it.
 */
final class WriterLock implements AutoCloseable {
  static final String FILE = "import.lock";

  private final FileChannel channel;
  private final FileLock lock;

  private WriterLock(FileChannel channel, FileLock lock) {
    this.channel = channel;
    this.lock = lock;
  }

  /** Takes the lock or throws {@link ImportInProgressException}; {@code purpose} is shown to others. */
  static WriterLock acquire(Path dataDir, String purpose) throws IOException {
    WriterLock lock = tryAcquire(dataDir, purpose);
    if (lock == null) {
      throw new ImportInProgressException("another import is running in " + dataDir
          + " (" + holder(dataDir) + "); wait for it to finish and try again");
    }
    return lock;
  }

  /** Takes the lock, or returns null when someone else holds it. */
  static WriterLock tryAcquire(Path dataDir, String purpose) throws IOException {
    Path file = dataDir.resolve(FILE);
    FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.READ,
        StandardOpenOption.WRITE);
    FileLock lock;
    try {
      lock = channel.tryLock();
    } catch (OverlappingFileLockException heldInThisJvm) {
      lock = null;
    }
    if (lock == null) {
      channel.close();
      return null;
    }
    String who = "pid " + ProcessHandle.current().pid() + ", " + purpose + ", since " + Instant.now();
    channel.truncate(0);
    channel.write(ByteBuffer.wrap(who.getBytes(StandardCharsets.UTF_8)), 0);
    return new WriterLock(channel, lock);
  }

  private static String holder(Path dataDir) {
    try {
      String who = Files.readString(dataDir.resolve(FILE), StandardCharsets.UTF_8).strip();
      return who.isEmpty() ? "holder unknown" : who;
    } catch (IOException e) {
      return "holder unknown";
    }
  }

  @Override
  public void close() throws IOException {
    try {
      channel.truncate(0);
      lock.release();
    } finally {
      channel.close();
    }
  }
}
