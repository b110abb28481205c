package org.tiescan.match.score;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.tiescan.text.AnalyzedName;
import org.tiescan.text.NameAnalyzers;
import org.tiescan.text.NameToken;

class TokenTraitsTest {
  private static final String[] NAMES = {"杭州海康威视数字技术股份有限公司", "Xinjiang Production and Construction Corps (XPCC)",
      "Beijing University of Aeronautics and Astronautics (BUAA)", "首都医科大学附属北京朝阳医院", "HESA TRADE CENTER", "3M Co"};

  /** A name prepared from shared traits is the same to the scorer as one prepared from its tokens. */
  @Test
  void aNameFromSharedTraitsScoresAsOnePreparedAfresh() {
    TokenRarity rarity = token -> token.length() > 5 ? 1.0 : 0.5;
    NameScorer scorer = new NameScorer();
    for (String left : NAMES) {
      for (String right : NAMES) {
        AnalyzedName a = NameAnalyzers.standard().analyze(left);
        AnalyzedName b = NameAnalyzers.standard().analyze(right);
        PreparedName shared = PreparedName.of(b, traits(b), rarity);
        PreparedName fresh = PreparedName.of(b, rarity);
        PreparedName query = PreparedName.of(a, rarity);
        assertThat(scorer.score(query, shared).score()).as("%s / %s", left, right)
            .isEqualTo(scorer.score(query, fresh).score());
      }
    }
  }

  /** A token shared by two indexes' candidates takes its rarity from each index's own counts. */
  @Test
  void keepsTheRarityOfEachIndexApart() {
    TokenTraits t = TokenTraits.of(NameToken.literal("hikvision", "Hikvision", org.tiescan.text.TokenKind.DISTINCTIVE));
    TokenRarity rare = token -> 1.0;
    TokenRarity common = token -> 0.25;
    assertThat(t.rarity(rare)).isEqualTo(1.0);
    assertThat(t.rarity(common)).isEqualTo(0.25);
    assertThat(t.rarity(rare)).isEqualTo(1.0);
  }

  @Test
  void refusesTraitsThatDoNotFitTheName() {
    AnalyzedName a = NameAnalyzers.standard().analyze("HESA TRADE CENTER");
    assertThatThrownBy(() -> PreparedName.of(a, new TokenTraits[1], TokenRarity.uniform()))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("1 traits for 3 tokens");
  }

  private static TokenTraits[] traits(AnalyzedName a) {
    List<NameToken> tokens = a.tokens();
    TokenTraits[] out = new TokenTraits[tokens.size()];
    for (int i = 0; i < out.length; i++) out[i] = TokenTraits.of(tokens.get(i));
    return out;
  }
}
