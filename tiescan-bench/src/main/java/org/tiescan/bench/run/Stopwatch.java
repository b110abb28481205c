package org.tiescan.bench.run;

/** Wall and process-CPU time of one phase. */
record Stopwatch(long startWall, long startCpu) {
  static Stopwatch start() {
    return new Stopwatch(System.nanoTime(), Machine.processCpuNanos());
  }

  double wallSeconds() {
    return (System.nanoTime() - startWall) / 1e9;
  }

  double cpuSeconds() {
    return (Machine.processCpuNanos() - startCpu) / 1e9;
  }

  String report() {
    return String.format("%.1f s wall, %.1f s CPU, load %.2f", wallSeconds(), cpuSeconds(), Machine.load());
  }
}
