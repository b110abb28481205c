/**
 * Benchmarks: JMH micro-benchmarks for the hot loops and end-to-end harnesses for whole runs. Results
 * and the commands that produced them go to {@code docs/benchmarks.md}.
 */
package org.tiescan.bench;
