/**
 * Readers for the files users screen (CSV with any common delimiter and encoding, XLSX, JSON lines),
 * streaming {@link org.tiescan.screen.input.InputRecord}s with their line numbers, and the detection
 * of which columns hold the name, country, id and identifiers ({@link org.tiescan.screen.input.ColumnMapping}).
 * A bad row becomes a record carrying a {@link org.tiescan.model.RecordProblem}, so it is counted and
 * reported in order while the good rows are still screened.
 */
package org.tiescan.screen.input;
