package org.tiescan.match;

import static org.assertj.core.api.Assertions.assertThat;

import com.ibm.icu.text.BreakIterator;
import com.ibm.icu.text.Transliterator;
import com.ibm.icu.util.ULocale;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.tiescan.sources.ror.RorDump;
import org.tiescan.text.AnalyzedName;
import org.tiescan.text.NameAnalyzers;

/**
 * A name in Chinese characters and the same name in pinyin, cut into words elsewhere than tiescan's segmenter
 * cuts it, share their n-grams and look alike to the re-ranking: on the names in Chinese characters of the ROR
 * sample's Chinese organisations (../shared/data/publications/ror/ror-v2-cn-sample.jsonl, CC0), with pinyin made
 * by ICU (its own dictionary's words, or one syllable at a time), not by tiescan.
 */
class PinyinGramsTest {
  private static final Transliterator PINYIN = Transliterator.getInstance("Han-Latin; Latin-ASCII");

  @Test
  void aNameInCharactersAlsoGivesItsPinyinWrittenTogetherLegalFormsLeftOut() {
    assertThat(IndexFields.joinedPinyin(NameAnalyzers.standard().analyze("中国科学院"))).isEqualTo("zhongguokexueyuan");
    assertThat(IndexFields.joinedPinyin(NameAnalyzers.standard().analyze("上海君实生物医药科技股份有限公司")))
        .isEqualTo("shanghaijunshishengwuyiyaokeji");
    AnalyzedName latin = NameAnalyzers.standard().analyze("Hangzhou Hikvision Digital Technology Co., Ltd.");
    assertThat(IndexFields.joinedPinyin(latin)).isNull();
    assertThat(IndexFields.spelling(latin).sketches()).hasSize(1);
  }

  @Test
  void pinyinCutAnywhereSharesTheGramsAndLooksLikeTheNameInCharacters() throws IOException {
    List<String> names = hanNames();
    assertThat(names).hasSizeGreaterThan(150);
    int[] sharing = new int[2];
    int[] moreAlike = new int[2];
    for (String han : names) {
      AnalyzedName entry = NameAnalyzers.standard().analyze(han);
      long[] sketches = IndexFields.spelling(entry).sketches();
      assertThat(sketches).as(han).hasSize(2);
      Set<String> grams = IndexFields.spelling(entry).grams();
      assertThat(grams).as(han).containsAll(grams("^" + IndexFields.joinedPinyin(entry) + "$"));
      for (int style = 0; style < 2; style++) {
        AnalyzedName query = NameAnalyzers.standard().analyze(pinyin(han, style == 1));
        Set<String> shared = new HashSet<>(IndexFields.spelling(query).grams());
        shared.retainAll(grams);
        if (!shared.isEmpty()) sharing[style]++;
        long q = IndexFields.nameSketch(query);
        float words = IndexFields.likeness(sketches[0], q);
        float pinyin = IndexFields.likeness(sketches[1], q);
        if (pinyin > words) moreAlike[style]++;
      }
    }
    for (int style = 0; style < 2; style++) {
      assertThat(sharing[style]).as("queries sharing a gram, style %d, of %d", style, names.size()).isEqualTo(names.size());
      // the rest: the words' sketch was as alike already (translations whose pinyin is an alternative)
      assertThat(moreAlike[style]).as("more alike through the pinyin sketch, style %d", style).isGreaterThan(names.size() / 2);
    }
  }

  @Test
  void wordsAreCutIntoTheFewestSyllables() {
    assertThat(PinyinSyllables.cut("youxiangongsi")).containsExactly("you", "xian", "gong", "si");
    assertThat(PinyinSyllables.cut("Zhongguo")).containsExactly("zhong", "guo");
    assertThat(PinyinSyllables.cut("xian")).as("xi'an would be written apart").containsExactly("xian");
    assertThat(PinyinSyllables.cut("technology")).isNull();
    assertThat(PinyinSyllables.isSyllable("ng")).as("interjections left out").isFalse();
    assertThat(PinyinSyllables.pairs(PinyinSyllables.of(NameAnalyzers.standard().analyze("Hangzhou Hikvision Digital"))))
        .as("a word that is no pinyin: no pairs").isEmpty();
  }

  /** The pairs of a name in characters are those of its pinyin however ICU cuts or spaces it. */
  @Test
  void aNameInCharactersAndItsPinyinGiveTheSameSyllablePairs() throws IOException {
    List<String> names = hanNames();
    int[] same = new int[2];
    for (String han : names) {
      Set<String> pairs = PinyinSyllables.pairs(PinyinSyllables.of(NameAnalyzers.standard().analyze(han)));
      assertThat(pairs).as(han).isNotEmpty();
      for (int style = 0; style < 2; style++) {
        AnalyzedName query = NameAnalyzers.standard().analyze(pinyin(han, style == 1));
        if (PinyinSyllables.pairs(PinyinSyllables.of(query)).equals(pairs)) same[style]++;
      }
    }
    // the rest: characters with two readings that ICU reads otherwise than tiescan's tables, or Latin letters in the name
    assertThat(same[0]).as("one syllable at a time, of %d", names.size()).isGreaterThan(names.size() * 8 / 10);
    assertThat(same[1]).as("ICU's words, of %d", names.size()).isGreaterThan(names.size() * 8 / 10);
  }

  private static Set<String> grams(String s) {
    Set<String> out = new HashSet<>();
    for (int i = 0; i + 3 <= s.length(); i++) out.add(s.substring(i, i + 3));
    return out;
  }

  private static String pinyin(String han, boolean byWord) {
    BreakIterator words = BreakIterator.getWordInstance(ULocale.SIMPLIFIED_CHINESE);
    words.setText(han);
    List<String> out = new ArrayList<>();
    for (int start = words.first(), end = words.next(); end != BreakIterator.DONE; start = end, end = words.next()) {
      String latin = PINYIN.transliterate(han.substring(start, end)).strip();
      if (latin.isEmpty()) continue;
      out.add(byWord ? latin.replace(" ", "") : latin);
    }
    return String.join(" ", out);
  }

  /** The first name in Chinese characters of each record of the ROR sample that has one, read by the project's own reader. */
  private static List<String> hanNames() throws IOException {
    Path ror = Path.of(System.getProperty("tiescan.shared.data")).resolve("publications/ror/ror-v2-cn-sample.jsonl");
    List<String> out = new ArrayList<>();
    RorDump.read(ror, r -> r.names().stream().filter(PinyinGramsTest::isHan).findFirst().ifPresent(out::add));
    return out;
  }

  private static boolean isHan(String name) {
    return name.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN);
  }
}
