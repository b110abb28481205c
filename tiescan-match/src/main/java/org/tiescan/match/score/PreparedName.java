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
  private final String[][] forms;
  private final double[] rarity;
  private final long[] letters;
  private final boolean[] digits;
  private final boolean hasDistinctive;
  /** Texts and alternatives of the legal-form tokens, which do not take part in matching. */
  private final String[] legalForms;
  /** runs[i][m]: tokens i..i+m+1 written together, for compound matching; null past the end. */
  private final String[][] runs;

  private PreparedName(AnalyzedName analyzed, TokenRarity rarities) {
    this.analyzed = analyzed;
    List<NameToken> match = analyzed.matchTokens();
    this.tokens = match.toArray(NameToken[]::new);
    this.forms = new String[tokens.length][];
    this.rarity = new double[tokens.length];
    this.letters = new long[tokens.length];
    this.digits = new boolean[tokens.length];
    boolean distinctive = false;
    for (int i = 0; i < tokens.length; i++) {
      forms[i] = formsOf(tokens[i]);
      rarity[i] = rarities.of(tokens[i].text());
      letters[i] = letterSet(tokens[i].text());
      digits[i] = tokens[i].text().chars().anyMatch(ch -> ch >= '0' && ch <= '9');
      distinctive |= isIdentifying(tokens[i].kind());
    }
    this.hasDistinctive = distinctive;
    this.legalForms = analyzed.tokens().stream().filter(t -> t.kind() == TokenKind.LEGAL_FORM)
        .flatMap(t -> java.util.stream.Stream.concat(java.util.stream.Stream.of(t.text()), t.alternatives().stream()))
        .distinct().toArray(String[]::new);
    this.runs = new String[tokens.length][NameScorer.MAX_COMPOUND - 1];
    for (int i = 0; i < tokens.length; i++) {
      StringBuilder joined = new StringBuilder(tokens[i].text());
      for (int m = 0; m < NameScorer.MAX_COMPOUND - 1 && i + m + 1 < tokens.length; m++) {
        runs[i][m] = joined.append(tokens[i + m + 1].text()).toString();
      }
    }
  }

  public static PreparedName of(AnalyzedName analyzed, TokenRarity rarities) {
    return new PreparedName(analyzed, rarities);
  }

  private static String[] formsOf(NameToken t) {
    List<String> out = new ArrayList<>(1 + t.alternatives().size());
    out.add(t.text());
    for (String alt : t.alternatives()) {
      if (!alt.isEmpty() && !out.contains(alt)) out.add(alt);
    }
    return out.toArray(String[]::new);
  }

  /** The set of characters of a token as bits (a-z, 0-9, anything else folded together). */
  private static long letterSet(String s) {
    long bits = 0;
    for (int i = 0; i < s.length(); i++) {
      char ch = s.charAt(i);
      int bit = ch >= 'a' && ch <= 'z' ? ch - 'a' : ch >= '0' && ch <= '9' ? 26 + ch - '0' : 36 + (ch % 27);
      bits |= 1L << bit;
    }
    return bits;
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
  public String[] forms(int i) { return forms[i]; }
  public TokenKind kind(int i) { return tokens[i].kind(); }
  public double rarity(int i) { return rarity[i]; }
  public boolean hasDistinctive() { return hasDistinctive; }
  long letters(int i) { return letters[i]; }
  String[] legalForms() { return legalForms; }
  /** Tokens {@code from..from+count-1} written together ({@code count} from 2 to {@link NameScorer#MAX_COMPOUND}), or null. */
  String run(int from, int count) { return runs[from][count - 2]; }
  boolean hasDigit(int i) { return digits[i]; }
}
