/**
 * JMH micro-benchmarks of the matching hot loops: name analysis, pairwise name scoring, and one
 * whole match (candidate retrieval plus scoring) against the bundled lists. Run with
 * {@code java -cp tiescan-bench/target/classes:$(cat tiescan-bench/target/classpath.txt) org.openjdk.jmh.Main}
 * (see docs/benchmarks.md).
 */
package org.tiescan.bench.jmh;
