package org.tiescan.screen.publications;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import org.tiescan.screen.ScreeningException;

/**
 * Reads works on a daemon thread into a small bounded queue, in file order, so parsing runs beside
 * screening. A failure of the reader (a file that breaks off) is rethrown by {@link #take} in the
 * screening thread, after the works read before it.
 */
final class WorkPipe {
  /** A work and how far through the input it was read; a null work marks the end. */
  record Item(Work work, double fraction, RuntimeException failure) {}

  private static final int CAPACITY = 4096;
  private final BlockingQueue<Item> queue = new ArrayBlockingQueue<>(CAPACITY);

  private WorkPipe() {}

  static WorkPipe start(List<Path> files) {
    WorkPipe pipe = new WorkPipe();
    Thread t = new Thread(() -> pipe.readAll(files), "tiescan-work-reader");
    t.setDaemon(true);
    t.start();
    return pipe;
  }

  private void readAll(List<Path> files) {
    try {
      for (int i = 0; i < files.size(); i++) {
        int done = i;
        try (WorkFiles in = WorkFiles.open(files.get(i))) {
          in.read(w -> put(new Item(w, (done + in.fractionRead()) / files.size(), null)));
        }
      }
      put(new Item(null, 1.0, null));
    } catch (RuntimeException e) {
      put(new Item(null, 1.0, e));
    }
  }

  private void put(Item item) {
    try {
      queue.put(item);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new ScreeningException("reading was interrupted", e);
    }
  }

  /** The next work; an item with a null work at the end. @throws RuntimeException the reader's failure */
  Item take() {
    try {
      Item item = queue.take();
      if (item.failure() != null) throw item.failure();
      return item;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new ScreeningException("screening was interrupted", e);
    }
  }
}
