package org.tiescan.screen.input;

import org.tiescan.model.RecordProblem;

/**
 * The input file as a whole cannot be screened: unreadable, undecodable in its encoding, or without a
 * name column. Names the file, and the line and field where that is known.
 */
public class InputException extends RuntimeException {
  private final transient RecordProblem problem;

  public InputException(RecordProblem problem) {
    this(problem, null);
  }

  public InputException(RecordProblem problem, Throwable cause) {
    super(problem.toString(), cause);
    this.problem = problem;
  }

  public RecordProblem problem() {
    return problem;
  }
}
