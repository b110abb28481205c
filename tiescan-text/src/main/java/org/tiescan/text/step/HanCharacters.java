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
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Per-character tables for Han text: traditional to simplified, and pinyin.
 *
 * <p>ICU's transliterators cost about a millisecond per name even when warm, and building them takes
 * one to two seconds of CPU each, far too slow for the screening hot path and for a one-name CLI
 * call. A name's characters come from a small alphabet, so the readings are kept per character:
 * tables generated once from ICU4J ({@code han-pinyin.txt}, {@code han-traditional-simplified.txt},
 * see {@code tools/GenerateHanTables}) are loaded on the first Han character; characters outside
 * them (CJK extensions B and later) go to ICU itself, once, and are cached in a concurrent map.
 * Word-level context is lost; the knowledge files carry the pinyin of words whose reading depends on
 * context (重庆 chongqing, 银行 yinhang), and {@code han-pinyin-overrides.tsv} fixes single
 * characters whose ICU default reading is wrong for organisation and place names.
 */
public final class HanCharacters {
  private static final String DIR = "/org/tiescan/text/";
  private static final Map<Integer, String> SIMPLIFIED = new ConcurrentHashMap<>();
  private static final Map<Integer, String> PINYIN = new ConcurrentHashMap<>();

  private HanCharacters() {}

  /** True for ideographs (script Han) and the ideographic zero 〇. */
  public static boolean isHan(int codePoint) {
    if (codePoint < 0x2e80) return false; // below the CJK radicals: never Han, and the common case
    return codePoint == 0x3007 || UScript.getScript(codePoint) == UScript.HAN;
  }

  /** The simplified form of one Han character (itself when it has none). */
  public static String simplified(int codePoint) {
    String known = Tables.SIMPLIFIED.get(codePoint);
    if (known != null) return known;
    if (Tables.covers(codePoint)) return Character.toString(codePoint);
    return SIMPLIFIED.computeIfAbsent(codePoint, cp -> Icu.transliterate(Icu.t2s(), Character.toString(cp)));
  }

  /**
   * The toneless lower-case ASCII pinyin syllable of one Han character, e.g. 杭 → {@code hang};
   * empty when no reading is known.
   */
  public static String pinyin(int codePoint) {
    String known = Tables.PINYIN.get(codePoint);
    if (known != null) return known;
    if (Tables.covers(codePoint)) return "";
    return PINYIN.computeIfAbsent(codePoint, HanCharacters::lookUpPinyin);
  }

  /**
   * The reading of a character as the first character of a person name (曾 → {@code zeng}) when it
   * differs from {@link #pinyin}; null otherwise.
   */
  public static String surnameReading(int codePoint) {
    return Tables.SURNAMES.get(codePoint);
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
    String latin = Icu.transliterate(Icu.hanLatin(), Character.toString(cp));
    StringBuilder ascii = new StringBuilder(latin.length());
    for (int i = 0; i < latin.length(); i++) {
      char c = latin.charAt(i);
      if (c >= 'a' && c <= 'z') ascii.append(c);
    }
    return ascii.toString();
  }

  /** The generated tables with the overrides applied, loaded on the first Han character. */
  private static final class Tables {
    static final Map<Integer, String> PINYIN = loadPinyin();
    static final Map<Integer, String> SIMPLIFIED = loadSimplified();
    static final Map<Integer, String> SURNAMES = loadSurnames();

    private static Map<Integer, String> loadSurnames() {
      Map<Integer, String> map = new HashMap<>();
      List<String> rows = lines("han-surname-readings.tsv");
      for (String line : rows.subList(1, rows.size())) {
        String[] fields = line.split("\t", -1);
        int cp = fields[0].codePointAt(0);
        if (!fields[2].strip().equals(PINYIN.get(cp))) map.put(cp, fields[2].strip());
      }
      return map;
    }

    /** The blocks the generator walked: a character there without an entry has none. */
    static boolean covers(int cp) {
      return (cp >= 0x3400 && cp <= 0x4dbf) || (cp >= 0x4e00 && cp <= 0x9fff) || (cp >= 0xf900 && cp <= 0xfaff);
    }

    private static Map<Integer, String> loadPinyin() {
      Map<Integer, String> map = new HashMap<>(40_000);
      for (String line : lines("han-pinyin.txt")) {
        int tab = line.indexOf('\t');
        String syllable = line.substring(0, tab);
        line.substring(tab + 1).codePoints().forEach(cp -> map.put(cp, syllable));
      }
      List<String> overrides = lines("han-pinyin-overrides.tsv");
      for (String line : overrides.subList(1, overrides.size())) {
        String[] fields = line.split("\t", -1);
        map.put(fields[0].codePointAt(0), fields[1].strip());
      }
      return map;
    }

    private static Map<Integer, String> loadSimplified() {
      Map<Integer, String> map = new HashMap<>(8_000);
      for (String line : lines("han-traditional-simplified.txt")) {
        int[] cps = line.codePoints().toArray();
        for (int i = 0; i + 1 < cps.length; i += 2) map.put(cps[i], Character.toString(cps[i + 1]));
      }
      return map;
    }

    /** The non-comment, non-blank lines of a resource. */
    private static List<String> lines(String file) {
      try (InputStream in = HanCharacters.class.getResourceAsStream(DIR + file)) {
        if (in == null) throw new IllegalStateException("missing resource " + DIR + file);
        BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        return reader.lines().filter(l -> !l.isBlank() && !l.startsWith("#")).toList();
      } catch (IOException e) {
        throw new UncheckedIOException("cannot read " + DIR + file, e);
      }
    }
  }

  /** ICU transliterators for characters outside the tables; built on first need, used under a lock. */
  private static final class Icu {
    private static Transliterator t2s;
    private static Transliterator hanLatin;

    static synchronized Transliterator t2s() {
      if (t2s == null) t2s = Transliterator.getInstance("Traditional-Simplified");
      return t2s;
    }

    // plain Han-Latin, not Han-Latin/Names: single characters would otherwise get surname readings
    // (区 ou, 单 shan, 解 xie) that are wrong inside organisation names
    static synchronized Transliterator hanLatin() {
      if (hanLatin == null) hanLatin = Transliterator.getInstance("Han-Latin; Latin-ASCII; Lower");
      return hanLatin;
    }

    static String transliterate(Transliterator t, String s) {
      synchronized (t) {
        return t.transliterate(s);
      }
    }
  }
}
