package org.tiescan.sources.ftm;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.UUID;
import java.util.zip.GZIPOutputStream;
import org.tiescan.model.Entity;
import org.tiescan.model.EntityJson;
import org.tiescan.sources.EntitySink;
import org.tiescan.sources.io.TextInputs;

/**
 * Writes entities as FollowTheMoney JSON lines, one at a time. A writer opened on a path writes to a
 * temporary file beside it and moves it into place only on {@link #commit()}: a failed or
 * interrupted export never leaves a half-written file under the target name. Names ending in
 * {@code .gz} are gzip-compressed.
 */
public final class FtmJsonlWriter implements EntitySink, AutoCloseable {
  private final Writer out;
  private final Path target;
  private final Path temporary;
  private long count;
  private boolean done;

  private FtmJsonlWriter(Writer out, Path target, Path temporary) {
    this.out = out;
    this.target = target;
    this.temporary = temporary;
  }

  /** Writes to a caller-owned stream (e.g. standard output); {@link #commit()} only flushes. */
  public static FtmJsonlWriter to(Writer out) {
    return new FtmJsonlWriter(out instanceof BufferedWriter ? out : new BufferedWriter(out), null, null);
  }

  /** Writes to {@code target} through a temporary file; call {@link #commit()} to publish it. */
  public static FtmJsonlWriter create(Path target) throws IOException {
    Path dir = target.toAbsolutePath().getParent();
    Files.createDirectories(dir);
    // a name of our own rather than createTempFile, whose 0600 mode would stick to the published file
    Path temporary = dir.resolve("." + target.getFileName() + "." + UUID.randomUUID() + ".partial");
    OutputStream bytes = Files.newOutputStream(temporary, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
    if (TextInputs.isGzipName(target)) bytes = new GZIPOutputStream(bytes, 1 << 16);
    return new FtmJsonlWriter(new BufferedWriter(new OutputStreamWriter(bytes, StandardCharsets.UTF_8), 1 << 16), target, temporary);
  }

  @Override
  public void accept(Entity entity) {
    try {
      out.write(EntityJson.toLine(entity));
      out.write('\n');
      count++;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public long count() {
    return count;
  }

  /** Finishes the file and moves it to its target name atomically (where the file system allows). */
  public void commit() throws IOException {
    if (temporary == null) {
      out.flush();
      return;
    }
    out.close();
    done = true;
    try {
      Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    } catch (java.nio.file.AtomicMoveNotSupportedException e) {
      Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING);
    }
  }

  /** Without a commit, closing discards what was written to a path (the target stays as it was). */
  @Override
  public void close() throws IOException {
    if (temporary == null) {
      out.flush();
      return;
    }
    if (!done) {
      done = true;
      try {
        out.close();
      } finally {
        Files.deleteIfExists(temporary);
      }
    }
  }
}
