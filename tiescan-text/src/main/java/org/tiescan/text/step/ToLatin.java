package org.tiescan.text.step;

import com.ibm.icu.lang.UScript;
import com.ibm.icu.text.Transliterator;
import org.tiescan.text.NameStep;

/**
 * Other scripts to Latin, then to ASCII. Cyrillic uses the BGN/PCGN romanisation, which is how US
 * and UK lists spell Russian names (ООО Ромашка → OOO Romashka, Общество → Obshchestvo); Greek,
 * Arabic, Hebrew, kana, Hangul and the rest use ICU {@code Any-Latin}. Han characters are left to
 * {@link HanToPinyin}. Thread-safe (one transliterator set per thread).
 */
public final class ToLatin implements NameStep {
  private static final ThreadLocal<Transliterator> CYRILLIC = ThreadLocal.withInitial(
      () -> Transliterator.getInstance("Russian-Latin/BGN; [\\u00b7] Remove; Latin-ASCII"));
  private static final ThreadLocal<Transliterator> ANY = ThreadLocal.withInitial(
      () -> Transliterator.getInstance("[^[:Han:]] Any-Latin; Latin-ASCII"));
  private static final LatinAscii LATIN_ASCII = new LatinAscii();

  @Override
  public String apply(String name) {
    if (LatinAscii.isAscii(name)) return name;
    String latin = hasScript(name, UScript.CYRILLIC) ? CYRILLIC.get().transliterate(name) : name;
    latin = needsAnyLatin(latin) ? ANY.get().transliterate(latin) : latin;
    return LATIN_ASCII.apply(latin);
  }

  private static boolean hasScript(String s, int script) {
    return s.codePoints().anyMatch(cp -> UScript.getScript(cp) == script);
  }

  private static boolean needsAnyLatin(String s) {
    return s.codePoints().anyMatch(cp -> {
      int script = UScript.getScript(cp);
      return script != UScript.LATIN && script != UScript.COMMON && script != UScript.INHERITED
          && script != UScript.HAN;
    });
  }
}
