package org.tiescan.text.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.tiescan.text.NameAnalyzers;

/** The split of Han runs into known words and unknown runs. */
class HanSegmenterTest {

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      // fewest unknown runs beats greedy longest match: not 立 + 华南 (South China) + 京
      "立华南京|lihua:D nanjing:P",
      // a one-character word does not split a distinctive name (NetPosa: Dongfang Wangli)
      "东方网力|eastern:P wangli:D",
      "网易|wangyi:D",
      // ... but counts before a known word or at the end
      "杭州市公安局|hangzhou:P city:G public:G security:G bureau:G",
      "杭州市|hangzhou:P city:G",
      // an administrative unit after a place, before a distinctive name
      "厦门市美亚柏科|xiamen:P city:G meiyabaike:D",
      // on a tie the longer first word wins: 国防科技 + 大学, not 国防 + 科技大学
      "国防科技大学|national:G defense:G technology:G university:G",
      // a longer known word beats its parts
      "生产建设兵团|production:G and:S construction:G corps:G",
      // ordinals
      "第七地质大队|7:N geological:G brigade:G",
      "第28研究所|di:S 28:N research:G institute:G",
      "第一|1:N"})
  void splits(String han, String tokens) {
    assertThat(Tokens.render(NameAnalyzers.standard().analyze(han))).isEqualTo(tokens);
  }
}
