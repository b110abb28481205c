/**
 * Organisation-name knowledge read from tab-separated data files under
 * {@code src/main/resources/org/tiescan/text/} (legal forms, places, generic words, abbreviations,
 * acronyms, stop words), each with its source in a header comment, and what is derived from them
 * ({@link org.tiescan.text.lexicon.CommonWordSpellings}: the common word a misspelling stands for).
 * See docs/matching.md,
 * section "Normalisation", for how to add entries.
 */
package org.tiescan.text.lexicon;
