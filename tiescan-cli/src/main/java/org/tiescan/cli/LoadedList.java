package org.tiescan.cli;

/**
 * One list version in the data directory, as {@code tiescan lists} shows it.
 *
 * @param dataset e.g. {@code us-csl}
 * @param title human title
 * @param snapshotDate ISO date of the list copy, or null when unknown
 * @param source where it was imported from (bundled snapshot, file path or URL)
 * @param importedAt ISO instant of the import
 * @param entities number of entities
 * @param problems malformed records the reader reported and skipped
 */
public record LoadedList(
    String dataset, String title, String snapshotDate, String source, String importedAt, long entities, long problems) {

  public LoadedList(String dataset, String title, String snapshotDate, String source, String importedAt, long entities) {
    this(dataset, title, snapshotDate, source, importedAt, entities, 0);
  }
}
