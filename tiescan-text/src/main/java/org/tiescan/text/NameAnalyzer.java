package org.tiescan.text;

/** Turns a raw organisation or person name, in any script, into typed tokens. Thread-safe. */
@FunctionalInterface
public interface NameAnalyzer {
  AnalyzedName analyze(String name);
}
