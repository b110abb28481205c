package org.tiescan.match;

import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.tiescan.match.score.PreparedName;
import org.tiescan.text.AnalyzedName;
import org.tiescan.text.NameToken;
import org.tiescan.text.TokenKind;
import org.tiescan.text.step.HanCharacters;
import org.tiescan.text.step.HanToPinyin;

/** Field names of the match index and the derived terms (tokens, character n-grams) both sides share. */
final class IndexFields {
  static final String ID = "id";
  static final String SCHEMA = "schema";
  static final String TOKEN = "tok";
  /** Number of distinct token terms of the entity, to rank the shortest of equally matching entries first. */
  static final String TOKEN_COUNT = "tokCount";
  static final String GRAM = "gram";
  /** The legal forms of the entity's names as {@link #legalFormBits}: retrieval's first tie-break. */
  static final String LEGAL_FORMS = "legalForms";
  /** One {@link #nameSketch} per name of the entity: the likeness that re-ranks retrieval's best. */
  static final String NAME_SKETCH = "nameSketch";
  static final String IDENTIFIER = "ident";
  /** Pairs of neighbouring pinyin syllables of a name in Chinese characters or in pinyin ({@link PinyinSyllables}). */
  static final String PINYIN_PAIR = "py2";
  static final String COUNTRY = "country";
  /** Binary doc value with what the scorer reads of an entity: {@link ScoringRecord}. */
  static final String SCORING = "scoring";
  /**
   * Binary doc value with the entity as an FtM JSON line, for the results. A doc value, not a stored
   * field: reading one entity out of the stored fields' compressed blocks took 25 µs, out of this
   * uncompressed column 5.5 µs (≈ 2.9 results a query at 1M entities; +230 MB on disk there;
   * docs/benchmarks.md, wave 13).
   */
  static final String JSON = "json";
  static final int GRAM_SIZE = 3;

  private IndexFields() {}

  /** Every form (text and alternatives) of every matching token. */
  static Set<String> tokenTerms(AnalyzedName n) {
    Set<String> out = new LinkedHashSet<>();
    for (NameToken t : n.matchTokens()) {
      out.add(t.text());
      out.addAll(t.alternatives());
    }
    out.remove("");
    return out;
  }

  /**
   * The legal forms of a name (texts and alternatives: "co", "ltd", "limited", "jsc") as a 64-bit sketch,
   * one bit per form's hash: two names share a legal form only if their sketches intersect, and the
   * bits they share count how many they may share.
   */
  static long legalFormBits(AnalyzedName n) {
    long bits = 0;
    for (NameToken t : n.tokens()) {
      if (t.kind() != TokenKind.LEGAL_FORM) continue;
      bits |= 1L << (t.text().hashCode() & 63);
      for (String alt : t.alternatives()) bits |= 1L << (alt.hashCode() & 63);
    }
    return bits;
  }

  /**
   * The character 3-grams of every matching token of a name (each with boundary marks; legal forms and
   * stop words left out, as retrieval leaves them out) as a 64-bit sketch, one bit per gram's hash. How
   * much two names' sketches overlap ({@link #likeness}) says how alike they are as strings, at the cost
   * of a few instructions: among entries that share the same query words it puts the one spelt like the
   * query before its namesakes.
   */
  static long nameSketch(AnalyzedName n) {
    long bits = 0;
    for (NameToken t : n.tokens()) {
      if (t.matching()) bits |= sketchOf(t.text());
    }
    return bits;
  }

  /**
   * What retrieval compares of a name beside its words: its n-grams ({@link #grams}) and sketches ({@link
   * #sketches}), both also of its pinyin when it has Chinese characters (worked out once for the two).
   */
  record Spelling(Set<String> grams, long[] sketches) {}

  static Spelling spelling(AnalyzedName n) {
    String pinyin = joinedPinyin(n);
    return new Spelling(grams(n, pinyin), sketches(n, pinyin));
  }

  /**
   * The sketches of a name: {@link #nameSketch}, and for a name in Chinese characters also that of its pinyin
   * written together ({@link #joinedPinyin}), so that a query in pinyin ("Zhongguo Kexue Yuan") is spelt like
   * the entry 中国科学院, whose words are otherwise their translations.
   */
  private static long[] sketches(AnalyzedName n, String pinyin) {
    return pinyin == null ? new long[] {nameSketch(n)} : new long[] {nameSketch(n), sketchOf(pinyin)};
  }

  private static long sketchOf(String s) {
    long bits = 0;
    int len = s.length() + 2;
    for (int i = 0; i + GRAM_SIZE <= len; i++) {
      int h = charAt(s, i - 1) * 961 + charAt(s, i) * 31 + charAt(s, i + 1);
      bits |= 1L << ((h * 0x9E3779B9) >>> 26);
    }
    return bits;
  }

  private static final HanToPinyin HAN_TO_PINYIN = new HanToPinyin();

  /**
   * A name with Chinese characters as toneless pinyin written together, letters and digits only ("中国科学院"
   * → "zhongguokexueyuan"); null for a name without them. Its n-grams and sketch do not depend on where words
   * are cut: a query in pinyin may cut them elsewhere than the analyzer's segmenter, or not at all.
   */
  static String joinedPinyin(AnalyzedName n) {
    if (n.original().codePoints().noneMatch(HanCharacters::isHan)) return null;
    String pinyin = HAN_TO_PINYIN.apply(PinyinSyllables.withoutLegalForms(n)).toLowerCase(Locale.ROOT);
    String joined = NOT_LETTER_OR_DIGIT.matcher(pinyin).replaceAll("");
    return joined.isEmpty() ? null : joined;
  }

  private static final Pattern NOT_LETTER_OR_DIGIT = Pattern.compile("[^a-z0-9]");

  /** The token's character at {@code i}, or the boundary marks before and after it. */
  private static char charAt(String s, int i) {
    return i < 0 ? '^' : i >= s.length() ? '$' : s.charAt(i);
  }

  /** The Jaccard overlap of two sketches, in [0, 1]; 0 when both are empty. */
  static float likeness(long a, long b) {
    int union = Long.bitCount(a | b);
    return union == 0 ? 0f : Long.bitCount(a & b) / (float) union;
  }

  /**
   * Character 3-grams of the identifying tokens written together (all matching tokens when there are
   * none), with boundary marks: they recall typos and words written apart or together.
   */
  private static Set<String> grams(AnalyzedName n, String pinyin) {
    List<NameToken> tokens = n.matchTokens();
    StringBuilder joined = new StringBuilder("^");
    boolean any = tokens.stream().anyMatch(t -> PreparedName.isIdentifying(t.kind()));
    for (NameToken t : tokens) {
      if (!any || PreparedName.isIdentifying(t.kind())) joined.append(t.text());
    }
    joined.append('$');
    Set<String> out = new LinkedHashSet<>();
    addGrams(joined, out);
    // a name in Chinese characters is also its pinyin: grams that a query in pinyin (or a Latin entry's
    // pinyin, for a query in characters) shares wherever either cuts its words
    if (pinyin != null) addGrams("^" + pinyin + "$", out);
    return out;
  }

  private static void addGrams(CharSequence joined, Set<String> out) {
    if (joined.length() <= 2) return;
    for (int i = 0; i + GRAM_SIZE <= joined.length(); i++) out.add(joined.subSequence(i, i + GRAM_SIZE).toString());
  }
}
