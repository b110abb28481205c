/**
 * Name normalisation: turns an organisation or person name in any script into typed tokens
 * ({@link org.tiescan.text.AnalyzedName}, {@link org.tiescan.text.NameToken}) for indexing, scoring and
 * explanations. {@link org.tiescan.text.NameAnalyzers#standard()} is the one analyzer to use; it is
 * built from small composable {@link org.tiescan.text.NameStep}s ({@code step}: NFKC, case and width
 * folding, traditional to simplified Chinese, Han to pinyin, other scripts to Latin, diacritics,
 * punctuation) and organisation-name knowledge kept as data files ({@code lexicon}: legal forms,
 * places, generic words, abbreviations, acronyms, stop words), put together in {@code analysis};
 * {@link org.tiescan.text.OneEditWords} finds the words of a set one edit from a word (misspelt common
 * words here, an index's spellings in matching).
 * See docs/matching.md, section "Normalisation".
 */
package org.tiescan.text;
