/**
 * The embedded default store: a local data directory ({@link org.tiescan.store.DataDirectory}) with
 * SQLite ({@code tiescan.db}) holding every imported list version and its entities, and
 * {@code indexes/<build-id>/} holding derived artifacts such as the match index.
 *
 * <p>Entry points: {@link org.tiescan.store.DataDirectory#open} then
 * {@link org.tiescan.store.ListImporter#importVersion} (atomic, plausibility-checked import),
 * {@link org.tiescan.store.IndexBuilds#rebuild} with an {@link org.tiescan.store.IndexBuilder}
 * (crash-safe derived index), {@link org.tiescan.store.ListCatalog} (streaming reads, list status,
 * version history). Only one process writes lists or indexes at a time; others get
 * {@link org.tiescan.store.ImportInProgressException}. The schema comes from Flyway migrations in
 * {@code db/migration}, written to run on PostgreSQL too.
 */
package org.tiescan.store;
