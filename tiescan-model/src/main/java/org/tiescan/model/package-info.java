/**
 * The entity model shared by every part of tiescan: list entries as FollowTheMoney-compatible
 * entities (id, schema, properties, datasets, first/last seen), with the legal provenance of each
 * designation (list, program, Federal Register citation, dates, source URL).
 *
 * <p>This package has no behaviour beyond holding and serialising data, so that every other module
 * (sources, text, match, store, screen) can depend on it without pulling anything else in.
 */
package org.tiescan.model;
