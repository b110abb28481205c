package org.tiescan.screen.engine;

import java.io.Serializable;

/**
 * The work an engine runs on every record: entity screening ({@link EntityScreeningJob}), or any later
 * screener (e.g. research screening of authorships) that turns an input record into a {@link ResultLine}.
 * Serializable, so a cluster engine can ship it to its workers; {@link #open} runs there once per
 * partition, and implementations keep what is expensive to open (the list index) once per JVM.
 */
@FunctionalInterface
public interface RecordJob extends Serializable {
  RecordFunction open();
}
