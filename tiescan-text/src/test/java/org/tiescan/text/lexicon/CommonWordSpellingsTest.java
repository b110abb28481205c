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

  /**
   * The correction is what comparing the word with every common word gives: the one common word it is a
   * single interior edit from, else none. Checked on every single edit of real common words (each
   * deletion, insertion, substitution and swap, first and last letters included) and on random words,
   * so that the quick test of a word's first and last letters and length never rules out a correction.
   */
  @Test
  void theCorrectionIsTheOneCommonWordAnInteriorEditAway() {
    List<String> common = List.of("limited", "company", "technology", "technologies", "international", "corporation",
        "incorporated", "laboratory", "laboratories", "industrial", "investment", "development", "engineering",
        "holding", "holdings", "trading");
    CommonWordSpellings spellings = new CommonWordSpellings(common);
    java.util.Set<String> typed = new java.util.LinkedHashSet<>();
    for (String w : common) typed.addAll(everySingleEdit(w));
    Random random = new Random(5);
    for (int n = 0; n < 5_000; n++) {
      StringBuilder w = new StringBuilder();
      for (int i = 6 + random.nextInt(8); i > 0; i--) w.append((char) ('a' + random.nextInt(26)));
      typed.add(w.toString());
    }
    int corrected = 0;
    for (String t : typed) {
      String expected = byComparingWithEach(t, common);
      assertThat(spellings.correction(t)).as(t).isEqualTo(expected);
      if (expected != null) corrected++;
    }
    assertThat(corrected).isGreaterThan(1_000);
  }

  private static String byComparingWithEach(String typed, List<String> common) {
    if (typed.length() < CommonWordSpellings.MIN_MISSPELLING || common.contains(typed)) return null;
    List<String> near = common.stream().filter(w -> CommonWordSpellings.oneEdit(typed, w)).toList();
    return near.size() == 1 ? near.get(0) : null;
  }

  private static List<String> everySingleEdit(String w) {
    List<String> out = new java.util.ArrayList<>();
    for (int i = 0; i <= w.length(); i++) {
      if (i < w.length()) out.add(w.substring(0, i) + w.substring(i + 1));
      if (i + 1 < w.length()) out.add(w.substring(0, i) + w.charAt(i + 1) + w.charAt(i) + w.substring(i + 2));
      for (char c = 'a'; c <= 'z'; c++) {
        out.add(w.substring(0, i) + c + w.substring(i));
        if (i < w.length()) out.add(w.substring(0, i) + c + w.substring(i + 1));
      }
    }
    return out;
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
