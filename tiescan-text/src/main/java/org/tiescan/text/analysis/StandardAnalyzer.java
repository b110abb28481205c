package org.tiescan.text.analysis;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.tiescan.text.AnalyzedName;
import org.tiescan.text.NameAnalyzer;
import org.tiescan.text.NameToken;
import org.tiescan.text.TokenKind;
import org.tiescan.text.lexicon.Acronym;
import org.tiescan.text.lexicon.HanWord;
import org.tiescan.text.lexicon.KnowledgeFiles;
import org.tiescan.text.lexicon.LatinPhrase;
import org.tiescan.text.lexicon.Lexicon;
import org.tiescan.text.step.HanCharacters;
import org.tiescan.text.step.UnicodeNfkc;

/**
 * The standard analyzer: any script in, typed lower-case ASCII tokens out. Thread-safe; the
 * knowledge files and the per-character Han tables are shared.
 *
 * <ol>
 *   <li>NFKC (full-width forms, ligatures), then the name is cut into runs of Han and other text;
 *   <li>Han runs: traditional → simplified, longest-match segmentation against the knowledge files
 *       ({@link HanSegmenter});
 *   <li>other runs: punctuation folded, split into words, each word case-folded, transliterated and
 *       stripped of diacritics ({@link LatinWords});
 *   <li>Latin words: abbreviations expanded (tech → technology), a misspelt legal form or generic word
 *       of 7+ letters read as that word (lmited → limited), known phrases tagged by longest
 *       match (co ltd, hong kong, public security bureau, pinyin keji), acronyms given their
 *       expansion as an alternative, stop words and numbers marked, the rest distinctive.
 * </ol>
 */
public final class StandardAnalyzer implements NameAnalyzer {
  private static final UnicodeNfkc NFKC = new UnicodeNfkc();
  private final Lexicon lexicon;
  private final HanSegmenter hanSegmenter;
  /** The administrative units of {@link HanSegmenter#ADMINISTRATIVE_UNITS} by their pinyin (shi → 市). */
  private final Map<String, HanWord> unitsByPinyin = new HashMap<>();

  public StandardAnalyzer(Lexicon lexicon) {
    this.lexicon = lexicon;
    this.hanSegmenter = new HanSegmenter(lexicon);
    for (int unit : HanSegmenter.ADMINISTRATIVE_UNITS.codePoints().toArray()) {
      HanWord word = lexicon.hanWord(Character.toString(unit));
      if (word != null) unitsByPinyin.put(word.pinyin(), word);
    }
  }

  /** The digest of the bundled knowledge files, which every lexicon and the Han tables are read from. */
  @Override
  public String knowledgeVersion() {
    return KnowledgeFiles.digest();
  }

  @Override
  public AnalyzedName analyze(String name) {
    String original = name == null ? "" : name;
    List<Draft> drafts = new ArrayList<>();
    splitRuns(isAscii(original) ? original : NFKC.apply(original), drafts);
    expandAbbreviations(drafts);
    correctMisspeltCommonWords(drafts);
    splitPlaceAndUnit(drafts);
    tagPhrases(drafts);
    tagUnitsAfterPlaces(drafts);
    tagRemaining(drafts);
    keepSomethingToMatch(drafts);
    List<NameToken> tokens = drafts.stream().map(Draft::toToken).toList();
    return new AnalyzedName(original, Scripts.dominant(original), tokens);
  }

  private void splitRuns(String text, List<Draft> out) {
    int[] cps = text.codePoints().toArray();
    int start = 0;
    while (start < cps.length) {
      boolean han = HanCharacters.isHan(cps[start]);
      int end = start + 1;
      while (end < cps.length && HanCharacters.isHan(cps[end]) == han) end++;
      if (han) segmentHan(cps, start, end, out);
      else LatinWords.split(new String(cps, start, end - start), out);
      start = end;
    }
  }

  private void segmentHan(int[] cps, int start, int end, List<Draft> out) {
    int[] original = java.util.Arrays.copyOfRange(cps, start, end);
    int[] simplified = new int[original.length];
    for (int i = 0; i < original.length; i++) {
      String s = HanCharacters.simplified(original[i]);
      simplified[i] = s.codePointCount(0, s.length()) == 1 ? s.codePointAt(0) : original[i];
    }
    hanSegmenter.segment(original, simplified, out);
  }

  /** Tech → technology (via abbreviation, the short form kept as an alternative). */
  private void expandAbbreviations(List<Draft> drafts) {
    for (int i = 0; i < drafts.size(); i++) {
      Draft draft = drafts.get(i);
      List<String> expansion = draft.kind == null ? lexicon.abbreviation(draft.text) : null;
      if (expansion == null) continue;
      drafts.remove(i);
      for (int j = 0; j < expansion.size(); j++) {
        Draft expanded = new Draft(expansion.get(j), draft.source, "abbreviation", null);
        expanded.addAlternative(draft.text);
        drafts.add(i + j, expanded);
      }
      i += expansion.size() - 1;
    }
  }

  /**
   * "LMITED" → limited, "TEHNOLOGY" → technology (via spelling, the typed word kept as an
   * alternative): a misspelt legal form or generic word is then tagged as the word it stands for,
   * instead of passing for the name's rarest, distinctive word.
   */
  private void correctMisspeltCommonWords(List<Draft> drafts) {
    for (Draft draft : drafts) {
      // a word written with accents is a word of another language (Générale), not a typo
      if (draft.kind != null || !"literal".equals(draft.via)) continue;
      String word = lexicon.commonWordMisspelt(draft.text);
      if (word == null) continue;
      String typed = draft.text;
      draft.text = word;
      draft.addAlternative(typed);
      draft.via = "spelling";
    }
  }

  /** Longest match of known Latin phrases over consecutive untagged words. */
  private void tagPhrases(List<Draft> drafts) {
    int i = 0;
    while (i < drafts.size()) {
      int matched = matchPhraseAt(drafts, i);
      i += Math.max(matched, 1);
    }
  }

  private int matchPhraseAt(List<Draft> drafts, int start) {
    int available = 0;
    while (start + available < drafts.size() && drafts.get(start + available).kind == null
        && available < lexicon.maxLatinWords()) {
      available++;
    }
    if (available == 0) return 0;
    String[] keys = new String[available];
    StringBuilder key = new StringBuilder();
    for (int j = 0; j < available; j++) {
      if (j > 0) key.append(' ');
      keys[j] = key.append(drafts.get(start + j).text).toString();
    }
    for (int length = available; length >= 1; length--) {
      LatinPhrase phrase = lexicon.latinPhrase(keys[length - 1]);
      if (phrase == null) continue;
      for (int j = 0; j < length; j++) {
        Draft draft = drafts.get(start + j);
        draft.kind = phrase.kind();
        phrase.alternatives().get(j).forEach(draft::addAlternative);
      }
      return length;
    }
    return 0;
  }

  /**
   * A place and its administrative unit written as one pinyin word ("Beijingshi" 北京市, "Zhejiangsheng"
   * 浙江省) are read as the two: as one unknown word, "Beijingshi" stood as a distinctive word that the entry
   * 北京市… (beijing, city) does not have, 0.29 against 0.98 for "Beijing Shi".
   */
  private void splitPlaceAndUnit(List<Draft> drafts) {
    for (int i = 0; i < drafts.size(); i++) {
      Draft draft = drafts.get(i);
      if (draft.kind != null || !"literal".equals(draft.via)) continue;
      for (String unit : unitsByPinyin.keySet()) {
        String place = draft.text.endsWith(unit) ? draft.text.substring(0, draft.text.length() - unit.length()) : "";
        LatinPhrase phrase = place.isEmpty() ? null : lexicon.latinPhrase(place);
        if (phrase == null || phrase.kind() != TokenKind.PLACE) continue;
        drafts.set(i, new Draft(place, draft.source, draft.via, null));
        drafts.add(i + 1, new Draft(unit, draft.source, draft.via, null));
        break;
      }
    }
  }

  /**
   * A lone pinyin syllable of an administrative unit right after a place ("Wulumuqi Shi" 乌鲁木齐市, "Hunan
   * Sheng") is that unit, with its translations: on its own a syllable is too ambiguous to be read as pinyin,
   * and left distinctive, "shi" outweighed the rest of "Wulumuqi Shi Gonganju" against "Urumqi Municipal
   * Public Security Bureau".
   */
  private void tagUnitsAfterPlaces(List<Draft> drafts) {
    for (int i = 1; i < drafts.size(); i++) {
      Draft draft = drafts.get(i);
      HanWord unit = draft.kind == null ? unitsByPinyin.get(draft.text) : null;
      if (unit == null || drafts.get(i - 1).kind != TokenKind.PLACE) continue;
      draft.kind = unit.kind();
      unit.english().forEach(forms -> forms.forEach(draft::addAlternative));
    }
  }

  private void tagRemaining(List<Draft> drafts) {
    for (Draft draft : drafts) {
      if (draft.kind == TokenKind.LEGAL_FORM || draft.kind == TokenKind.NUMBER) continue;
      // pinyin of unknown Han characters is never a stop word (德 reads "de")
      if (!"han-latin".equals(draft.via) && lexicon.isStopword(draft.text)) {
        draft.kind = TokenKind.STOPWORD;
      } else if (draft.kind == null) {
        draft.kind = isDigits(draft.text) ? TokenKind.NUMBER : TokenKind.DISTINCTIVE;
        Acronym acronym = lexicon.acronym(draft.text);
        if (acronym != null) draft.addAlternative(acronym.expansion());
      }
    }
  }

  /**
   * A name made only of legal forms and stop words ("The Limited", 有限公司) keeps them as its
   * distinctive tokens, so that it is not empty for matching.
   */
  private static void keepSomethingToMatch(List<Draft> drafts) {
    boolean empty = drafts.stream().allMatch(d -> d.kind == TokenKind.LEGAL_FORM || d.kind == TokenKind.STOPWORD);
    if (empty) drafts.forEach(d -> d.kind = TokenKind.DISTINCTIVE);
  }

  private static boolean isDigits(String s) {
    for (int i = 0; i < s.length(); i++) if (s.charAt(i) < '0' || s.charAt(i) > '9') return false;
    return !s.isEmpty();
  }

  private static boolean isAscii(String s) {
    for (int i = 0; i < s.length(); i++) if (s.charAt(i) > 0x7f) return false;
    return true;
  }
}
