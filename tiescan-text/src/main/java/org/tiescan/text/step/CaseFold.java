package org.tiescan.text.step;

import com.ibm.icu.text.Normalizer2;
import org.tiescan.text.NameStep;

/**
 * Full Unicode case folding with NFKC (NFKC_Casefold): language-independent, so Straße → strasse,
 * ΣΟΦΙΑ → σοφια, and Turkish dotted capitals fold the same in every locale.
 */
public final class CaseFold implements NameStep {
  private static final Normalizer2 NFKC_CASEFOLD = Normalizer2.getNFKCCasefoldInstance();

  @Override
  public String apply(String name) {
    return NFKC_CASEFOLD.normalize(name);
  }
}
