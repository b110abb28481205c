package org.tiescan.bench.run;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;

/** What the JVM and machine report about themselves: load, CPU time and heap, for benchmark records. */
final class Machine {
  private Machine() {}

  static String describe() {
    Runtime rt = Runtime.getRuntime();
    // the collector changes the numbers by up to a third (docs/benchmarks.md, wave 7): say which ran
    String collectors = String.join(" + ", ManagementFactory.getGarbageCollectorMXBeans().stream()
        .map(java.lang.management.GarbageCollectorMXBean::getName).toList());
    return String.format("%d cores, max heap %d MB, %s %s (%s), collectors %s, load average %.2f",
        rt.availableProcessors(), rt.maxMemory() >> 20, System.getProperty("java.vm.name"),
        System.getProperty("java.version"), System.getProperty("os.name"), collectors, load());
  }

  static double load() {
    return ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
  }

  /** CPU time of the whole process in nanoseconds, or -1 when the JVM cannot tell. */
  static long processCpuNanos() {
    if (ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os) {
      return os.getProcessCpuTime();
    }
    return -1;
  }

  /**
   * Milliseconds the JIT compilers and the garbage collectors have spent since the JVM started (0 when
   * the JVM cannot tell): on two cores both take CPU from the screening, and a fresh JVM's first batch
   * spent half its CPU compiling (docs/benchmarks.md, wave 15).
   */
  static long jitMillis() {
    var jit = ManagementFactory.getCompilationMXBean();
    return jit != null && jit.isCompilationTimeMonitoringSupported() ? jit.getTotalCompilationTime() : 0;
  }

  static long gcMillis() {
    long sum = 0;
    for (var gc : ManagementFactory.getGarbageCollectorMXBeans()) sum += Math.max(0, gc.getCollectionTime());
    return sum;
  }

  /** Sum of the peak usage of every heap pool since the last {@link #resetPeaks()}, in MB. */
  static long peakHeapMb() {
    long sum = 0;
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      if (pool.getType() == MemoryType.HEAP) sum += pool.getPeakUsage().getUsed();
    }
    return sum >> 20;
  }

  static void resetPeaks() {
    System.gc();
    ManagementFactory.getMemoryPoolMXBeans().forEach(MemoryPoolMXBean::resetPeakUsage);
  }

  /** Heap in use after a full collection, in MB: what the run really keeps. */
  static long liveHeapMb() {
    System.gc();
    return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed() >> 20;
  }
}
