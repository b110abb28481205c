package org.tiescan.text.step;

import org.tiescan.text.NameStep;

/**
 * The standard normalisation steps, each usable alone or composed with {@link NameStep#then}.
 * All are stateless and thread-safe.
 */
public final class Steps {
  public static final NameStep NFKC = new UnicodeNfkc();
  /** Full-width to half-width is part of NFKC; this alias names the intent where it is used. */
  public static final NameStep FULL_WIDTH_TO_HALF_WIDTH = NFKC;
  public static final NameStep CASE_FOLD = new CaseFold();
  public static final NameStep TRADITIONAL_TO_SIMPLIFIED = new TraditionalToSimplified();
  public static final NameStep HAN_TO_PINYIN = new HanToPinyin();
  public static final NameStep DIACRITICS = new LatinAscii();
  public static final NameStep TO_LATIN = new ToLatin();
  public static final NameStep PUNCTUATION = new PunctuationFold();

  /**
   * Every step in order: any name to space-separated lower-case ASCII words. The analyzer does the
   * same, word by word, and additionally keeps where each word came from.
   */
  public static final NameStep TO_ASCII_WORDS = NFKC.then(CASE_FOLD).then(TRADITIONAL_TO_SIMPLIFIED)
      .then(PUNCTUATION).then(HAN_TO_PINYIN).then(TO_LATIN).then(PUNCTUATION);

  private Steps() {}
}
