/**
 * The curated dataset: readable YAML files in {@code data/curated/} that state organisations,
 * their names, identifiers, designations and links, each claim with its source. The
 * {@link org.tiescan.graph.curated.CuratedCompiler} validates them (schema, ids, references,
 * sources, check digits) and compiles them to FtM entities and graph edges;
 * {@link org.tiescan.graph.curated.CuratedWriter} writes FtM JSON lines.
 */
package org.tiescan.graph.curated;
