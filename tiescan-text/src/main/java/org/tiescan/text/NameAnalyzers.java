package org.tiescan.text;

import org.tiescan.text.analysis.StandardAnalyzer;
import org.tiescan.text.lexicon.Lexicon;

/** Factory for the standard analyzer. */
public final class NameAnalyzers {
  private NameAnalyzers() {}

  /**
   * The standard analyzer (shared, thread-safe): NFKC, case and width folding, traditional →
   * simplified Chinese, Han segmentation and pinyin, other scripts to Latin, diacritics, punctuation,
   * and tagging of legal forms, places, generic words, abbreviations and acronyms from the bundled
   * knowledge files. See docs/matching.md, section "Normalisation".
   */
  public static NameAnalyzer standard() {
    return Holder.STANDARD;
  }

  private static final class Holder {
    static final NameAnalyzer STANDARD = new StandardAnalyzer(Lexicon.standard());
  }
}
