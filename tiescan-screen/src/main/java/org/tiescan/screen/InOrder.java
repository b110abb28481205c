package org.tiescan.screen;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.Iterator;
import java.util.List;
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
 *
 * <p>Items go to the threads in chunks of {@link #CHUNK}. One task a name cost a hand-over through the
 * pool's queue and a wake-up of the waiting thread per name: at 1M entries a batch took ≈ 0.34 ms of CPU a
 * name where one match takes ≈ 0.24 ms; in chunks, 5,700–5,900 names/s became 6,400–7,200 (runs taken in
 * turn, docs/benchmarks.md, wave 14). Also, if the input breaks, the items read before it are handed on.
 */
public final class InOrder {
  /** Items per task: enough to make the hand-over rare, few enough that progress still moves often. */
  static final int CHUNK = 32;
  /** Chunks in flight per thread. */
  private static final int CHUNKS_PER_THREAD = 4;

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
      Deque<Future<List<O>>> window = new ArrayDeque<>();
      int windowSize = threads * CHUNKS_PER_THREAD;
      List<I> chunk = new ArrayList<>(CHUNK);
      while (true) {
        try {
          if (!in.hasNext()) break;
          chunk.add(in.next());
        } catch (RuntimeException broken) {
          // the input broke: the items read before the break are still handed on
          submit(pool, chunk, work, window);
          drain(window, out);
          throw broken;
        }
        if (chunk.size() < CHUNK) continue;
        submit(pool, chunk, work, window);
        chunk = new ArrayList<>(CHUNK);
        if (window.size() >= windowSize) await(window.poll()).forEach(out);
      }
      submit(pool, chunk, work, window);
      drain(window, out);
    } finally {
      pool.shutdownNow();
    }
  }

  private static <I, O> void submit(ExecutorService pool, List<I> chunk, Function<I, O> work, Deque<Future<List<O>>> window) {
    if (!chunk.isEmpty()) window.add(pool.submit(() -> mapAll(chunk, work)));
  }

  private static <O> void drain(Deque<Future<List<O>>> window, Consumer<O> out) {
    while (!window.isEmpty()) await(window.poll()).forEach(out);
  }

  private static <I, O> List<O> mapAll(List<I> items, Function<I, O> work) {
    List<O> out = new ArrayList<>(items.size());
    for (I item : items) out.add(work.apply(item));
    return out;
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
