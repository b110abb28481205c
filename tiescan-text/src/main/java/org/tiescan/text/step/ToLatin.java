package org.tiescan.text.step;

import com.ibm.icu.lang.UScript;
import com.ibm.icu.text.Transliterator;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.tiescan.text.NameStep;

/**
 * Other scripts to Latin, then to ASCII. Cyrillic uses the BGN/PCGN romanisation, which is how US
 * and UK lists spell Russian names (ООО Ромашка → OOO Romashka, Общество → Obshchestvo); Greek,
 * Arabic, Hebrew, kana, Hangul and the rest use ICU's {@code <Script>-Latin} transliterators (what
 * {@code Any-Latin} dispatches to), each built on first need, because building {@code Any-Latin}
 * itself takes seconds. Han characters are left to {@link HanToPinyin}. Thread-safe.
 */
public final class ToLatin implements NameStep {
  private static final Map<Integer, Transliterator> BY_SCRIPT = new ConcurrentHashMap<>();
  private static final LatinAscii LATIN_ASCII = new LatinAscii();

  @Override
  public String apply(String name) {
    if (LatinAscii.isAscii(name)) return name;
    String latin = name;
    for (int script : scriptsToTransliterate(name)) {
      Transliterator t = BY_SCRIPT.computeIfAbsent(script, ToLatin::build);
      synchronized (t) {
        latin = t.transliterate(latin);
      }
    }
    return LATIN_ASCII.apply(latin);
  }

  private static int[] scriptsToTransliterate(String s) {
    return s.codePoints().map(UScript::getScript)
        .filter(script -> script != UScript.LATIN && script != UScript.COMMON && script != UScript.INHERITED
            && script != UScript.HAN && script != UScript.UNKNOWN)
        .distinct().toArray();
  }

  private static Transliterator build(int script) {
    if (script == UScript.CYRILLIC) {
      return Transliterator.getInstance("Russian-Latin/BGN; [\\u00b7] Remove");
    }
    String source = "[:" + UScript.getShortName(script) + ":]";
    try {
      return Transliterator.getInstance(source + " " + UScript.getName(script) + "-Latin");
    } catch (IllegalArgumentException noDirectTransliterator) {
      return Transliterator.getInstance(source + " Any-Latin");
    }
  }
}
