package cn.partyunion.workflow.benchmark;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** Times one query repeatedly and reports its median and 95th percentile. */
public final class Latency {

  private Latency() {}

  /**
   * Runs {@code query} {@code warmUp} times untimed, then {@code rounds} times timed.
   *
   * @return {p50, p95} in milliseconds (p95: the ⌈0.95·rounds⌉-th fastest run)
   */
  public static double[] p50p95(Runnable query, int warmUp, int rounds) {
    for (int i = 0; i < warmUp; i++) {
      query.run();
    }
    List<Double> times = new ArrayList<>();
    for (int i = 0; i < rounds; i++) {
      long t = System.nanoTime();
      query.run();
      times.add((System.nanoTime() - t) / 1e6);
    }
    Collections.sort(times);
    return new double[] {times.get(rounds / 2), times.get((int) Math.ceil(rounds * 0.95) - 1)};
  }
}
