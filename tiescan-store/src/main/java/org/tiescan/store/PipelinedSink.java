package org.tiescan.store;

import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import org.tiescan.model.Entity;
import org.tiescan.model.RecordProblem;
import org.tiescan.sources.EntitySink;

/**
 * Hands a reader's entities and problems, in order, to a writer thread, so that parsing (in the
 * caller's thread) and serialising and inserting (in the writer) use two cores. A failure on either
 * side stops both: the writer's is rethrown to the reader at its next record.
 */
final class PipelinedSink implements EntitySink {
  private static final Object END = new Object();

  private final BlockingQueue<Object> queue = new ArrayBlockingQueue<>(1024);
  private final Thread writer;
  private volatile Throwable failure;

  PipelinedSink(EntitySink target) {
    writer = new Thread(() -> drain(target), "tiescan-import-writer");
    writer.setDaemon(true);
    writer.start();
  }

  @Override
  public void accept(Entity entity) {
    put(entity);
  }

  @Override
  public void problem(RecordProblem problem) {
    put(problem);
  }

  /** Waits until everything handed over is written; rethrows the writer's failure. */
  void finish() {
    put(END);
    join();
    rethrowFailure();
  }

  /** After a reader failure: drops what is queued and stops the writer. */
  void abort() {
    queue.clear();
    while (writer.isAlive() && !queue.offer(END)) queue.clear();
    join();
  }

  private void drain(EntitySink target) {
    try {
      for (Object o = queue.take(); o != END; o = queue.take()) {
        if (o instanceof Entity e) target.accept(e); else target.problem((RecordProblem) o);
      }
    } catch (Throwable t) {
      failure = t;
      queue.clear();
    }
  }

  private void put(Object o) {
    try {
      rethrowFailure();
      while (!queue.offer(o, 50, TimeUnit.MILLISECONDS)) rethrowFailure();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new StoreException("import interrupted", e);
    }
  }

  private void join() {
    try {
      writer.join();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new StoreException("import interrupted", e);
    }
  }

  private void rethrowFailure() {
    Throwable t = failure;
    if (t == null) return;
    if (t instanceof RuntimeException r) throw r;
    if (t instanceof Error e) throw e;
    throw new StoreException("import failed while writing: " + t.getMessage(), t);
  }
}
