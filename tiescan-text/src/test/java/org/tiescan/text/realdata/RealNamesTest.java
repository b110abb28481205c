package org.tiescan.text.realdata;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.tiescan.text.AnalyzedName;
import org.tiescan.text.NameAnalyzer;
import org.tiescan.text.NameAnalyzers;
import org.tiescan.text.NameToken;
import org.tiescan.text.TokenKind;

/** Cross-script and cross-spelling behaviour on real names from the shared data. */
class RealNamesTest {
  private final NameAnalyzer analyzer = NameAnalyzers.standard();

  /** EU Reg. 2020/1998 lists the XPCC PSB in English and Chinese: both analyse to the same words. */
  @Test
  void euChineseEntityNameEqualsItsEnglishName() throws Exception {
    CSVRecord xpccPsb = SharedData.csv("lists/eu/reg-2020-1998.csv").stream()
        .filter(r -> r.get("schema").equals("LegalEntity") && r.get("alias").contains("新疆"))
        .findFirst().orElseThrow();
    assertThat(xpccPsb.get("alias")).isEqualTo("新疆生产建设兵团公安局");
    assertThat(analyzer.analyze(xpccPsb.get("alias")).normalized())
        .isEqualTo(analyzer.analyze(xpccPsb.get("name")).normalized())
        .isEqualTo("xinjiang production construction corps public security bureau");
  }

  /** The EU's persons with Chinese-script names: the pinyin of the Han name is the joined Latin name. */
  @Test
  void euChinesePersonNamesRomaniseToTheirListedSpelling() throws Exception {
    List<CSVRecord> persons = SharedData.csv("lists/eu/reg-2020-1998.csv").stream()
        .filter(r -> r.get("schema").equals("Person") && r.get("alias").codePoints().anyMatch(this::isHan))
        .toList();
    assertThat(persons).hasSizeGreaterThanOrEqualTo(4);
    for (CSVRecord person : persons) {
      assertThat(joined(analyzer.analyze(person.get("alias")))).as(person.get("alias"))
          .isEqualTo(joined(analyzer.analyze(person.get("name"))));
    }
  }

  /**
   * CSL entries with an alt name that transcribes the Chinese name in pinyin ("…Xinxi Keji Youxian
   * Gongsi"): the pinyin legal form is tagged as one, every pinyin generic word offers an English
   * translation, and one of them is a word of the entry's English names (keji → technology). Not every
   * one: SHANGHAI BINGZHI GUOJI MAOYI (international trade) is SHANGHAI NORTH BEGINS INTERNATIONAL.
   */
  @Test
  void cslPinyinAltNamesTranslateToTheEntrysEnglishWords() throws Exception {
    int checked = 0;
    for (CSVRecord row : SharedData.csv("lists/us-csl/consolidated-2022-05.csv")) {
      if (!row.get("alt_names").toLowerCase(java.util.Locale.ROOT).contains("youxian gongsi")) continue;
      List<String> names = new java.util.ArrayList<>(List.of(row.get("name")));
      names.addAll(List.of(row.get("alt_names").split("; (and )?")));
      Set<String> englishWords = new HashSet<>();
      names.forEach(n -> analyzer.analyze(n).tokens().forEach(t -> englishWords.add(t.text())));
      for (String alt : names) {
        if (!alt.toLowerCase(java.util.Locale.ROOT).endsWith("youxian gongsi")) continue;
        AnalyzedName pinyin = analyzer.analyze(alt);
        assertThat(pinyin.tokens()).as(alt).filteredOn(t -> t.kind() == TokenKind.LEGAL_FORM).hasSize(2);
        List<NameToken> generic = pinyin.tokens().stream().filter(t -> t.kind() == TokenKind.GENERIC).toList();
        assertThat(generic).as(alt).isNotEmpty().allMatch(t -> !t.alternatives().isEmpty())
            .anyMatch(t -> t.alternatives().stream().anyMatch(englishWords::contains));
        checked++;
      }
    }
    assertThat(checked).isGreaterThanOrEqualTo(2);
  }

  /** Every Xinjiang public security bureau of 84 FR 54002 is a place plus "public security bureau". */
  @Test
  void xinjiangPublicSecurityBureausAreTagged() throws Exception {
    List<CSVRecord> bureaus = SharedData.csv("lists/us-csl/consolidated-2022-05.csv").stream()
        .filter(r -> r.get("federal_register_notice").contains("84 FR 5400")
            && r.get("name").contains("Public Security Bureau"))
        .toList();
    assertThat(bureaus).hasSizeGreaterThanOrEqualTo(18);
    for (CSVRecord bureau : bureaus) {
      AnalyzedName name = analyzer.analyze(bureau.get("name"));
      assertThat(name.tokens()).as(bureau.get("name"))
          .anyMatch(t -> t.kind() == TokenKind.PLACE)
          .filteredOn(t -> List.of("public", "security", "bureau").contains(t.text()))
          .allMatch(t -> t.kind() == TokenKind.GENERIC)
          .hasSize(3);
    }
  }

  /** Every name of the 1260H and §1286 lists and every primary CSL name analyses to ASCII tokens. */
  @Test
  void everyListNameAnalysesToAsciiTokens() throws Exception {
    List<String> names = new java.util.ArrayList<>();
    for (CSVRecord row : SharedData.csv("lists/us-dod-1260h/1260h.csv")) {
      split(names, row.get("Name"), row.get("Alias"), row.get("Previous Name"), row.get("Parent Name"));
    }
    for (CSVRecord row : SharedData.csv("lists/us-ndaa/section_1286.csv")) split(names, row.get("name"), row.get("aliases"));
    for (CSVRecord row : SharedData.csv("lists/us-csl/consolidated-2022-05.csv")) {
      split(names, row.get("name"));
    }
    assertThat(names).hasSizeGreaterThan(14_000);
    List<String> bad = names.stream().filter(name -> !asciiTokens(analyzer.analyze(name))).toList();
    assertThat(bad).isEmpty();
  }

  private static final java.util.regex.Pattern WORD = java.util.regex.Pattern.compile("[a-z0-9]+");
  private static final java.util.regex.Pattern WORDS = java.util.regex.Pattern.compile("[a-z0-9]+( [a-z0-9]+)*");

  private static boolean asciiTokens(AnalyzedName name) {
    return name.tokens().stream().allMatch(t -> WORD.matcher(t.text()).matches()
        && t.alternatives().stream().allMatch(a -> WORDS.matcher(a).matches()));
  }

  private static void split(List<String> names, String... fields) {
    for (String field : fields) {
      for (String name : field.split(";")) if (!name.isBlank()) names.add(name);
    }
  }

  /**
   * ROR's Chinese-language names against their English display names: the share of English content
   * words found among the Chinese name's tokens (text or alternative). Measured 0.74 when written;
   * the floor catches regressions of the knowledge files or the segmentation.
   */
  @Test
  void rorChineseNamesCoverTheirEnglishNames() throws Exception {
    List<String[]> pairs = SharedData.rorChineseNames();
    assertThat(pairs).hasSizeGreaterThan(150);
    double sum = 0;
    for (String[] pair : pairs) sum += coverage(analyzer.analyze(pair[0]), analyzer.analyze(pair[1]));
    assertThat(sum / pairs.size()).isGreaterThan(0.70);
  }

  @Test
  void rorTraditionalAndSimplifiedNamesAgree() throws Exception {
    // 復旦大學 and 复旦大学 are both ROR names of Fudan University
    List<String> fudan = SharedData.rorChineseNames().stream()
        .filter(p -> p[1].equals("Fudan University")).map(p -> p[0]).toList();
    assertThat(fudan).contains("复旦大学", "復旦大學");
    Set<String> forms = fudan.stream().map(n -> analyzer.analyze(n).normalized()).collect(Collectors.toSet());
    assertThat(forms).containsExactly("fudan university");
  }

  private static double coverage(AnalyzedName han, AnalyzedName english) {
    Set<String> forms = forms(han);
    List<NameToken> wanted = english.matchTokens();
    if (wanted.isEmpty()) return 1;
    return (double) wanted.stream().filter(t -> forms.contains(t.text())
        || t.alternatives().stream().anyMatch(forms::contains)).count() / wanted.size();
  }

  private static Set<String> forms(AnalyzedName name) {
    Set<String> forms = new HashSet<>();
    for (NameToken t : name.tokens()) {
      forms.add(t.text());
      forms.addAll(t.alternatives());
    }
    return forms;
  }

  private static String joined(AnalyzedName name) {
    return name.tokens().stream().map(NameToken::text).collect(Collectors.joining());
  }

  private boolean isHan(int cp) {
    return Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN;
  }
}
