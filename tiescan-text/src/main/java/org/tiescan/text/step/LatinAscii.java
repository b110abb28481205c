package org.tiescan.text.step;

import com.ibm.icu.text.Transliterator;
import org.tiescan.text.NameStep;

/**
 * Removes diacritics and maps Latin letters to ASCII with ICU {@code Latin-ASCII}
 * (Société Générale → Societe Generale, Øresund → Oresund, Łódź → Lodz, ß → ss). Pure ASCII input
 * skips ICU entirely. Thread-safe.
 */
public final class LatinAscii implements NameStep {
  private static final ThreadLocal<Transliterator> LATIN_ASCII =
      ThreadLocal.withInitial(() -> Transliterator.getInstance("Latin-ASCII"));

  @Override
  public String apply(String name) {
    return isAscii(name) ? name : LATIN_ASCII.get().transliterate(name);
  }

  static boolean isAscii(CharSequence s) {
    for (int i = 0; i < s.length(); i++) {
      if (s.charAt(i) > 0x7f) return false;
    }
    return true;
  }
}
