/**
 * Differences between two versions of a list: added, removed and changed entities, and for each
 * changed entity which fields changed, with the values removed and added. Records serialise to JSON
 * as they are, for {@code tiescan lists diff --json}.
 */
package org.tiescan.store.diff;
