/**
 * The standard {@link org.tiescan.text.NameAnalyzer}: script runs, Han segmentation against the
 * knowledge files, Latin word splitting and tagging of legal forms, places, generic words,
 * abbreviations, acronyms, stop words and numbers.
 */
package org.tiescan.text.analysis;
