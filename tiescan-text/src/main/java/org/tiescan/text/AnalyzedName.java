package org.tiescan.text;

import java.util.List;
import java.util.stream.Collectors;

/**
 * A name after normalisation: the original, the dominant script it was written in, and its tokens.
 *
 * @param original the name as given
 * @param script dominant script, e.g. {@code Latin}, {@code Han}, {@code Cyrillic}
 * @param tokens typed tokens in name order, legal forms included (marked {@link TokenKind#LEGAL_FORM})
 */
public record AnalyzedName(String original, String script, List<NameToken> tokens) {
  public AnalyzedName {
    tokens = List.copyOf(tokens);
  }

  /** Tokens that count for matching: everything but legal forms and stop words. */
  public List<NameToken> matchTokens() {
    return tokens.stream()
        .filter(t -> t.kind() != TokenKind.LEGAL_FORM && t.kind() != TokenKind.STOPWORD)
        .toList();
  }

  /** The matching tokens joined by spaces: a compact normalised form for display and exact lookups. */
  public String normalized() {
    return matchTokens().stream().map(NameToken::text).collect(Collectors.joining(" "));
  }
}
