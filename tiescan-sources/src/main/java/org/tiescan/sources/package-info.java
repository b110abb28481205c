/**
 * One reader per official list format, each turning a file into {@link org.tiescan.model.Entity}
 * records with their designations and provenance. Readers stream: they never hold a whole list in
 * memory (OFAC's small alias/address side files excepted).
 *
 * <p>Entry points: {@link org.tiescan.sources.ListSources#forName} (a reader by list name),
 * {@link org.tiescan.sources.ListSources#detect} (guess the format of a file),
 * {@link org.tiescan.sources.BundledLists} (the public-domain snapshot shipped in data/lists/).
 * A reader reports a bad record to {@link org.tiescan.sources.EntitySink#problem} and goes on; a file
 * that is not its format at all raises {@link org.tiescan.sources.SourceFormatException}. Both name
 * file, line and field.
 */
package org.tiescan.sources;
