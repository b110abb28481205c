package org.tiescan.text.step;

import com.ibm.icu.lang.UScript;
import com.ibm.icu.text.Transliterator;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Per-character caches for Han text: traditional to simplified, and pinyin.
 *
 * <p>ICU's transliterators cost about a millisecond per name even when warm, far too slow for the
 * screening hot path. A name's Han characters come from a small alphabet (a few thousand in
 * practice), so each character is transliterated by ICU once, on first sight, and then looked up in
 * a concurrent map. Word-level context is lost; the knowledge files carry the pinyin of words whose
 * reading depends on context (重庆 chongqing, 银行 yinhang), and {@code han-pinyin-overrides.tsv}
 * fixes single characters whose ICU default reading is wrong for organisation names.
 */
public final class HanCharacters {
  private static final Map<Integer, String> SIMPLIFIED = new ConcurrentHashMap<>();
  private static final Map<Integer, String> PINYIN = new ConcurrentHashMap<>();

  private HanCharacters() {}

  /** True for ideographs (script Han) and the ideographic zero 〇. */
  public static boolean isHan(int codePoint) {
    return codePoint == 0x3007 || UScript.getScript(codePoint) == UScript.HAN;
  }

  /** The simplified form of one Han character (itself when it has none). */
  public static String simplified(int codePoint) {
    return SIMPLIFIED.computeIfAbsent(codePoint, cp -> Icu.transliterate(Icu.T2S, Character.toString(cp)));
  }

  /**
   * The toneless lower-case ASCII pinyin syllable of one Han character, e.g. 杭 → {@code hang};
   * empty when ICU knows no reading.
   */
  public static String pinyin(int codePoint) {
    return PINYIN.computeIfAbsent(codePoint, HanCharacters::lookUpPinyin);
  }

  /** Pinyin of a Han string with syllables separated by single spaces (non-Han characters kept). */
  public static String spacedPinyin(CharSequence han) {
    StringBuilder out = new StringBuilder(han.length() * 4);
    han.codePoints().forEach(cp -> {
      String syllable = isHan(cp) ? pinyin(simplifiedCodePoint(cp)) : Character.toString(cp);
      if (syllable.isEmpty()) return;
      if (out.length() > 0 && out.charAt(out.length() - 1) != ' ') out.append(' ');
      out.append(syllable);
    });
    return out.toString();
  }

  private static int simplifiedCodePoint(int cp) {
    String s = simplified(cp);
    return s.codePointCount(0, s.length()) == 1 ? s.codePointAt(0) : cp;
  }

  private static String lookUpPinyin(int cp) {
    String override = Overrides.PINYIN.get(cp);
    if (override != null) return override;
    String latin = Icu.transliterate(Icu.HAN_LATIN, Character.toString(cp));
    StringBuilder ascii = new StringBuilder(latin.length());
    for (int i = 0; i < latin.length(); i++) {
      char c = latin.charAt(i);
      if (c >= 'a' && c <= 'z') ascii.append(c);
    }
    return ascii.toString();
  }

  /** ICU transliterators are built once and used under a lock: only cache misses reach them. */
  private static final class Icu {
    static final Transliterator T2S = Transliterator.getInstance("Traditional-Simplified");
    // plain Han-Latin, not Han-Latin/Names: single characters would otherwise get surname readings
    // (区 ou, 单 shan, 解 xie) that are wrong inside organisation names
    static final Transliterator HAN_LATIN = Transliterator.getInstance("Han-Latin; Latin-ASCII; Lower");

    static String transliterate(Transliterator t, String s) {
      synchronized (t) {
        return t.transliterate(s);
      }
    }
  }

  /** Single-character pinyin corrections, from {@code han-pinyin-overrides.tsv}. */
  private static final class Overrides {
    static final Map<Integer, String> PINYIN = load();

    private static Map<Integer, String> load() {
      String resource = "/org/tiescan/text/han-pinyin-overrides.tsv";
      Map<Integer, String> map = new HashMap<>();
      try (InputStream in = HanCharacters.class.getResourceAsStream(resource)) {
        if (in == null) throw new IllegalStateException("missing resource " + resource);
        BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        boolean header = true;
        for (String line; (line = reader.readLine()) != null; ) {
          if (line.isBlank() || line.startsWith("#")) continue;
          if (header) {
            header = false;
            continue;
          }
          String[] fields = line.split("\t", -1);
          map.put(fields[0].codePointAt(0), fields[1].trim());
        }
      } catch (IOException e) {
        throw new UncheckedIOException("cannot read " + resource, e);
      }
      return Map.copyOf(map);
    }
  }
}
