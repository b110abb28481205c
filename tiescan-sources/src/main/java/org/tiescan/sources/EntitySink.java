package org.tiescan.sources;

import org.tiescan.model.Entity;
import org.tiescan.model.RecordProblem;

/** Receives what a reader reads: entities, and problems with records it skipped. */
public interface EntitySink {
  void accept(Entity entity);

  /** A record that was skipped (malformed, or a listing naming no entity of the file); the default ignores it. */
  default void problem(RecordProblem problem) {}
}
