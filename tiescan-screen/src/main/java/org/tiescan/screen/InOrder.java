package org.tiescan.screen;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Iterator;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * Maps items on several threads and hands the results on in input order. At most a small window of
 * items is in flight, so memory stays flat however long the input is. Shared by the {@link Screener}
 * and the local screening engine.
 */
public final class InOrder {
  private InOrder() {}

  /**
   * Applies {@code work} to every item of {@code in} on {@code threads} threads; {@code out} sees the
   * results on the calling thread, in input order.
   *
   * @throws ScreeningException when {@code work} fails or the thread is interrupted
   */
  public static <I, O> void map(Iterator<I> in, Function<I, O> work, Consumer<O> out, int threads) {
    if (threads < 1) throw new IllegalArgumentException("threads must be at least 1");
    ExecutorService pool = Executors.newFixedThreadPool(threads, InOrder::daemon);
    try {
      Deque<Future<O>> window = new ArrayDeque<>();
      int windowSize = threads * 64;
      while (in.hasNext()) {
        I item = in.next();
        window.add(pool.submit(() -> work.apply(item)));
        if (window.size() >= windowSize) out.accept(await(window.poll()));
      }
      while (!window.isEmpty()) out.accept(await(window.poll()));
    } finally {
      pool.shutdownNow();
    }
  }

  private static <O> O await(Future<O> f) {
    try {
      return f.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new ScreeningException("screening was interrupted", e);
    } catch (ExecutionException e) {
      throw new ScreeningException("the matcher failed: " + e.getCause(), e.getCause());
    }
  }

  private static Thread daemon(Runnable r) {
    Thread t = new Thread(r, "tiescan-screener");
    t.setDaemon(true);
    return t;
  }
}
