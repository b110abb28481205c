package org.tiescan.text.lexicon;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.BufferedReader;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.tiescan.text.TokenKind;

class LexiconTest {
  private final Lexicon lexicon = Lexicon.standard();

  @ParameterizedTest(name = "{0} is a {1} reading {2}")
  @CsvSource(delimiter = '|', value = {
      "有限公司|LEGAL_FORM|limited company",
      "股份有限公司|LEGAL_FORM|joint stock limited company",
      "株式会社|LEGAL_FORM|kabushiki kaisha",
      "杭州|PLACE|hangzhou",
      "新疆|PLACE|xinjiang",
      "西北|PLACE|northwest",
      "公安局|GENERIC|public security bureau",
      "生产建设兵团|GENERIC|production and construction corps",
      "理工|GENERIC|technology",
      "研究所|GENERIC|research institute"})
  void chineseWordsHaveKindAndTranslation(String han, TokenKind kind, String english) {
    HanWord word = lexicon.hanWord(han);
    assertThat(word).as(han).isNotNull();
    assertThat(word.kind()).isEqualTo(kind);
    assertThat(String.join(" ", word.english().stream().map(forms -> forms.get(0)).toList())).isEqualTo(english);
  }

  /** Every prefecture-level division of Xinjiang (GB/T 2260) and the XPCC cities named in 84 FR 54002. */
  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "乌鲁木齐|urumqi", "克拉玛依|karamay", "吐鲁番|turpan", "哈密|hami", "昌吉|changji",
      "博尔塔拉|bortala", "巴音郭楞|bayingolin", "阿克苏|aksu", "克孜勒苏|kizilsu", "喀什|kashgar",
      "和田|hotan", "伊犁|ili", "塔城|tacheng", "阿勒泰|altay", "石河子|shihezi", "图木舒克|tumxuk",
      "五家渠|wujiaqu"})
  void xinjiangDivisionsAreKnown(String han, String english) {
    HanWord word = lexicon.hanWord(han);
    assertThat(word).as(han).isNotNull();
    assertThat(word.kind()).isEqualTo(TokenKind.PLACE);
    assertThat(word.english().get(0).get(0)).isEqualTo(english);
  }

  @ParameterizedTest(name = "Latin ''{0}'' is a {1}")
  @CsvSource(delimiter = '|', value = {
      "co ltd|LEGAL_FORM", "company limited|LEGAL_FORM", "joint stock company|LEGAL_FORM", "gmbh|LEGAL_FORM",
      "ooo|LEGAL_FORM", "sp z o o|LEGAL_FORM", "kabushiki kaisha|LEGAL_FORM", "sdn bhd|LEGAL_FORM",
      "youxian gongsi|LEGAL_FORM", "youxiangongsi|LEGAL_FORM",
      "hong kong|PLACE", "kashi|PLACE", "hetian|PLACE", "kelamayi|PLACE", "inner mongolia|PLACE",
      "public security bureau|GENERIC", "keji|GENERIC", "ke ji|GENERIC", "production and construction corps|GENERIC"})
  void latinPhrasesAreTagged(String words, TokenKind kind) {
    LatinPhrase phrase = lexicon.latinPhrase(words);
    assertThat(phrase).as(words).isNotNull();
    assertThat(phrase.kind()).isEqualTo(kind);
  }

  @Test
  void pinyinPhrasesCarryTheEnglishTranslation() {
    assertThat(lexicon.latinPhrase("keji").alternatives().get(0)).contains("technology");
    assertThat(lexicon.latinPhrase("gongan").alternatives().get(0)).contains("public", "security");
    assertThat(lexicon.latinPhrase("wulumuqi").alternatives().get(0)).contains("urumqi");
  }

  /**
   * A word of a pinyin phrase that the lexicon also knows alone keeps its own translation, not the phrase's
   * other words: gongcheng daxue (工程大学) is engineering + university, ligong daxue (理工大学) technology +
   * university. A word it does not know alone (ju, 局) takes what the others left of it.
   */
  @Test
  void pinyinWordsKeepTheirOwnTranslation() {
    assertThat(lexicon.latinPhrase("gongcheng daxue").alternatives())
        .containsExactly(List.of("engineering"), List.of("university"));
    assertThat(lexicon.latinPhrase("ligong daxue").alternatives())
        .containsExactly(List.of("technology"), List.of("university"));
    assertThat(lexicon.latinPhrase("gongan ju").alternatives()).containsExactly(List.of("public", "security"), List.of("bureau"));
  }

  @Test
  void englishVariantsAreAlternativesOfEachOther() {
    assertThat(lexicon.latinPhrase("electronic").alternatives().get(0)).contains("electronics");
    assertThat(lexicon.latinPhrase("kashgar").alternatives().get(0)).contains("kashi");
  }

  @Test
  void abbreviationsAndAcronyms() {
    assertThat(lexicon.abbreviation("tech")).containsExactly("technology");
    assertThat(lexicon.abbreviation("intl")).containsExactly("international");
    assertThat(lexicon.abbreviation("hikvision")).isNull();
    Acronym xpcc = lexicon.acronym("xpcc");
    assertThat(xpcc.expansion()).isEqualTo("xinjiang production and construction corps");
    assertThat(xpcc.source()).contains("86 FR 33120");
    assertThat(lexicon.acronym("cetc").expansion()).isEqualTo("china electronics technology group corporation");
  }

  @Test
  void everyChineseWordHasOnePinyinSyllablePerCharacter() {
    for (HanWord word : lexicon.hanWords()) {
      assertThat(word.pinyin().split(" ")).as(word.han()).hasSize(word.length());
      assertThat(word.pinyin()).as(word.han()).matches("[a-z]+( [a-z]+)*");
    }
  }

  @Test
  void regionWordsOfProperNamesMatchByTheirRomanisationWithTheTranslationAsAlternative() {
    HanWord huazhong = lexicon.hanWord("华中");
    assertThat(huazhong.kind()).isEqualTo(org.tiescan.text.TokenKind.DISTINCTIVE);
    assertThat(huazhong.english()).containsExactly(List.of("huazhong"));
    assertThat(huazhong.translations()).containsExactly("central china");
    assertThat(lexicon.hanWord("公安局").translations()).isEmpty();
  }

  @Test
  void chineseTermsAreWrittenInSimplifiedCharacters() {
    for (HanWord word : lexicon.hanWords()) {
      assertThat(org.tiescan.text.step.Steps.TRADITIONAL_TO_SIMPLIFIED.apply(word.han())).isEqualTo(word.han());
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"legal-forms.tsv", "places.tsv", "generic-words.tsv", "abbreviations.tsv",
      "acronyms.tsv", "stopwords.tsv", "han-pinyin-overrides.tsv", "conventional-names.tsv",
      "regional-names.tsv"})
  void everyKnowledgeFileNamesItsSource(String file) throws Exception {
    try (var in = Lexicon.class.getResourceAsStream(Lexicon.DIR + file)) {
      String text = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
      List<String> header = text.lines().takeWhile(l -> l.startsWith("#")).toList();
      assertThat(String.join("\n", header)).as(file).containsIgnoringCase("source");
    }
  }

  @Test
  void badRowsAreReportedWithFileLineAndColumn() throws Exception {
    String file = "# comment\nterm\tenglish\tpinyin\n公安局\tpublic security bureau\t\n\n公司\tCompany!\t\n";
    TsvTable table = TsvTable.parse("test.tsv", new BufferedReader(new StringReader(file)), "term");
    assertThat(table.rows()).hasSize(2);
    TsvTable.Row bad = table.rows().get(1);
    assertThat(bad.line()).isEqualTo(5);
    assertThatThrownBy(() -> bad.required("pinyin"))
        .isInstanceOf(LexiconFormatException.class)
        .hasMessage("test.tsv:5 [pinyin]: is empty");
  }

  @Test
  void missingHeaderColumnAndTooManyFieldsAreErrors() {
    assertThatThrownBy(() -> TsvTable.parse("x.tsv", reader("term\tenglish\n"), "pinyin"))
        .hasMessage("x.tsv:1 [pinyin]: header lacks this column");
    assertThatThrownBy(() -> TsvTable.parse("x.tsv", reader("term\n# c\na\tb\n"), "term"))
        .hasMessage("x.tsv:3: 2 fields but the header has 1 columns");
    assertThatThrownBy(() -> TsvTable.parse("x.tsv", reader("# only comments\n"), "term"))
        .hasMessage("x.tsv: no header line");
  }

  private static BufferedReader reader(String s) {
    return new BufferedReader(new StringReader(s));
  }

  @Test
  void allWordsStartingAtAPositionAreFoundShortestFirst() {
    List<String> words = new ArrayList<>();
    int[] text = "公安局长".codePoints().toArray();
    lexicon.hanWordsAt(text, 0, (w, n) -> words.add(w.han() + n));
    assertThat(words).containsExactly("公安2", "公安局3");
  }
}
