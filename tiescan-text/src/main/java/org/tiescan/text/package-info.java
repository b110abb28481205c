/**
 * Name normalisation: small composable {@link org.tiescan.text.NameStep}s (Unicode NFKC, case,
 * width, traditional to simplified Chinese, Han to pinyin, other scripts to Latin, diacritics) and
 * organisation-name knowledge kept as data files (legal forms, places, institution and industry
 * words, abbreviations), turned into an {@link org.tiescan.text.AnalyzedName} of typed tokens.
 */
package org.tiescan.text;
