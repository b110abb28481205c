package org.tiescan.screen.equipment;

import java.io.Closeable;

/** Receives the findings of an equipment screening in input order (reports, summaries, case stores). */
public interface FindingSink extends Closeable {
  void accept(EquipmentFinding finding);

  /** Called once after the last finding. */
  default void finish(EquipmentSummary summary) {}

  @Override
  default void close() {}
}
