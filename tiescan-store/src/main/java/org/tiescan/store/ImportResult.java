package org.tiescan.store;

import java.util.List;
import org.tiescan.model.RecordProblem;

/**
 * The outcome of a successful import.
 *
 * @param version the new current version
 * @param previousVersionId the version it superseded, or null for a first import
 * @param problems the first problems reported (all are counted in {@code version.problemCount()})
 */
public record ImportResult(ListVersion version, Long previousVersionId, List<RecordProblem> problems) {
  public ImportResult {
    problems = List.copyOf(problems);
  }
}
