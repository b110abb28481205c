package org.tiescan.match;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.tiescan.text.AnalyzedName;
import org.tiescan.text.NameToken;
import org.tiescan.text.TokenKind;
import org.tiescan.text.step.HanCharacters;

/**
 * A name as pinyin syllables, and the pairs of neighbouring syllables retrieval asks for: 中国科学院, "Zhongguo Kexue
 * Yuan", "Zhong Guo Ke Xueyuan" and "zhongguokexueyuan" all give zhong·guo, guo·ke, ke·xue, xue·yuan, wherever the
 * words are cut. An entry in characters is otherwise indexed as its words' translations, which a query in pinyin
 * cut into other words does not share; its n-grams helped (docs/benchmarks.md, wave 18) but weigh like n-grams.
 * A Latin name counts as pinyin only when every word of it cuts into syllables ("Hua Wei" yes, "Huawei
 * Technologies" no).
 */
final class PinyinSyllables {
  /**
   * Every toneless reading of the CJK Unified Ideographs with a vowel, ≈ 400 syllables: the interjections m, n, ng,
   * hm, hng are left out, or "youxiangongsi" could be cut "you xiang o ng si".
   */
  private static final Set<String> SYLLABLES = inventory();
  private static final int LONGEST = SYLLABLES.stream().mapToInt(String::length).max().orElse(6);

  private PinyinSyllables() {}

  private static Set<String> inventory() {
    Set<String> out = new HashSet<>();
    for (int cp = 0x4E00; cp <= 0x9FFF; cp++) {
      String s = HanCharacters.pinyin(cp);
      if (s.matches("[a-z]*[aeiouv][a-z]*")) out.add(s);
    }
    return Set.copyOf(out);
  }

  static boolean isSyllable(String s) {
    return SYLLABLES.contains(s);
  }

  /**
   * The word cut into the fewest syllables ("youxian gongsi" → you xian gong si, not you xi an gong si; pinyin
   * writes the latter xi'an), of equal counts the one with the longer syllables first; null when the word is
   * no pinyin.
   */
  static List<String> cut(String word) {
    String w = word.toLowerCase(Locale.ROOT);
    int n = w.length();
    // fewest[i]: the fewest syllables that w[i..] cuts into (MAX: none); next[i]: the first syllable's end
    int[] fewest = new int[n + 1];
    int[] next = new int[n + 1];
    Arrays.fill(fewest, Integer.MAX_VALUE);
    fewest[n] = 0;
    for (int i = n - 1; i >= 0; i--) {
      for (int len = Math.min(LONGEST, n - i); len > 0; len--) {
        if (fewest[i + len] == Integer.MAX_VALUE || !SYLLABLES.contains(w.substring(i, i + len))) continue;
        if (fewest[i + len] + 1 < fewest[i]) {
          fewest[i] = fewest[i + len] + 1;
          next[i] = i + len;
        }
      }
    }
    if (n == 0 || fewest[0] == Integer.MAX_VALUE) return null;
    List<String> out = new ArrayList<>(fewest[0]);
    for (int i = 0; i < n; i = next[i]) out.add(w.substring(i, next[i]));
    return out;
  }

  /**
   * The syllables of a name, legal forms left out: those of its Chinese characters, or of its words when every
   * word is pinyin and there are at least two syllables; else none.
   */
  static List<String> of(AnalyzedName n) {
    if (n.original().codePoints().anyMatch(HanCharacters::isHan)) return ofCharacters(n);
    List<String> out = new ArrayList<>();
    for (NameToken t : n.tokens()) {
      if (t.kind() == TokenKind.LEGAL_FORM || !t.source().chars().allMatch(Character::isLetter)) continue;
      List<String> syllables = cut(t.source());
      if (syllables == null) return List.of();
      out.addAll(syllables);
    }
    return out.size() >= 2 ? out : List.of();
  }

  private static List<String> ofCharacters(AnalyzedName n) {
    List<String> out = new ArrayList<>();
    for (String s : HanCharacters.spacedPinyin(withoutLegalForms(n)).split(" ")) if (isSyllable(s)) out.add(s);
    return out;
  }

  /** The name as written, its legal forms (股份有限公司) left out, as a query's words leave them out. */
  static String withoutLegalForms(AnalyzedName n) {
    String original = n.original();
    for (NameToken t : n.tokens()) {
      if (t.kind() == TokenKind.LEGAL_FORM && t.source() != null && !t.source().isBlank()) {
        original = original.replace(t.source(), " ");
      }
    }
    return original;
  }

  /** The pairs of neighbouring syllables, each once, in order ("zhong guo"). */
  static Set<String> pairs(List<String> syllables) {
    Set<String> out = new LinkedHashSet<>();
    for (int i = 0; i + 1 < syllables.size(); i++) out.add(syllables.get(i) + " " + syllables.get(i + 1));
    return out;
  }
}
