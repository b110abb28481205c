package org.tiescan.text.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.tiescan.text.AnalyzedName;
import org.tiescan.text.NameAnalyzer;
import org.tiescan.text.NameAnalyzers;
import org.tiescan.text.NameToken;

/**
 * Properties on random strings (fixed seeds, so failures reproduce): analysis never throws, gives
 * lower-case ASCII tokens, is idempotent on its own normalised form, and ignores case and width.
 */
class AnalyzerPropertiesTest {
  private static final Pattern WORD = Pattern.compile("[a-z0-9]+");
  private static final String[] POOLS = {
      "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789",
      "      .,;:-_/()&'’?!\"«»·",
      "éèêëàâäôöüçñßøåæœłıİ",
      "абвгдежзийклмнопрстуфхцчшщъыьэюяАБВГДОО",
      "αβγδεζηθικλμνξοπρστυφχψωΑΒΓΣ",
      "شركةهواويمحمدعلي",
      "海康威视杭州数字技术股份有限公司新疆生产建设兵团公安局哈爾濱工業大學第二十八研究所中国电子科技集团",
      "ＡＢＣｘｙｚ０１２（）．，－　",
      "\u0301\u0308\u200b\u00ad\ufeff",
      "😀🏢𠀀𪚥"};
  private final NameAnalyzer analyzer = NameAnalyzers.standard();

  @Test
  void randomUnicodeNeverBreaksTheAnalyzer() {
    Random random = new Random(20_201_998);
    for (int i = 0; i < 3_000; i++) {
      String name = randomName(random, POOLS);
      AnalyzedName analyzed = analyzer.analyze(name);
      assertThat(analyzed.original()).isEqualTo(name);
      for (NameToken token : analyzed.tokens()) {
        assertThat(WORD.matcher(token.text()).matches()).as("%s in %s", token, name).isTrue();
        assertThat(token.source()).as(name).isNotEmpty();
        assertThat(token.kind()).isNotNull();
      }
    }
  }

  @Test
  void analysingTheNormalisedFormAgainChangesNothing() {
    Random random = new Random(8_415_400);
    List<String> unstable = new ArrayList<>();
    for (int i = 0; i < 2_000; i++) {
      String normalized = analyzer.analyze(randomName(random, POOLS)).normalized();
      String again = analyzer.analyze(normalized).normalized();
      if (!again.equals(normalized)) unstable.add(normalized + " -> " + again);
    }
    assertThat(unstable).isEmpty();
  }

  @Test
  void caseAndWidthVariantsGiveTheSameTokens() {
    Random random = new Random(54_002);
    String[] latin = {POOLS[0], " .,-&'"};
    for (int i = 0; i < 1_000; i++) {
      String name = randomName(random, latin);
      String tokens = Tokens.render(analyzer.analyze(name));
      assertThat(Tokens.render(analyzer.analyze(name.toUpperCase(Locale.ROOT)))).as(name).isEqualTo(tokens);
      assertThat(Tokens.render(analyzer.analyze(name.toLowerCase(Locale.ROOT)))).as(name).isEqualTo(tokens);
      assertThat(Tokens.render(analyzer.analyze(fullWidth(name)))).as(name).isEqualTo(tokens);
    }
  }

  @Test
  void concurrentAnalysisGivesTheSameTokensAsSequential() {
    Random random = new Random(36_496);
    List<String> names = new ArrayList<>();
    for (int i = 0; i < 400; i++) names.add(randomName(random, POOLS));
    List<String> sequential = names.stream().map(n -> Tokens.render(analyzer.analyze(n))).toList();
    List<String> parallel = names.parallelStream().map(n -> Tokens.render(analyzer.analyze(n))).toList();
    assertThat(parallel).isEqualTo(sequential);
  }

  @Test
  void traditionalAndSimplifiedGiveTheSameTokens() {
    assertThat(Tokens.render(analyzer.analyze("新疆維吾爾自治區烏魯木齊市公安局")))
        .isEqualTo(Tokens.render(analyzer.analyze("新疆维吾尔自治区乌鲁木齐市公安局")));
  }

  /** ASCII to the full-width forms (U+FF01..U+FF5E) and the ideographic space. */
  private static String fullWidth(String s) {
    StringBuilder out = new StringBuilder();
    for (char c : s.toCharArray()) {
      if (c == ' ') out.append('\u3000');
      else if (c > ' ' && c < 0x7f) out.append((char) (c - 0x21 + 0xff01));
      else out.append(c);
    }
    return out.toString();
  }

  private static String randomName(Random random, String[] pools) {
    int length = random.nextInt(30);
    StringBuilder name = new StringBuilder();
    String pool = pools[random.nextInt(pools.length)];
    for (int i = 0; i < length; i++) {
      if (random.nextInt(5) == 0) pool = pools[random.nextInt(pools.length)];
      int[] cps = pool.codePoints().toArray();
      name.appendCodePoint(cps[random.nextInt(cps.length)]);
    }
    return name.toString();
  }
}
