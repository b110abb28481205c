/**
 * One screening logic, several engines (issue 10). A {@link org.tiescan.screen.engine.RecordJob} is the
 * per-record work (query, match, explain, graph exposure, JSON line), opened once per worker; a
 * {@link org.tiescan.screen.engine.ScreeningEngine} only moves records to it and results out, in input
 * order: {@link org.tiescan.screen.engine.LocalEngine} on threads of this JVM, the Spark engine of
 * tiescan-spark on a cluster. A {@link org.tiescan.screen.engine.ListBundle} is the list index and the
 * ownership graph's inputs in one directory, the unit an engine ships to its workers.
 */
package org.tiescan.screen.engine;
