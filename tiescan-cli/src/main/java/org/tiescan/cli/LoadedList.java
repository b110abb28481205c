package org.tiescan.cli;

import java.util.List;
import org.tiescan.model.RecordProblem;

/**
 * One list version in the data directory, as {@code tiescan lists} shows it.
 *
 * @param dataset e.g. {@code us-csl}
 * @param title human title
 * @param snapshotDate ISO date of the list copy, or null when unknown
 * @param source where it was imported from (bundled snapshot, file path or URL)
 * @param importedAt ISO instant of the import
 * @param entities number of entities
 * @param problems records the reader reported and skipped (malformed, or a listing naming no entity of the file)
 * @param firstProblems the first of them, when this version was just imported (empty otherwise)
 */
public record LoadedList(String dataset, String title, String snapshotDate, String source, String importedAt,
    long entities, long problems, List<RecordProblem> firstProblems) {

  public LoadedList {
    firstProblems = List.copyOf(firstProblems);
  }

  public LoadedList(
      String dataset, String title, String snapshotDate, String source, String importedAt, long entities, long problems) {
    this(dataset, title, snapshotDate, source, importedAt, entities, problems, List.of());
  }

  /** This version with the first problems of the import that made it. */
  public LoadedList withFirstProblems(List<RecordProblem> problems) {
    return new LoadedList(dataset, title, snapshotDate, source, importedAt, entities, this.problems, problems);
  }

  public LoadedList(String dataset, String title, String snapshotDate, String source, String importedAt, long entities) {
    this(dataset, title, snapshotDate, source, importedAt, entities, 0);
  }
}
