package org.tiescan.text.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.tiescan.text.AnalyzedName;
import org.tiescan.text.NameAnalyzer;
import org.tiescan.text.NameAnalyzers;
import org.tiescan.text.NameToken;
import org.tiescan.text.TokenKind;

/** Golden multilingual cases for the standard analyzer. */
class StandardAnalyzerTest {
  private final NameAnalyzer analyzer = NameAnalyzers.standard();

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      // the Hikvision spellings
      "杭州海康威视数字技术股份有限公司|Han|hangzhou:P haikangweishi:D digital:G technology:G joint:L stock:L limited:L company:L",
      "HANGZHOU HIKVISION DIGITAL TECHNOLOGY CO., LTD.|Latin|hangzhou:P hikvision:D digital:G technology:G co:L ltd:L",
      "Hangzhou Hikvision Digital Tech Co Ltd|Latin|hangzhou:P hikvision:D digital:G technology:G co:L ltd:L",
      "Hangzhou Haikang Weishi|Latin|hangzhou:P haikang:D weishi:D",
      "HIKVISION|Latin|hikvision:D",
      "ＨＩＫＶＩＳＩＯＮ|Latin|hikvision:D",
      // Xinjiang bodies, Chinese and English
      "新疆生产建设兵团公安局|Han|xinjiang:P production:G and:S construction:G corps:G public:G security:G bureau:G",
      "Xinjiang Production and Construction Corps Public Security Bureau|Latin|xinjiang:P production:G and:S construction:G corps:G public:G security:G bureau:G",
      "乌鲁木齐市公安局|Han|urumqi:P city:G public:G security:G bureau:G",
      "喀什地区公安局|Han|kashgar:P prefecture:G public:G security:G bureau:G",
      "新疆维吾尔自治区|Han|xinjiang:P uyghur:P autonomous:G region:G",
      // traditional characters
      "哈爾濱工業大學|Han|harbin:P institute:G of:S technology:G",
      "復旦大學|Han|fudan:D university:G",
      // conventional English names (conventional-names.tsv) and postal spellings (places.tsv)
      "清华大学|Han|tsinghua:D university:G",
      "Qinghua University|Latin|qinghua:D university:G",
      "中山大学|Han|sun:D yat:D sen:D university:D",
      "Chekiang University|Latin|chekiang:P university:G",
      // region words in proper names read as their romanisation (regional-names.tsv), not as a place
      "华中科技大学|Han|huazhong:D university:G of:S science:G and:S technology:G",
      "华南理工大学|Han|huanan:D university:G of:S technology:G",
      "Huazhong University of Science and Technology|Latin|huazhong:D university:G of:S science:G and:S technology:G",
      // a listed company's name in pinyin is not split at a place prefix (阿里 Ngari + 巴巴)
      "阿里巴巴集团|Han|alibaba:D group:G",
      // numbers
      "中国电子科技集团公司第二十八研究所|Han|china:P electronics:G technology:G group:G company:L 28:N research:G institute:G",
      "CETC 28th Research Institute|Latin|cetc:D 28:N research:G institute:G",
      // other scripts
      "ООО Ромашка|Cyrillic|ooo:L romashka:D",
      "ПАО «Сбербанк России»|Cyrillic|pao:L sberbank:D rossii:D",
      "Société Générale S.A.|Latin|societe:D generale:D sa:L",
      "Αθήνα Ανώνυμη Εταιρεία|Greek|athena:D anonyme:L etaireia:L",
      // punctuation
      "IS?Vision|Latin|isvision:D",
      "IS'Vision Technologies Co., Ltd.|Latin|isvision:D technologies:G co:L ltd:L",
      "Wuhan-based Smith & Sons|Latin|wuhan:P based:D smith:D and:S sons:D",
      // a misspelt legal form or generic word of 7+ letters is read as that word (the typed one kept
      // as an alternative); not a word that only ends differently, nor one written with accents
      "HUAWEI TEHCNOLOGIES LMITED|Latin|huawei:D technologies:G limited:L",
      "Iternational Microsystems Grup|Latin|international:G microsystems:D grup:D", // grup: too short to tell
      "Assicurazioni Generali|Latin|assicurazioni:D generali:D",
      "Systema Industria|Latin|systema:D industria:D",
      // a Russian joint-stock form with "company" shortened or left out is the form, as written in full
      "VTB BANK PUBLIC JOINT STOCK COMPANY|Latin|vtb:D bank:G public:L joint:L stock:L company:L",
      "VTB Bank Public Joint-Stock Co.|Latin|vtb:D bank:G public:L joint:L stock:L co:L",
      "NATIONAL IRANIAN COPPER INDUSTRIES PUBLIC JOINT STOCK|Latin|national:G iranian:D copper:D industries:G public:L joint:L stock:L",
      "JOINT STOCK COMMERCIAL BANK NOVIKOMBANK|Latin|joint:L stock:L commercial:G bank:G novikombank:D",
      // legal forms only: kept, so the name is not empty
      "Co., Ltd.|Latin|co:D ltd:D",
      "有限公司|Han|limited:D company:D"})
  void goldenTokens(String name, String script, String tokens) {
    AnalyzedName analyzed = analyzer.analyze(name);
    assertThat(Tokens.render(analyzed)).isEqualTo(tokens);
    assertThat(analyzed.script()).isEqualTo(script);
    assertThat(analyzed.original()).isEqualTo(name);
  }

  @Test
  void unknownHanRunIsOneDistinctiveTokenInJoinedPinyin() {
    NameToken token = analyzer.analyze("杭州海康威视").tokens().get(1);
    assertThat(token).isEqualTo(new NameToken("haikangweishi", "海康威视", TokenKind.DISTINCTIVE,
        java.util.List.of("hai kang wei shi"), "han-latin"));
  }

  @Test
  void knownHanWordBecomesItsTranslationWithPinyinAlternative() {
    var tokens = analyzer.analyze("公安局").tokens();
    assertThat(tokens).extracting(NameToken::text).containsExactly("public", "security", "bureau");
    assertThat(tokens).allSatisfy(t -> {
      assertThat(t.source()).isEqualTo("公安局");
      assertThat(t.via()).isEqualTo("translation");
      assertThat(t.alternatives()).contains("gonganju");
    });
  }

  /**
   * A lone syllable after a place is read as its administrative unit (乌鲁木齐市 written "Wulumuqi Shi"), with
   * the unit's translations; elsewhere it stays what it was.
   */
  @Test
  void administrativeUnitInPinyinAfterAPlace() {
    NameToken shi = analyzer.analyze("Wulumuqi Shi Gonganju").tokens().get(1);
    assertThat(shi.kind()).isEqualTo(TokenKind.GENERIC);
    assertThat(shi.alternatives()).contains("city", "municipal");
    assertThat(analyzer.analyze("Hunan Sheng").tokens().get(1).alternatives()).contains("province");
    assertThat(analyzer.analyze("Shi Jian Trading").tokens().get(0).kind()).isEqualTo(TokenKind.DISTINCTIVE);
  }

  /** A place and its unit written as one word are the two; a word that only ends like a unit is left whole. */
  @Test
  void placeAndUnitWrittenTogether() {
    assertThat(analyzer.analyze("Beijingshi Weisheng").tokens()).extracting(NameToken::text, NameToken::kind)
        .startsWith(tuple("beijing", TokenKind.PLACE), tuple("shi", TokenKind.GENERIC));
    assertThat(analyzer.analyze("Zhejiangsheng").tokens()).extracting(NameToken::text)
        .containsExactly("zhejiang", "sheng");
    assertThat(analyzer.analyze("Hanshi Trading").tokens().get(0).text()).isEqualTo("hanshi");
  }

  @Test
  void shortAllUnknownNamesOfferTheSurnameReading() {
    NameToken token = analyzer.analyze("曾庆红").tokens().get(0);
    assertThat(token.text()).isEqualTo("cengqinghong");
    assertThat(token.alternatives()).contains("zengqinghong", "zeng qing hong");
    // not inside organisation names: the first character there is no surname
    assertThat(analyzer.analyze("杭州曾庆").tokens().get(1).alternatives()).containsExactly("ceng qing");
  }

  @Test
  void tokenSourceKeepsTraditionalCharacters() {
    assertThat(analyzer.analyze("哈爾濱").tokens().get(0).source()).isEqualTo("哈爾濱");
  }

  @Test
  void abbreviationIsExpandedAndKeepsTheShortForm() {
    NameToken tech = analyzer.analyze("Nanchang O-Film Tech").tokens().get(3);
    assertThat(tech.text()).isEqualTo("technology");
    assertThat(tech.source()).isEqualTo("Tech");
    assertThat(tech.via()).isEqualTo("abbreviation");
    assertThat(tech.alternatives()).contains("tech");
  }

  @Test
  void pinyinGenericWordsGetTheirEnglishAsAlternative() {
    var tokens = analyzer.analyze("Xinjiang Lianhai Chuangzhi Xinxi Keji Youxian Gongsi").tokens();
    assertThat(Tokens.render(analyzer.analyze("Xinjiang Lianhai Chuangzhi Xinxi Keji Youxian Gongsi")))
        .isEqualTo("xinjiang:P lianhai:D chuangzhi:D xinxi:G keji:G youxian:L gongsi:L");
    assertThat(tokens.get(3).alternatives()).contains("information");
    assertThat(tokens.get(4).alternatives()).contains("technology");
  }

  @Test
  void acronymKeepsItsTextAndOffersTheExpansion() {
    NameToken xpcc = analyzer.analyze("XPCC").tokens().get(0);
    assertThat(xpcc.text()).isEqualTo("xpcc");
    assertThat(xpcc.kind()).isEqualTo(TokenKind.DISTINCTIVE);
    assertThat(xpcc.alternatives()).containsExactly("xinjiang production and construction corps");
  }

  @Test
  void mixedScriptNamesKeepNameOrder() {
    assertThat(Tokens.render(analyzer.analyze("Hikvision 海康威视 (杭州) Co., Ltd.")))
        .isEqualTo("hikvision:D haikangweishi:D hangzhou:P co:L ltd:L");
    assertThat(analyzer.analyze("Hikvision 海康威视数字技术股份有限公司").script()).isEqualTo("Han");
    assertThat(analyzer.analyze("Hangzhou Hikvision Digital Technology (海康威视)").script()).isEqualTo("Latin");
  }

  @Test
  void placesMatchAcrossSpellings() {
    String[] spellings = {"和田", "Hotan", "Hetian", "Khotan"};
    for (String spelling : spellings) {
      NameToken token = analyzer.analyze(spelling).tokens().get(0);
      assertThat(token.kind()).as(spelling).isEqualTo(TokenKind.PLACE);
      assertThat(union(token)).as(spelling).contains("hotan", "hetian");
    }
  }

  @Test
  void normalizedDropsLegalFormsAndStopwords() {
    assertThat(analyzer.analyze("The Xinjiang Production and Construction Corps Co., Ltd.").normalized())
        .isEqualTo("xinjiang production construction corps");
  }

  @Test
  void nullAndEmptyNamesGiveNoTokens() {
    assertThat(analyzer.analyze(null).tokens()).isEmpty();
    assertThat(analyzer.analyze("").tokens()).isEmpty();
    assertThat(analyzer.analyze(" ,.;- ").tokens()).isEmpty();
    assertThat(analyzer.analyze("").script()).isEqualTo("Common");
  }

  private static java.util.Set<String> union(NameToken token) {
    java.util.Set<String> forms = new java.util.HashSet<>(token.alternatives());
    forms.add(token.text());
    return forms;
  }
}
