/**
 * The Research Organization Registry (ROR, https://ror.org, CC0) v2 data dump: one
 * {@link org.tiescan.sources.ror.RorRecord} per organisation with its names (labels incl. Chinese,
 * aliases, acronyms), country and parent/child links, read by {@link org.tiescan.sources.ror.RorDump}
 * from JSON lines, a JSON array (the dump's own form), a zip as downloaded from Zenodo, or gzip.
 */
package org.tiescan.sources.ror;
