package org.tiescan.match.score;

import java.util.ArrayList;
import java.util.List;
import org.tiescan.text.AnalyzedName;
import org.tiescan.text.NameToken;
import org.tiescan.text.TokenKind;

/**
 * An analysed name made ready for the scorer: its matching tokens with all their forms and rarities,
 * computed once so that scoring a pair needs no analysis and no lookups.
 */
public final class PreparedName {
  private final AnalyzedName analyzed;
  private final NameToken[] tokens;
  /** Each token's own traits: shared between the names of an index's candidates that have the token. */
  private final TokenTraits[] traits;
  private final TokenRarity rarities;
  private final long allLetters;
  /** First characters of every form of every token, as letter-set bits. */
  private final long allInitials;
  private final boolean hasDistinctive;
  private final boolean hasDistinctiveWord;
  private final boolean hasModifier;
  /**
   * Texts and alternatives of the legal-form tokens, which do not take part in matching. Found on first
   * use: only a token left unmatched asks whether it echoes the other name's legal form.
   */
  private volatile String[] legalForms;
  /**
   * runs[i][m]: tokens i..i+m+1 written together, for compound matching; each made when first asked for: only
   * aligning needs them, most candidates are never aligned, and most runs are too long for the other name's
   * tokens to be asked for at all (making them all was 8 % of a batch's allocation at 1M entities).
   */
  private volatile String[][] runs;
  /** Tokens that are the initials of a run of the name's other words ("… Astronautics (BUAA)"). */
  private final boolean[] ownAcronym;
  /** wordFrom[i]..wordTo[i]: the tokens translated from the same word as token i (研究院 → research institute). */
  private final int[] wordFrom;
  private final int[] wordTo;
  /**
   * placeFrom[i]..placeTo[i]: the place an administrative unit qualifies (四川 of 四川省, "Hunan" of
   * "Hunan Provincial"); empty for other tokens.
   */
  private final int[] placeFrom;
  private final int[] placeTo;
  /**
   * The country itself, in the forms that open Chinese organisation names (中国, 中华, 中华人民共和国 and
   * every word of its translation) or stand in their English names (China, Chinese, PRC).
   */
  private static final java.util.Set<String> COUNTRY_WORDS = java.util.Set.of(
      "中国", "中华", "中华人民共和国", "china", "chinese", "prc");
  /** For a country token, its share of its translated word (1/3 for each of people, republic, china); else 0. */
  private final double[] country;
  /**
   * Tokens in a bracketed part of the name or in a short tail after its last comma (see {@link #qualifiers}).
   * Found on first use: only a comparison across scripts asks ({@link NameScorer#mayBeLeftOutQualifier}),
   * and most candidates are in the query's script.
   */
  private volatile boolean[] qualifier;
  /**
   * Places and generic words that occur more than once in the name ("… Corporation of China (China)",
   * 淮南市科学技术局（淮南市外国专家局）). Not distinctive words: "Huawei Technologies (Huawei). Affiliated
   * Entity: Hangzhou Huawei …" names two companies, and the second "Huawei" tells them apart.
   */
  private final boolean[] repeated;
  /**
   * For each two adjacent tokens k and k+1: their letters together (low 64 bits of a letter set) and their
   * length together, which the bound asks of every pair for every token of the other name (see
   * {@link NameBound}); each read through the tokens' traits and texts was most of the bound's time.
   */
  private final long[] pairLetters;
  private final int[] pairLengths;
  /** Per token: the length of its longest form when it has a form other than its text, else -1 (see {@link #hasOtherForm}). */
  private final int[] otherFormLengths;
  /** Tokens before this index name the parent of an "affiliated" body (首都医科大学 of 首都医科大学附属…医院); 0 if none. */
  private final int parentEnd;
  /** First token of the part of the name (main part or qualifier) that holds 附属. */
  private final int parentFrom;

  private PreparedName(AnalyzedName analyzed, TokenTraits[] known, TokenRarity rarities) {
    this.analyzed = analyzed;
    this.tokens = matchTokens(analyzed);
    this.traits = traitsOf(analyzed, tokens, known);
    this.rarities = rarities;
    long all = 0;
    long firsts = 0;
    boolean distinctive = false;
    boolean word = false;
    boolean modifier = false;
    for (int i = 0; i < tokens.length; i++) {
      all |= traits[i].letters();
      firsts |= traits[i].initials();
      distinctive |= isIdentifying(tokens[i].kind());
      word |= tokens[i].kind() == TokenKind.DISTINCTIVE;
      modifier |= !isIdentifying(tokens[i].kind());
    }
    this.allLetters = all;
    this.allInitials = firsts;
    this.pairLetters = pairLetters(traits);
    this.pairLengths = pairLengths(tokens);
    this.otherFormLengths = otherFormLengths();
    this.hasDistinctive = distinctive;
    this.hasDistinctiveWord = word;
    this.hasModifier = modifier;
    // each step below is its own method: short methods are compiled (and recompiled) separately, where
    // one long constructor was the JIT's largest task in a fresh JVM (docs/benchmarks.md, wave 15)
    this.wordFrom = new int[tokens.length];
    this.wordTo = new int[tokens.length];
    findTranslatedWords();
    this.placeFrom = new int[tokens.length];
    this.placeTo = new int[tokens.length];
    findQualifiedPlaces();
    this.repeated = repeatedModifiers(tokens);
    this.country = countryShares();
    this.ownAcronym = new boolean[tokens.length];
    for (int j = 0; j < tokens.length; j++) ownAcronym[j] = initialsOfOtherWords(j);
    int affiliated = 0;
    while (affiliated < tokens.length && !traits[affiliated].affiliated()) affiliated++;
    this.parentEnd = affiliated < tokens.length ? affiliated + 1 : 0;
    this.parentFrom = affiliated < tokens.length ? partStart(affiliated) : 0;
  }

  private static long[] pairLetters(TokenTraits[] traits) {
    long[] out = new long[Math.max(0, traits.length - 1)];
    for (int k = 0; k < out.length; k++) out[k] = traits[k].letters() | traits[k + 1].letters();
    return out;
  }

  private static int[] pairLengths(NameToken[] tokens) {
    int[] out = new int[Math.max(0, tokens.length - 1)];
    for (int k = 0; k < out.length; k++) out[k] = tokens[k].text().length() + tokens[k + 1].text().length();
    return out;
  }

  private int[] otherFormLengths() {
    int[] out = new int[tokens.length];
    for (int j = 0; j < tokens.length; j++) out[j] = hasOtherForm(j) ? traits[j].longestForm() : -1;
    return out;
  }

  /** Fills {@link #wordFrom} and {@link #wordTo}: runs of tokens translated from one word. */
  private void findTranslatedWords() {
    for (int i = 0; i < tokens.length; ) {
      int end = i + 1;
      while (end < tokens.length && sameTranslatedWord(tokens[i], tokens[end])) end++;
      for (int k = i; k < end; k++) {
        wordFrom[k] = i;
        wordTo[k] = end;
      }
      i = end;
    }
  }

  /**
   * Fills {@link #placeFrom} and {@link #placeTo}: an administrative unit (and the rest of its word)
   * after a place word qualifies that place.
   */
  private void findQualifiedPlaces() {
    for (int i = tokens.length > 0 ? wordTo[0] : 0; i < tokens.length; i = wordTo[i]) {
      int before = wordFrom[i - 1];
      boolean qualifies = isAdministrativeUnit(tokens[i])
          && (tokens[before].kind() == TokenKind.PLACE || placeTo[before] > placeFrom[before]);
      if (!qualifies) continue;
      int from = placeTo[before] > placeFrom[before] ? placeFrom[before] : before;
      for (int k = i; k < wordTo[i]; k++) {
        placeFrom[k] = from;
        placeTo[k] = i;
      }
    }
  }

  /** Places and generic words said more than once in the name (see {@link #repeated}). */
  private static boolean[] repeatedModifiers(NameToken[] tokens) {
    boolean[] out = new boolean[tokens.length];
    for (int i = 0; i < tokens.length; i++) {
      for (int k = i + 1; k < tokens.length; k++) {
        if (tokens[i].text().equals(tokens[k].text()) && !isIdentifying(tokens[i].kind())) out[i] = out[k] = true;
      }
    }
    return out;
  }

  /** Each country token's share of its translated word (see {@link #country}). */
  private double[] countryShares() {
    double[] out = new double[tokens.length];
    for (int i = 0; i < tokens.length; i++) {
      boolean isCountry = tokens[i].kind() == TokenKind.PLACE
          && (COUNTRY_WORDS.contains(tokens[i].text()) || COUNTRY_WORDS.contains(tokens[i].source()));
      // the words of one translation (中华人民共和国 → people, republic, china) share one word's weight
      if (isCountry) out[i] = 1.0 / (wordTo[i] - wordFrom[i]);
    }
    return out;
  }

  /**
   * The first token of the part of the name (main part or qualifier) holding token {@code at}: the parent
   * is named in the same part as 附属, and a bracketed "(…附属医院)" names the parent of the bracket's body,
   * not of the main name before it.
   */
  private int partStart(int at) {
    int from = at;
    while (from > 0 && inQualifier(from - 1) == inQualifier(at)) from--;
    return from;
  }

  /** Most matching words a comma tail may have to count as a qualifier ("…, Capital Medical University"). */
  private static final int MAX_TAIL_WORDS = 4;

  /**
   * Which matching tokens stand in a qualifier of the name: inside brackets (淮南市科学技术局（淮南市外国专家局）,
   * "… Precision Medicine (Guangzhou)") or after the last comma outside brackets when that tail is short
   * and holds no legal form ("China University of Petroleum, Beijing"; not "Co., Ltd. …"). Tokens are
   * placed by finding their sources, in order, in the NFKC form of the original.
   */
  private static boolean[] qualifiers(AnalyzedName analyzed, NameToken[] match) {
    boolean[] out = new boolean[match.length];
    String original = analyzed.original();
    if (original == null || !hasQualifierMark(original)) return out;
    // NFKC leaves ASCII as it is: most Latin names need no normalising pass
    String s = isAscii(original) ? original : java.text.Normalizer.normalize(original, java.text.Normalizer.Form.NFKC);
    int[] depth = new int[s.length() + 1];
    int d = 0;
    int lastComma = -1;
    for (int i = 0; i < s.length(); i++) {
      char ch = s.charAt(i);
      if (ch == ')' || ch == ']') d = Math.max(0, d - 1);
      depth[i] = d;
      if (ch == '(' || ch == '[') d++;
      if (ch == ',' && d == 0) lastComma = i;
    }
    depth[s.length()] = d;
    // where each token (legal forms and stop words too) starts; translations of one word share their source
    List<NameToken> all = analyzed.tokens();
    int[] at = new int[all.size()];
    int cursor = 0;
    for (int t = 0; t < all.size(); t++) {
      String source = all.get(t).source();
      if (t > 0 && source.equals(all.get(t - 1).source()) && isTranslation(all.get(t))) {
        at[t] = at[t - 1];
        continue;
      }
      int found = source.isEmpty() ? -1 : s.indexOf(source, cursor);
      at[t] = found < 0 ? cursor : found;
      if (found >= 0) cursor = found + source.length();
    }
    boolean tail = lastComma >= 0;
    int tailWords = 0;
    int mainWords = 0;
    for (int t = 0; t < all.size(); t++) {
      boolean matching = all.get(t).matching();
      if (at[t] > lastComma && all.get(t).kind() == TokenKind.LEGAL_FORM) tail = false;
      if (matching && at[t] > lastComma) tailWords++;
      if (matching && depth[at[t]] == 0 && at[t] < lastComma) mainWords++;
    }
    tail &= tailWords > 0 && tailWords <= MAX_TAIL_WORDS && mainWords > 0;
    int m = 0;
    boolean anyMain = false;
    for (int t = 0; t < all.size() && m < match.length; t++) {
      if (all.get(t) != match[m]) continue;
      out[m] = depth[at[t]] > 0 || tail && at[t] > lastComma;
      anyMain |= !out[m];
      m++;
    }
    // a name written wholly in brackets or as its tail has no main part to qualify
    return anyMain ? out : new boolean[match.length];
  }

  private static boolean isAscii(String s) {
    for (int i = 0; i < s.length(); i++) if (s.charAt(i) >= 0x80) return false;
    return true;
  }

  /** Brackets and commas, half- or full-width (NFKC folds the full-width ones to half-width). */
  private static boolean hasQualifierMark(String s) {
    for (int i = 0; i < s.length(); i++) {
      switch (s.charAt(i)) {
        case '(', '[', ',', '（', '［', '，' -> { return true; }
        default -> { }
      }
    }
    return false;
  }

  /** The word that says the body before it is the parent: 首都医科大学附属北京朝阳医院 (sources keep traditional 附屬). */
  private static final java.util.Set<String> AFFILIATED = java.util.Set.of("附属", "附屬");

  /** Whether the token is 附属 "affiliated": the parent body is named before it (首都医科大学附属…医院). */
  static boolean isAffiliated(NameToken t) {
    return AFFILIATED.contains(t.source());
  }

  private boolean initialsOfOtherWords(int j) {
    String acronym = tokens[j].text();
    int n = acronym.length();
    if (n < 3 || n > 8 || tokens[j].kind() != TokenKind.DISTINCTIVE) return false;
    // a–z only: known already for the acronym-shaped lengths
    if (n <= 6 ? !traits[j].acronymShaped() : !isLetters(acronym)) return false;
    for (int i = 0; i + n <= tokens.length; i++) {
      if ((j < i || j >= i + n) && initialsAt(i, acronym)) return true;
    }
    return false;
  }

  /** Whether tokens {@code from..} start, one by one, with the letters of {@code acronym} (any of their forms). */
  boolean initialsAt(int from, String acronym) {
    for (int k = 0; k < acronym.length(); k++) {
      char want = acronym.charAt(k);
      // the first letters of the forms as bits decide for a–z, the letters acronyms are made of
      if (want >= 'a' && want <= 'z') {
        if ((traits[from + k].initials() & TokenTraits.letterBit(want)) == 0) return false;
        continue;
      }
      boolean any = false;
      for (String f : traits[from + k].forms()) any |= !f.isEmpty() && f.charAt(0) == want;
      if (!any) return false;
    }
    return true;
  }

  /** The matching tokens (not legal forms or stop words), without the list {@link AnalyzedName#matchTokens} builds. */
  private static NameToken[] matchTokens(AnalyzedName analyzed) {
    // indexed loops: an iterator over the immutable list was a measurable share of a batch's garbage
    List<NameToken> all = analyzed.tokens();
    int n = 0;
    for (int t = 0; t < all.size(); t++) if (all.get(t).matching()) n++;
    NameToken[] out = new NameToken[n];
    int i = 0;
    for (int t = 0; t < all.size(); t++) if (all.get(t).matching()) out[i++] = all.get(t);
    return out;
  }

  /**
   * The traits of the matching tokens: those of {@code known} (one per token of the analysed name, from
   * an index that shares them between its candidates) or worked out here.
   */
  private static TokenTraits[] traitsOf(AnalyzedName analyzed, NameToken[] match, TokenTraits[] known) {
    TokenTraits[] out = new TokenTraits[match.length];
    if (known == null) {
      for (int i = 0; i < match.length; i++) out[i] = TokenTraits.of(match[i]);
      return out;
    }
    List<NameToken> all = analyzed.tokens();
    int m = 0;
    for (int t = 0; t < all.size() && m < match.length; t++) if (all.get(t) == match[m]) out[m++] = known[t];
    return out;
  }

  static boolean isLetters(String s) {
    return TokenTraits.isLetters(s);
  }

  /**
   * The administrative unit written after a place name (四川省 "Sichuan Province", 上海市 "Shanghai
   * Municipal", "Hunan Provincial"): GB/T 2260 names every division with it, English names mostly
   * leave it out ("Sichuan Bureau of Geology"), so it is read as part of the place's word, and left
   * unmatched it weighs like the unmatched part of a translation. The words are the English forms of
   * the GB/T 2260 suffixes in generic-words.tsv (a Chinese suffix is translated to them).
   */
  private static final java.util.Set<String> ADMINISTRATIVE_UNITS = java.util.Set.of(
      "province", "provincial", "city", "municipal", "municipality", "county", "district", "prefecture",
      "autonomous", "region", "town");

  private static boolean isAdministrativeUnit(NameToken t) {
    return t.kind() == TokenKind.GENERIC && ADMINISTRATIVE_UNITS.contains(t.text());
  }

  /** Adjacent tokens of one translated word share its source (研究院 → research, institute). */
  private static boolean sameTranslatedWord(NameToken a, NameToken b) {
    return isTranslation(a) && isTranslation(b) && a.source().equals(b.source());
  }

  private static boolean isTranslation(NameToken t) {
    return "translation".equals(t.via()) || "conventional-name".equals(t.via());
  }

  public static PreparedName of(AnalyzedName analyzed, TokenRarity rarities) {
    return new PreparedName(analyzed, null, rarities);
  }

  /**
   * A name whose tokens' traits are known already: {@code traits} holds one for each token of {@code
   * analyzed} (legal forms and stop words too), in order.
   */
  public static PreparedName of(AnalyzedName analyzed, TokenTraits[] traits, TokenRarity rarities) {
    if (traits.length != analyzed.tokens().size()) {
      throw new IllegalArgumentException(traits.length + " traits for " + analyzed.tokens().size() + " tokens");
    }
    return new PreparedName(analyzed, traits, rarities);
  }

  private static final String[] NONE = new String[0];

  private static String[] legalForms(AnalyzedName analyzed) {
    List<String> out = null;
    List<NameToken> all = analyzed.tokens();
    for (int i = 0; i < all.size(); i++) {
      NameToken t = all.get(i);
      if (t.kind() != TokenKind.LEGAL_FORM) continue;
      if (out == null) out = new ArrayList<>(2);
      if (!out.contains(t.text())) out.add(t.text());
      for (String alt : t.alternatives()) if (!out.contains(alt)) out.add(alt);
    }
    return out == null ? NONE : out.toArray(String[]::new);
  }

  /** Distinctive words and numbers tell organisations apart; places and generic words only qualify them. */
  public static boolean isIdentifying(TokenKind kind) {
    return kind == TokenKind.DISTINCTIVE || kind == TokenKind.NUMBER;
  }

  public AnalyzedName analyzed() { return analyzed; }
  public String original() { return analyzed.original(); }
  public int size() { return tokens.length; }
  public NameToken token(int i) { return tokens[i]; }
  public String text(int i) { return tokens[i].text(); }
  public String[] forms(int i) { return traits[i].forms(); }
  public TokenKind kind(int i) { return tokens[i].kind(); }
  public double rarity(int i) { return traits[i].rarity(rarities); }
  public boolean hasDistinctive() { return hasDistinctive; }
  /** Whether a distinctive word (not only a number) is among the tokens. */
  public boolean hasDistinctiveWord() { return hasDistinctiveWord; }
  /** Whether a place, generic word or other non-identifying token is among the tokens. */
  boolean hasModifier() { return hasModifier; }
  long letters(int i) { return traits[i].letters(); }
  /** Letters of tokens k and k+1 together. */
  long pairLetters(int k) { return pairLetters[k]; }
  /** Length of tokens k and k+1 together. */
  int pairLength(int k) { return pairLengths[k]; }
  /** The length of token i's longest form if it has a form other than its text ({@link #hasOtherForm}), else -1. */
  int otherFormLength(int i) { return otherFormLengths[i]; }
  String[] compactForms(int i) { return traits[i].compactForms(); }
  /** The token's multi-word forms, each split into its words. */
  String[][] phrases(int i) { return traits[i].phrases(); }
  long bigrams(int i) { return traits[i].bigrams(); }
  /** A 64-bit sketch of the token's forms: two tokens can share a form only if their sketches intersect. */
  long formBits(int i) { return traits[i].formBits(); }
  String[] legalForms() {
    String[] forms = legalForms;
    if (forms == null) legalForms = forms = legalForms(analyzed);
    return forms;
  }
  /** Tokens {@code from..from+count-1} written together ({@code count} from 2 to {@link NameScorer#MAX_COMPOUND}), or null. */
  String run(int from, int count) {
    if (from + count > tokens.length) return null;
    String[][] r = runs;
    if (r == null) runs = r = new String[tokens.length][NameScorer.MAX_COMPOUND - 1];
    String joined = r[from][count - 2];
    if (joined == null) {
      StringBuilder b = new StringBuilder(runLength(from, count));
      for (int k = from; k < from + count; k++) b.append(tokens[k].text());
      // a thread racing this one makes the same string: either may stay
      r[from][count - 2] = joined = b.toString();
    }
    return joined;
  }

  /** The length of tokens {@code from..from+count-1} written together. */
  int runLength(int from, int count) {
    int length = 0;
    for (int k = from; k < from + count; k++) length += tokens[k].text().length();
    return length;
  }
  boolean hasDigit(int i) { return traits[i].hasDigit(); }
  /** Whether token {@code i} is the initials of a run of this name's other words. */
  boolean isOwnAcronym(int i) { return ownAcronym[i]; }
  /** Whether token {@code i} names the country (中国, 中华人民共和国, China, PRC). */
  boolean isCountry(int i) { return country[i] > 0; }
  /** A country token's share of its translated word: 1 for 中国 → china, 1/3 for each word of 中华人民共和国. */
  double countryShare(int i) { return country[i]; }
  /** Whether token {@code i} stands in brackets or in a short tail after the name's last comma. */
  boolean inQualifier(int i) {
    boolean[] q = qualifier;
    if (q == null) qualifier = q = qualifiers(analyzed, tokens);
    return q[i];
  }
  /** Whether token {@code i} belongs to the parent named before 附属 "affiliated" (or is that word). */
  boolean inParentPrefix(int i) { return i >= parentFrom && i < parentEnd; }
  /**
   * Whether token {@code i}, a place or generic word, repeats one of this name that comes first or is
   * matched ({@code matched} tells which tokens are): a word said twice ("Commercial Aircraft
   * Corporation of China (China)") is one word, counted once.
   */
  boolean repeats(int i, java.util.function.IntPredicate matched) {
    if (!repeated[i]) return false;
    for (int k = 0; k < tokens.length; k++) {
      if (k != i && (k < i || matched.test(k)) && tokens[k].text().equals(tokens[i].text())) return true;
    }
    return false;
  }

  /**
   * Whether token {@code i} is left out only as part of something the other name has: another word of
   * its translated word (研究院 "research" when "institute" matched) or the place its administrative
   * unit qualifies (省 "province" when 四川 "sichuan" matched); {@code matched} tells which tokens are.
   */
  boolean partOfMatched(int i, java.util.function.IntPredicate matched) {
    for (int k = wordFrom[i]; k < wordTo[i]; k++) if (matched.test(k)) return true;
    for (int k = placeFrom[i]; k < placeTo[i]; k++) if (matched.test(k)) return true;
    return false;
  }
  /** Letters of the token and of all its compact forms. */
  long formLetters(int i) { return traits[i].formLetters(); }
  /** First characters of the token's forms, as letter-set bits. */
  long initials(int i) { return traits[i].initials(); }
  /**
   * Whether some tokens' initials could spell a word of these letters (a letter set as {@link
   * #letters}): every letter must be the first of some form of some token. Rules out most short words
   * before their initials are looked for run by run.
   */
  boolean mayHaveInitials(long letters) {
    return (letters & ~allInitials) == 0;
  }

  /** Whether token {@code i} is 2 to 6 letters a–z, the shape of an acronym. */
  boolean acronymShaped(int i) { return traits[i].acronymShaped(); }
  /** Letters of all tokens together. */
  long allLetters() { return allLetters; }
  /** Whether a compact form other than the token's own text exists (an alternative that may equal a compound). */
  private boolean hasOtherForm(int i) {
    String[] compact = traits[i].compactForms();
    return compact.length > 1 || compact[0] != tokens[i].text();
  }
}
