/**
 * The case store (issue 8): the counterparty register, hits with reviewers' decisions, and a
 * hash-chained audit log, behind one engine-neutral contract, {@link org.tiescan.store.cases.CaseStore}.
 *
 * <p>Two engines share the Flyway migrations of {@code db/migration}: SQLite in the data directory
 * ({@link org.tiescan.store.cases.CaseStores#sqlite}, the default) and PostgreSQL for shared
 * multi-user use ({@link org.tiescan.store.cases.CaseStores#postgresql}). A decision is reused on
 * rescreen while its evidence (entity content hash and matched names) is unchanged; otherwise the
 * hit reopens with a note saying what changed. Decisions carry a version: deciding on a stale one
 * fails with {@link org.tiescan.store.cases.DecisionConflictException}, never overwrites.
 */
package org.tiescan.store.cases;
