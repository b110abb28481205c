package org.tiescan.bench.run;

import java.nio.file.Path;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import org.tiescan.model.Entity;
import org.tiescan.sources.ListSource;

/**
 * Turns a push-style {@link ListSource} into the pull-style iterator {@code MatchIndex.build} wants:
 * the source reads on its own thread into a small bounded queue, so a file of any size streams
 * through with only a thousand entities in memory.
 */
final class SourceIterator implements Iterator<Entity> {
  private static final Object END = new Object();
  private final BlockingQueue<Object> queue = new ArrayBlockingQueue<>(1000);
  private Object next;

  SourceIterator(ListSource source, Path file) {
    Thread reader = new Thread(() -> {
      try {
        source.read(file, this::put);
        put(END);
      } catch (Exception | Error e) {
        put(e);
      }
    }, "bench-source-reader");
    reader.setDaemon(true);
    reader.start();
  }

  private void put(Object o) {
    try {
      queue.put(o);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  @Override
  public boolean hasNext() {
    if (next == null) {
      try {
        next = queue.take();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException(e);
      }
    }
    if (next instanceof Throwable t) throw new IllegalStateException("reading the source failed: " + t, t);
    return next != END;
  }

  @Override
  public Entity next() {
    if (!hasNext()) throw new NoSuchElementException();
    Entity e = (Entity) next;
    next = null;
    return e;
  }
}
