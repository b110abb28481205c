package org.tiescan.text;

import com.ibm.icu.text.Normalizer2;
import com.ibm.icu.text.Transliterator;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Factory for the standard analyzer. PLACEHOLDER: a minimal Latin-only implementation so the other
 * modules can be built against the contract; the full one (knowledge files, Han segmentation,
 * per-character pinyin cache) replaces the body of {@link #standard()}.
 */
public final class NameAnalyzers {
  private static final Set<String> LEGAL_FORMS = Set.of("co", "ltd", "limited", "corp", "corporation",
      "inc", "incorporated", "llc", "gmbh", "ag", "sa", "ooo", "plc", "company");
  private static final Set<String> STOPWORDS = Set.of("of", "the", "and");

  private NameAnalyzers() {}

  public static NameAnalyzer standard() {
    Normalizer2 nfkc = Normalizer2.getNFKCCasefoldInstance();
    Transliterator toLatin = Transliterator.getInstance("Any-Latin; Latin-ASCII");
    return name -> {
      String latin = toLatin.transliterate(nfkc.normalize(name == null ? "" : name));
      List<NameToken> tokens = new ArrayList<>();
      for (String t : latin.toLowerCase(java.util.Locale.ROOT).split("[^a-z0-9]+")) {
        if (t.isEmpty()) continue;
        TokenKind kind = LEGAL_FORMS.contains(t) ? TokenKind.LEGAL_FORM
            : STOPWORDS.contains(t) ? TokenKind.STOPWORD
            : t.chars().allMatch(Character::isDigit) ? TokenKind.NUMBER : TokenKind.DISTINCTIVE;
        tokens.add(NameToken.literal(t, t, kind));
      }
      return new AnalyzedName(name, "Latin", tokens);
    };
  }
}
