package org.tiescan.text;

/** Turns a raw organisation or person name, in any script, into typed tokens. Thread-safe. */
@FunctionalInterface
public interface NameAnalyzer {
  AnalyzedName analyze(String name);

  /**
   * What the analysis depends on besides the code, e.g. a digest of the knowledge files it reads: a match
   * index built under another version is rebuilt. Empty when there is nothing such.
   */
  default String knowledgeVersion() {
    return "";
  }
}
