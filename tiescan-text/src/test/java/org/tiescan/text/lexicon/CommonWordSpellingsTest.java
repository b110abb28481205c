package org.tiescan.text.lexicon;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CommonWordSpellingsTest {
  private static final Lexicon LEXICON = Lexicon.standard();

  @ParameterizedTest
  @CsvSource({
      "lmited, limited", "limtied, limited", "cmpany, company", "tehnology, technology",
      "tehcnologies, technologies", "corporaton, corporation", "iternational, international",
      "reesarch, research", "naitonal, national"})
  void aTypoInACommonWordIsThatWord(String typed, String meant) {
    assertThat(LEXICON.commonWordMisspelt(typed)).isEqualTo(meant);
  }

  @ParameterizedTest
  @CsvSource({
      "limited", "company", // the words themselves
      "generali", "generale", "industria", "systema", // another language's ending
      "grup", "sytem", // too short to tell
      "hikvision", "huawei", "sberbank", "hivision", // names (hivision: one letter from division, but the first)
      "hong", "xinjiang", "shanghai"}) // places and words of other phrases
  void otherWordsAreLeftAlone(String word) {
    assertThat(LEXICON.commonWordMisspelt(word)).isNull();
  }

  @Test
  void oneEditIsOneInsertionDeletionSubstitutionOrSwapBeforeTheLastLetter() {
    assertThat(CommonWordSpellings.oneEdit("lmited", "limited")).isTrue();
    assertThat(CommonWordSpellings.oneEdit("limiited", "limited")).isTrue();
    assertThat(CommonWordSpellings.oneEdit("limjted", "limited")).isTrue();
    assertThat(CommonWordSpellings.oneEdit("lmiited", "limited")).isTrue();
    assertThat(CommonWordSpellings.oneEdit("limitde", "limited")).isFalse(); // the last letter
    assertThat(CommonWordSpellings.oneEdit("kimited", "limited")).isFalse(); // the first
    assertThat(CommonWordSpellings.oneEdit("ilmited", "limited")).isFalse();
    assertThat(CommonWordSpellings.oneEdit("limitedd", "limited")).isFalse();
    assertThat(CommonWordSpellings.oneEdit("limite", "limited")).isFalse();
    assertThat(CommonWordSpellings.oneEdit("lmtied", "limited")).isFalse(); // two edits
    assertThat(CommonWordSpellings.oneEdit("limited", "limited")).isFalse();
  }

  /** A name of 200,000 letters is looked up at once (its one-letter deletions would take minutes: a hang guard, not a speed target). */
  @Test
  @org.junit.jupiter.api.Timeout(60)
  void aHugeWordHasNoCorrectionAndCostsNothing() {
    String huge = "limited".repeat(30_000);
    assertThat(LEXICON.commonWordMisspelt(huge)).isNull();
    assertThat(LEXICON.commonWordMisspelt(huge.substring(1))).isNull();
  }

  /** Every single interior edit of a common word leads back to it, unless it leads to another common word too. */
  @Test
  void randomInteriorTyposOfCommonWordsAreCorrectedOrLeftAmbiguous() {
    CommonWordSpellings spellings = new CommonWordSpellings(List.of("technology", "international", "corporation",
        "incorporated", "laboratory", "laboratories"));
    Random random = new Random(11);
    for (String word : List.of("technology", "international", "corporation", "incorporated", "laboratory")) {
      for (int n = 0; n < 200; n++) {
        String typed = typo(word, random);
        String corrected = spellings.correction(typed);
        if (corrected != null) assertThat(corrected).as(typed).isEqualTo(word);
        else assertThat(typed).as("only ambiguous or unchanged typos are left").matches(t -> t.equals(word)
            || spellings.isCommonWord(t) || t.startsWith("laborator"));
      }
    }
  }

  private static String typo(String w, Random random) {
    int i = random.nextInt(w.length() - 3) + 1; // interior: never the last letter, nor swapped with it
    char c = (char) ('a' + random.nextInt(26));
    return switch (random.nextInt(4)) {
      case 0 -> w.substring(0, i) + w.substring(i + 1);
      case 1 -> w.substring(0, i) + c + w.substring(i);
      case 2 -> w.substring(0, i) + c + w.substring(i + 1);
      default -> w.substring(0, i) + w.charAt(i + 1) + w.charAt(i) + w.substring(i + 2);
    };
  }
}
