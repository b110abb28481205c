package org.tiescan.sources;

import org.tiescan.model.RecordProblem;

/** The file is not in the expected format; names the file, line and field. */
public class SourceFormatException extends RuntimeException {
  private final transient RecordProblem problem;

  public SourceFormatException(RecordProblem problem) {
    super(problem.toString());
    this.problem = problem;
  }

  public RecordProblem problem() {
    return problem;
  }
}
