/**
 * The curated dataset: readable YAML files in {@code data/curated/} that state organisations,
 * their names, identifiers, designations and links, each claim with its source. The
 * {@link org.tiescan.graph.curated.CuratedCompiler} validates them (schema, ids, references,
 * sources, check digits) and compiles them to FtM entities and graph edges;
 * {@link org.tiescan.graph.curated.CuratedWriter} writes FtM JSON lines;
 * {@link org.tiescan.graph.curated.CuratedListSource} imports the entities into a data directory
 * like any list (dataset {@code tiescan-curated}), so screening matches their names.
 */
package org.tiescan.graph.curated;
