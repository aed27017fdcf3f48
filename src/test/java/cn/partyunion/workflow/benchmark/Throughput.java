package cn.partyunion.workflow.benchmark;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/** Runs one unit of work on n threads for a fixed time and reports the units done per second. */
final class Throughput {

  private Throughput() {}

  /**
   * Runs {@code unit} repeatedly on {@code threads} threads for {@code seconds}, each thread until
   * the time is up (a unit started before is finished).
   *
   * @return units completed per second of wall-clock time
   * @throws AssertionError when a unit fails
   */
  static double perSecond(Runnable unit, int threads, double seconds) {
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    AtomicLong done = new AtomicLong();
    long started = System.nanoTime();
    long end = started + (long) (seconds * 1e9);
    List<Future<?>> workers = new ArrayList<>();
    for (int i = 0; i < threads; i++) {
      workers.add(
          pool.submit(
              () -> {
                while (System.nanoTime() < end) {
                  unit.run();
                  done.incrementAndGet();
                }
              }));
    }
    try {
      for (Future<?> worker : workers) {
        worker.get();
      }
    } catch (Exception e) {
      throw new AssertionError("a benchmark unit failed", e);
    } finally {
      pool.shutdownNow();
      try {
        pool.awaitTermination(10, TimeUnit.SECONDS);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
    return done.get() / ((System.nanoTime() - started) / 1e9);
  }
}
