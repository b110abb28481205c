/**
 * Screening runs in the store: a run row with its input, options and index build, and its results
 * keyed by (run, input record, entity) so that review decisions and the audit chain can refer to them.
 * Results are appended in batches, each its own transaction.
 */
package org.tiescan.store.runs;
