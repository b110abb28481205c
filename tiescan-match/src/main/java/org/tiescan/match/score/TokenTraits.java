package org.tiescan.match.score;

import java.util.ArrayList;
import java.util.List;
import org.tiescan.text.NameToken;

/**
 * What the scorer reads of one token on its own: its forms, their letter sets and initials, its shape.
 * It depends on the token alone, so an index's candidates share one per distinct token (the index
 * keeps a vocabulary of its tokens) instead of working it out for every name the token occurs in
 * (docs/benchmarks.md, wave 12). Immutable but for the rarity, looked up on first use: a candidate
 * whose bound falls short never needs it, and the lookups were a tenth of a batch at 1M entities
 * (wave 7).
 */
public final class TokenTraits {
  private final NameToken token;
  private final String[] forms;
  private final String[] compactForms;
  /** The multi-word forms split into their words (an acronym's expansion): none for most tokens. */
  private final String[][] phrases;
  private final long letters;
  private final long bigrams;
  private final long formBits;
  private final boolean digit;
  private final long formLetters;
  private final int longestForm;
  private final long initials;
  private final boolean acronymShaped;
  /**
   * Whether the token is 附属 "affiliated" ({@link PreparedName#isAffiliated}): asked of every token of
   * every candidate prepared, and the token's source string is otherwise not read (a cache miss each).
   */
  private final boolean affiliated;
  /** The token's rarity and the rarities it was looked up in: a shared token may meet another index's. */
  private volatile Rarity rarity;

  private record Rarity(TokenRarity of, double value) {}

  private TokenTraits(NameToken token) {
    this.token = token;
    String text = token.text();
    this.forms = formsOf(token);
    this.compactForms = compact(forms);
    this.phrases = phrases(forms);
    this.letters = letterSet(text);
    this.bigrams = bigramSet(text);
    long bits = 0;
    for (String f : forms) bits |= 1L << (f.hashCode() & 63);
    this.formBits = bits;
    this.digit = hasDigit(text);
    long fl = letters;
    int longest = text.length();
    for (String f : compactForms) {
      fl |= letterSet(f);
      longest = Math.max(longest, f.length());
    }
    this.formLetters = fl;
    this.longestForm = longest;
    long firsts = 0;
    for (String f : forms) if (!f.isEmpty()) firsts |= letterBit(f.charAt(0));
    this.initials = firsts;
    this.acronymShaped = text.length() >= 2 && text.length() <= 6 && isLetters(text);
    this.affiliated = PreparedName.isAffiliated(token);
  }

  public static TokenTraits of(NameToken token) {
    return new TokenTraits(token);
  }

  public NameToken token() { return token; }
  String[] forms() { return forms; }
  String[] compactForms() { return compactForms; }
  String[][] phrases() { return phrases; }
  long letters() { return letters; }
  long bigrams() { return bigrams; }
  long formBits() { return formBits; }
  boolean hasDigit() { return digit; }
  long formLetters() { return formLetters; }
  int longestForm() { return longestForm; }
  long initials() { return initials; }
  boolean acronymShaped() { return acronymShaped; }
  boolean affiliated() { return affiliated; }

  /** The token's rarity among {@code rarities}' entries, looked up once for each source of rarities. */
  double rarity(TokenRarity rarities) {
    Rarity r = rarity;
    if (r == null || r.of() != rarities) rarity = r = new Rarity(rarities, rarities.of(token.text()));
    return r.value();
  }

  private static String[] formsOf(NameToken t) {
    // most tokens have no alternatives: no list to build for them
    if (t.alternatives().isEmpty()) return new String[] {t.text()};
    List<String> out = new ArrayList<>(1 + t.alternatives().size());
    out.add(t.text());
    for (String alt : t.alternatives()) {
      if (!alt.isEmpty() && !out.contains(alt)) out.add(alt);
    }
    return out.toArray(String[]::new);
  }

  private static final java.util.Set<String> JOINING_WORDS = java.util.Set.of("and", "of", "the", "for");

  /**
   * Forms written as one word: multi-word alternatives ("hai kang wei shi", "xinjiang production and
   * construction corps") without spaces and function words, to meet adjacent tokens joined together.
   */
  private static String[] compact(String[] forms) {
    boolean spaced = false;
    for (String f : forms) spaced |= f.indexOf(' ') >= 0;
    // most tokens have no multi-word form: their forms are their compact forms
    if (!spaced) return forms;
    List<String> out = new ArrayList<>(forms.length);
    for (String f : forms) {
      if (f.indexOf(' ') < 0) {
        out.add(f);
        continue;
      }
      StringBuilder joined = new StringBuilder();
      for (String w : f.split(" ")) if (!JOINING_WORDS.contains(w)) joined.append(w);
      if (!out.contains(joined.toString())) out.add(joined.toString());
    }
    return out.toArray(String[]::new);
  }

  private static final String[][] NO_PHRASES = new String[0][];

  private static String[][] phrases(String[] forms) {
    List<String[]> out = null;
    for (String f : forms) {
      if (f.indexOf(' ') < 0) continue;
      if (out == null) out = new ArrayList<>(1);
      out.add(f.split(" "));
    }
    return out == null ? NO_PHRASES : out.toArray(String[][]::new);
  }

  /** The set of characters of a token as bits (a-z, 0-9, anything else folded together). */
  static long letterSet(String s) {
    long bits = 0;
    for (int i = 0; i < s.length(); i++) bits |= letterBit(s.charAt(i));
    return bits;
  }

  static long letterBit(char ch) {
    int bit = ch >= 'a' && ch <= 'z' ? ch - 'a' : ch >= '0' && ch <= '9' ? 26 + ch - '0' : 36 + (ch % 27);
    return 1L << bit;
  }

  private static boolean hasDigit(String s) {
    for (int i = 0; i < s.length(); i++) if (s.charAt(i) >= '0' && s.charAt(i) <= '9') return true;
    return false;
  }

  /** The set of adjacent letter pairs of a token, hashed into 64 bits. */
  private static long bigramSet(String s) {
    long bits = 0;
    for (int i = 1; i < s.length(); i++) bits |= 1L << ((s.charAt(i - 1) * 31 + s.charAt(i)) & 63);
    return bits;
  }

  static boolean isLetters(String s) {
    for (int i = 0; i < s.length(); i++) {
      char ch = s.charAt(i);
      if (ch < 'a' || ch > 'z') return false;
    }
    return true;
  }
}
