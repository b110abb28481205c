package org.tiescan.match;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Properties of the pairwise score on real list names (CSL 2022-05, OFAC NS-CMIC). */
class NameComparerTest {
  private static final NameComparer CMP = NameComparer.standard();
  private static final String HIKVISION = "Hangzhou Hikvision Digital Technology Co., Ltd.";
  private static final double T = MatchOptions.DEFAULT_THRESHOLD;

  private static double score(String a, String b) {
    return CMP.compare(a, b, "Company").score();
  }

  @Test
  void exactNameScoresAtTheTopAndVariantsStayAboveTheThreshold() {
    assertThat(score(HIKVISION, HIKVISION)).isGreaterThanOrEqualTo(0.95);
    for (String variant : List.of("HANGZHOU HIKVISION DIGITAL TECHNOLOGY CO., LTD.", "Hangzhou Hikvision Digital Technology",
        "Hikvision Digital Technology Hangzhou", "Hangzhou Hikvision Digital Tech Co Ltd", "Hangzhou Hikvison Digital Technology")) {
      assertThat(score(variant, HIKVISION)).as(variant).isGreaterThanOrEqualTo(T).isLessThanOrEqualTo(1.0);
    }
  }

  @Test
  void scoreFallsAsEvidenceIsRemoved() {
    double exact = score(HIKVISION, HIKVISION);
    double typo = score("Hangzhou Hikvison Digital Technology Co., Ltd.", HIKVISION);
    double shortName = score("Hikvision", HIKVISION);
    double otherPlace = score("Chongqing Hikvision Digital Technology Co., Ltd.", HIKVISION);
    double otherCompany = score("Hangzhou Dahua Digital Technology Co., Ltd.", HIKVISION);
    assertThat(exact).isGreaterThan(typo);
    // a misspelt distinctive word still matches, but weighs less than the right word in another city
    // (see NameScorer.FUZZY_STEEPNESS: one-edit spellings were the commonest false match)
    assertThat(typo).isGreaterThanOrEqualTo(T);
    assertThat(otherPlace).isGreaterThan(typo);
    assertThat(shortName).isGreaterThan(otherCompany);
    assertThat(otherPlace).isGreaterThan(otherCompany);
    assertThat(otherCompany).isLessThan(T);
  }

  @Test
  void genericAndPlaceWordsAloneNeverMatch() {
    assertThat(score("China Technology Co., Ltd.", "CHINA ELECTRONICS TECHNOLOGY GROUP CORPORATION")).isLessThan(T);
    assertThat(score("China Technology Co., Ltd.", "China Mobile Limited")).isLessThan(T);
    assertThat(score("Xinjiang Technology Co., Ltd.", "Xinjiang Daqo New Energy Co., Ltd.")).isLessThan(T);
    assertThat(score("Aksu District Public Security Bureau", "Kashgar Prefecture Public Security Bureau")).isLessThan(T);
  }

  /**
   * Universities of the Entity List (their English names as the CSL prints them) written in the pinyin of
   * their Chinese names (哈尔滨工程大学, 南京理工大学, 国防科技大学): each pinyin word links to its own
   * translation, so the right university wins over its namesake. With each word of a pinyin phrase given the
   * whole phrase's translation, Haerbin Gongcheng Daxue scored 0.97 against Harbin Institute of Technology as
   * well, and Nanjing Ligong Daxue matched CETC 14's alias Nanjing Electronics Technology Institute first.
   */
  @Test
  void pinyinWordsLinkToTheirOwnTranslations() {
    double heu = score("Haerbin Gongcheng Daxue", "Harbin Engineering University");
    assertThat(heu).isGreaterThanOrEqualTo(T).isGreaterThan(score("Haerbin Gongcheng Daxue", "Harbin Institute of Technology"));
    double njust = score("Nanjing Ligong Daxue", "Nanjing University of Science and Technology");
    assertThat(njust).isGreaterThanOrEqualTo(T)
        .isGreaterThan(score("Nanjing Ligong Daxue", "Nanjing Electronics Technology Institute"));
    // 国防 is "national defense": linked to the distinctive "defense", not the generic "national" before it
    assertThat(score("Guofang Keji Daxue", "National University of Defense Technology (NUDT)")).isGreaterThanOrEqualTo(T);
  }

  /**
   * Xinjiang public security bureaus of 84 FR 54002 (English names as the CSL prints them) in the pinyin of
   * their Chinese names (喀什地区公安局, 乌鲁木齐市公安局): gonganju is the whole of "Public Security Bureau",
   * shi after a place the city. Before, gonganju linked "Public" alone and "shi" stood as a distinctive word:
   * 0.73 and 0.28. A translation already cut into several tokens (工业大学 → institute, technology) still
   * links word by word.
   */
  @Test
  void aPinyinWordLinksTheWholeRunOfItsTranslation() {
    assertThat(score("Kashi Diqu Gonganju", "Kashgar Prefecture Public Security Bureau")).isGreaterThanOrEqualTo(0.95);
    assertThat(score("Wulumuqi Shi Gonganju", "Urumqi Municipal Public Security Bureau")).isGreaterThanOrEqualTo(0.95);
    assertThat(score("Wulumuqi Shi Gonganju", "Kashgar Prefecture Public Security Bureau")).isLessThan(T);
    assertThat(score("西安工业大学", "Xi'an Technological University")).isGreaterThanOrEqualTo(0.95);
    // the OFAC SDN alias of the XUAR Public Security Department (新疆维吾尔自治区公安厅): XUAR spelt out in pinyin
    assertThat(score("Xinjiang Weiwuer Zizhiqu Gonganting", "PUBLIC SECURITY DEPARTMENT OF XUAR")).isGreaterThanOrEqualTo(0.95);
  }

  @Test
  void equalEvidenceGivesEqualScoresWhicheverSideItIsOn() {
    assertThat(score("Megvii Technology Limited", "MEGVII TECHNOLOGY LIMITED"))
        .isEqualTo(score("Megvii Technology", "Megvii Technology"));
    assertThat(score("Xiamen Meiya Pico Information Co., Ltd.", "Meiya Pico"))
        .isEqualTo(score("Meiya Pico", "Xiamen Meiya Pico Information Co., Ltd."));
  }

  @Test
  void scoresStayInTheUnitIntervalAndAreDeterministic() {
    String[] names = {HIKVISION, "Hikvision", "", "Co., Ltd.", "杭州海康威视数字技术股份有限公司", "XPCC", "123"};
    for (String a : names) {
      for (String b : names) {
        double s = score(a, b);
        assertThat(s).isBetween(0.0, 1.0).isEqualTo(score(a, b));
      }
    }
  }

  @Test
  void bulkScoreEqualsTheExplainedScore() {
    for (String schema : new String[] {"Company", "Person", null}) {
      double explained = CMP.compare("Zhu Hailun", "ZHU Hailun", schema).score();
      assertThat(CMP.score(CMP.prepare("Zhu Hailun"), CMP.prepare("ZHU Hailun"), schema)).isEqualTo(explained);
      assertThat(CMP.score(CMP.prepare("Hikvision"), CMP.prepare(HIKVISION), schema))
          .isEqualTo(CMP.compare("Hikvision", HIKVISION, schema).score());
    }
  }

  @Test
  void hanNameMatchesItsEnglishTranslation() {
    NameComparer.Comparison c = CMP.compare("新疆生产建设兵团公安局", "Xinjiang Production and Construction Corps Public Security Bureau", "LegalEntity");
    assertThat(c.score()).isGreaterThanOrEqualTo(T);
    assertThat(c.explanation().features()).anySatisfy(f -> assertThat(f.detail()).contains("新疆"));
  }

  @Test
  void acronymAndCompoundForms() {
    assertThat(score("XPCC", "Xinjiang Production and Construction Corps")).isGreaterThanOrEqualTo(T);
    assertThat(score("Hik Vision", "HIKVISION")).isGreaterThanOrEqualTo(T);
  }

  @Test
  void aNamesOwnBracketedInitialsAreNotAMissingWord() {
    // the Entity List writes "Beijing University of Aeronautics and Astronautics (BUAA)"
    String listed = "Beijing University of Aeronautics and Astronautics (BUAA)";
    assertThat(score("北京航空航天大学", listed)).isGreaterThanOrEqualTo(0.95);
    assertThat(score("Beijing University of Aeronautics and Astronautics", listed)).isGreaterThanOrEqualTo(0.95);
    // initials that are not the name's own still count as a word the other name lacks
    assertThat(score("Beijing University of Aeronautics and Astronautics", "Beijing University of Aeronautics and Astronautics (NUDT)"))
        .isLessThan(0.95);
  }

  @Test
  void aBareShortAliasDoesNotMatchALongerNameOnItsOwn() {
    // the CSL lists "ASP" (Association de Secours Palestiniens) and "AST" as aliases
    assertThat(score("ASP Computer Products, Inc.", "ASP")).isLessThan(T);
    assertThat(score("AST", "AST Computer")).isLessThan(T);
    // the same short name with only a legal form added is still the same name
    assertThat(score("ZTE Corporation", "ZTE")).isGreaterThanOrEqualTo(0.95);
  }

  @Test
  void explanationNamesTheTokensAndTheIgnoredLegalForm() {
    Explanation e = CMP.compare("Hangzhou Hikvision Digital Tech Co Ltd", HIKVISION, "Company").explanation();
    assertThat(e.queryName()).isEqualTo("Hangzhou Hikvision Digital Tech Co Ltd");
    assertThat(e.matchedName()).isEqualTo(HIKVISION);
    assertThat(e.features()).extracting(Explanation.Feature::name).contains("name.token", "legal_form.ignored");
    assertThat(e.features()).anySatisfy(f -> assertThat(f.detail()).isEqualTo("hikvision = hikvision"));
    assertThat(e.features()).anySatisfy(f -> assertThat(f.detail()).contains("tech").contains("technology"));
    assertThat(e.summary()).contains("Hikvision").contains("score");
  }

  @Test
  void explanationShowsTheTransformationBehindEachAlignedToken() {
    Explanation e = CMP.compare("杭州海康威视数字技术股份有限公司", "Hangzhou Hikvision Digital Tech Co Ltd", "Company").explanation();
    assertThat(e.features()).extracting(Explanation.Feature::detail)
        .contains("杭州 → hangzhou ↔ hangzhou (same word; via translation)",
            "技术 → technology ↔ Tech → technology (same word; via abbreviation, translation)",
            "股份有限公司, Co, Ltd (legal forms, not compared)")
        .anySatisfy(d -> assertThat(d).contains("海康威视 → haikangweishi").contains("no translation known"));
    assertThat(e.summary()).contains("0 same words, 3 matched through a transformation");
    Explanation acronym = CMP.compare("XPCC", "Xinjiang Production and Construction Corps", "Company").explanation();
    assertThat(acronym.features().get(0).detail())
        .isEqualTo("xpcc ↔ xinjiang production construction corps (known form of xpcc: xinjiang production and construction corps)");
  }

  @Test
  void hanNamesMeetTheirEnglishFormsThroughPinyinConventionalNamesAndPartialTranslations() {
    // spaced pinyin split by a hyphen is one compound, not "chao" alone with "yang" left over
    assertThat(score("北京朝阳医院", "Beijing Chao-Yang Hospital")).isGreaterThanOrEqualTo(0.95);
    // conventional and postal spellings come from sourced knowledge files, not from string similarity
    assertThat(score("清华大学", "Tsinghua University")).isGreaterThanOrEqualTo(0.95);
    assertThat(score("浙江大学", "Chekiang University")).isGreaterThanOrEqualTo(0.95);
    assertThat(score("清华大学", "Peking University")).isLessThan(T);
    // 华中 is Huazhong in proper names; its translation "central china" must not align "china" alone
    assertThat(score("华中科技大学", "University of Science and Technology of China")).isLessThan(T);
    assertThat(score("Huazhong University of Science and Technology", "University of Science and Technology of China"))
        .isLessThan(T);
    assertThat(score("华中科技大学", "Huazhong University of Science and Technology")).isGreaterThanOrEqualTo(0.95);
    assertThat(score("华中师范大学", "Central China Normal University")).isGreaterThanOrEqualTo(0.95);
    assertThat(score("华南理工大学", "South China University of Technology")).isGreaterThanOrEqualTo(0.95);
    assertThat(score("华南理工大学", "China University of Technology")).isLessThan(T);
    // 阿里巴巴 stays one word (alibaba), not the place 阿里 Ngari + 巴巴
    assertThat(score("阿里巴巴集团控股有限公司", "Alibaba Group Holding Limited")).isGreaterThanOrEqualTo(0.95);
    // the parent named before 附属 "affiliated" is often left out in English; the hospital itself is not
    assertThat(score("首都医科大学附属北京朝阳医院", "Beijing Chao-Yang Hospital")).isGreaterThanOrEqualTo(T);
    assertThat(score("首都醫科大學附屬北京朝陽醫院", "Beijing Chao-Yang Hospital")).isGreaterThanOrEqualTo(T);
    assertThat(score("首都医科大学附属北京朝阳医院", "Capital Medical University")).isLessThan(T);
    assertThat(score("首都医科大学附属北京朝阳医院", "Beijing Tiantan Hospital")).isLessThan(T);
    // 研究院 "research institute" written as "Institute": the left-out word of a matched translation costs little
    double shorter = score("北京通用人工智能研究院", "Beijing Institute for General Artificial Intelligence");
    assertThat(shorter).isGreaterThanOrEqualTo(T)
        .isLessThan(score("北京通用人工智能研究院", "Beijing Research Institute for General Artificial Intelligence"));
  }

  @Test
  void anAdministrativeUnitAfterAPlaceAndARepeatedWordAreNotMissingWords() {
    // 省/市 after a place (GB/T 2260 names every division with it) is mostly left out in English
    assertThat(score("广州市科学技术局", "Guangzhou Science and Technology Bureau")).isGreaterThan(0.9);
    assertThat(score("Zhejiang Province Public Security Department", "Zhejiang Public Security Department")).isGreaterThan(0.9);
    // but the place itself still decides: another city's or province's bureau is not a match
    assertThat(score("广州市科学技术局", "Shenzhen Science and Technology Bureau")).isLessThan(0.5);
    assertThat(score("湖北省地质局", "Hunan Provincial Geological Bureau")).isLessThan(0.5);
    assertThat(score("Zhejiang Public Security Department", "Jiangsu Province Public Security Department")).isLessThan(0.5);
    // a place or generic word said twice is one word: ROR appends the country, "… of China (China)"
    assertThat(score("中国商用飞机有限责任公司", "Commercial Aircraft Corporation of China (China)")).isEqualTo(1.0);
  }

  @Test
  void aQualifierInBracketsOrAfterACommaCostsLittleAcrossScriptsUnlessItIsAPlace() {
    // a second name in brackets, a parent after a comma: written on one side only
    assertThat(score("上海市第一人民医院（上海交通大学附属第一人民医院）", "Shanghai First People's Hospital")).isGreaterThan(0.85);
    assertThat(score("北京天坛医院", "Beijing Tiantan Hospital, Capital Medical University")).isGreaterThan(0.95);
    // the main part must match: the qualifier alone is not the body
    assertThat(score("北京天坛医院", "Capital Medical University")).isLessThan(T);
    // a place there names a branch or campus: another university
    assertThat(score("北京理工大学", "Beijing Institute of Technology, Zhuhai")).isLessThan(T);
  }

  @Test
  void theCountryLeftOutOfATranslatedNameCostsLittleButAnotherCountryStillConflicts() {
    // English names of state bodies leave out 中华人民共和国 (the State Council's English site: "Ministry of Commerce")
    assertThat(score("中华人民共和国商务部", "Ministry of Commerce")).isGreaterThanOrEqualTo(T);
    assertThat(score("中国商务部", "Russian Ministry of Commerce")).isLessThan(0.5);
    assertThat(score("中华人民共和国商务部", "Ministry of Commerce of the Republic of Korea")).isLessThan(T);
    // within one script "China" stays a word of the name
    assertThat(score("China Electronics Technology Group Corporation", "Electronics Technology Group Corporation")).isLessThan(T);
  }
}
