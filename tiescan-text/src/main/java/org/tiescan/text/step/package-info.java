/**
 * Normalisation steps ({@link org.tiescan.text.NameStep} implementations): NFKC (which also folds
 * full-width forms), case folding, traditional to simplified Chinese, Han to pinyin through a
 * per-character cache, other scripts to Latin, diacritics removal and punctuation folding.
 */
package org.tiescan.text.step;
