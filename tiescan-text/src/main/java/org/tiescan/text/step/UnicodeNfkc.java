package org.tiescan.text.step;

import com.ibm.icu.text.Normalizer2;
import org.tiescan.text.NameStep;

/**
 * Unicode NFKC: composes accents, and folds compatibility forms such as full-width Latin
 * (ＨＩＫＶＩＳＩＯＮ → HIKVISION), full-width punctuation, ligatures (ﬁ → fi) and circled digits.
 */
public final class UnicodeNfkc implements NameStep {
  private static final Normalizer2 NFKC = Normalizer2.getNFKCInstance();

  @Override
  public String apply(String name) {
    return NFKC.normalize(name);
  }
}
