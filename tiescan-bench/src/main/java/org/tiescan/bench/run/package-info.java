/**
 * End-to-end benchmark harnesses: whole runs through the real store, index and {@code Screener},
 * reporting throughput, heap, recall and false matches. Results go to {@code docs/benchmarks.md}.
 */
package org.tiescan.bench.run;
