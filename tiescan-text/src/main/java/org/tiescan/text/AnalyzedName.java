package org.tiescan.text;

import java.util.ArrayList;
import java.util.Collections;
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
    // a loop, not a stream: this runs for every candidate prepared (a million per 10,000 names at 1M entities)
    List<NameToken> out = new ArrayList<>(tokens.size());
    for (NameToken t : tokens) {
      if (t.matching()) out.add(t);
    }
    return Collections.unmodifiableList(out);
  }

  /** The matching tokens joined by spaces: a compact normalised form for display and exact lookups. */
  public String normalized() {
    return matchTokens().stream().map(NameToken::text).collect(Collectors.joining(" "));
  }
}
