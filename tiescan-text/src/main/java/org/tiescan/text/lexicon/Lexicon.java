package org.tiescan.text.lexicon;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.tiescan.text.TokenKind;
import org.tiescan.text.step.HanCharacters;
import org.tiescan.text.step.Steps;

/**
 * Organisation-name knowledge loaded from the data files in {@code org/tiescan/text/}: legal forms,
 * places, generic industry and institution words, conventional English names of institutions (each
 * in Chinese, English and pinyin),
 * abbreviations, acronyms and stop words. Immutable and thread-safe once built.
 *
 * <p>Every Chinese word also yields Latin phrases: its English translation (with variants) and its
 * pinyin, joined and split into syllable groups ({@code gongan ju}, {@code gonganju}), so that Latin
 * input written in English or in pinyin is tagged the same way.
 */
public final class Lexicon {
  static final String DIR = "/org/tiescan/text/";
  private static final int MAX_GROUPED_SYLLABLES = 6;

  private final Map<String, HanWord> hanWords = new HashMap<>();
  private final HanTrie hanTrie = new HanTrie();
  private final Map<String, LatinPhrase> latinPhrases = new HashMap<>();
  private final Map<String, List<String>> abbreviations = new HashMap<>();
  private final Map<String, Acronym> acronyms = new HashMap<>();
  private final Set<String> stopwords = new HashSet<>();
  private CommonWordSpellings spellings;
  /** Words of legal-form and generic phrases in a Latin-script language (sorted: the same order every load). */
  private final Set<String> commonWords = new java.util.TreeSet<>();
  /** Every word of every Latin phrase, whatever its kind. */
  private final Set<String> phraseWords = new HashSet<>();
  private int maxHanLength;
  private int maxLatinWords;
  /** Pinyin phrases of two or more words, each word given the whole translation ({@link #addPinyinPhrases}). */
  private final Set<String> pinyinPhrases = new LinkedHashSet<>();

  private Lexicon() {}

  /** The lexicon of the bundled knowledge files, loaded once. */
  public static Lexicon standard() {
    return Holder.STANDARD;
  }

  private static final class Holder {
    static final Lexicon STANDARD = load();
  }

  static Lexicon load() {
    Lexicon lexicon = new Lexicon();
    lexicon.addWords("legal-forms.tsv", TokenKind.LEGAL_FORM);
    lexicon.addWords("places.tsv", TokenKind.PLACE);
    lexicon.addWords("generic-words.tsv", TokenKind.GENERIC);
    lexicon.addWords("conventional-names.tsv", TokenKind.DISTINCTIVE);
    lexicon.addWords("regional-names.tsv", TokenKind.DISTINCTIVE);
    lexicon.addAbbreviations();
    lexicon.addAcronyms();
    lexicon.addStopwords();
    lexicon.narrowPinyinWords();
    lexicon.spellings = new CommonWordSpellings(lexicon.commonWords());
    return lexicon;
  }

  /** The Chinese word, in simplified characters, or null. */
  public HanWord hanWord(String han) {
    return hanWords.get(han);
  }

  /**
   * Calls {@code found} with each Chinese word that starts at {@code start} of {@code text}
   * (simplified code points) and its length in characters, shortest first.
   */
  public void hanWordsAt(int[] text, int start, java.util.function.ObjIntConsumer<HanWord> found) {
    hanTrie.wordsAt(text, start, found);
  }

  /** Length in characters of the longest Chinese word. */
  public int maxHanLength() {
    return maxHanLength;
  }

  /** The phrase whose normalised words, joined by single spaces, are {@code words}; or null. */
  public LatinPhrase latinPhrase(String words) {
    return latinPhrases.get(words);
  }

  /** Number of words of the longest Latin phrase. */
  public int maxLatinWords() {
    return maxLatinWords;
  }

  /** The expansion of an abbreviation ({@code tech} → [technology]), or null. */
  public List<String> abbreviation(String word) {
    return abbreviations.get(word);
  }

  /** The acronym ({@code xpcc}), or null. */
  public Acronym acronym(String word) {
    return acronyms.get(word);
  }

  /**
   * The legal form or generic word {@code word} is a misspelling of ("lmited" → limited), or null;
   * never for a word the lexicon knows in any role (a place, a name, a word of a longer phrase).
   */
  public String commonWordMisspelt(String word) {
    if (phraseWords.contains(word) || abbreviations.containsKey(word) || acronyms.containsKey(word)
        || stopwords.contains(word)) {
      return null;
    }
    return spellings.correction(word);
  }

  /**
   * The words of the legal-form and generic phrases as written in English or another Latin-script
   * language (not their pinyin: a pinyin word one letter from another is usually another word), less
   * those the lexicon also knows in another role.
   */
  private List<String> commonWords() {
    List<String> out = new ArrayList<>(commonWords);
    out.removeIf(w -> latinPhrases.containsKey(w) && !isCommon(latinPhrases.get(w).kind()) || abbreviations.containsKey(w)
        || acronyms.containsKey(w));
    return out;
  }

  private static boolean isCommon(TokenKind kind) {
    return kind == TokenKind.LEGAL_FORM || kind == TokenKind.GENERIC;
  }

  public boolean isStopword(String word) {
    return stopwords.contains(word);
  }

  /** All Chinese words, for documentation and tests. */
  public List<HanWord> hanWords() {
    return List.copyOf(hanWords.values());
  }

  private void addWords(String file, TokenKind kind) {
    TsvTable table = TsvTable.read(DIR + file, "term", "english", "pinyin");
    for (TsvTable.Row row : table.rows()) {
      String term = row.required("term");
      // a proper name's English form is knowledge, not a translation: it must say where it is printed
      if (kind == TokenKind.DISTINCTIVE) row.required("source");
      if (term.codePoints().anyMatch(HanCharacters::isHan)) addHanWord(row, term, kind);
      else addLatinTerm(row, term, kind);
    }
  }

  private void addHanWord(TsvTable.Row row, String term, TokenKind kind) {
    // terms are written in simplified characters (a test checks it): no ICU needed to load
    String han = Steps.NFKC.apply(term);
    if (han.codePoints().anyMatch(cp -> !HanCharacters.isHan(cp))) {
      throw row.problem("term", "mixes Han and other characters: " + term);
    }
    List<List<String>> english = parseWords(row, "english", row.required("english"));
    String pinyin = row.get("pinyin").isEmpty() ? HanCharacters.spacedPinyin(han)
        : String.join(" ", parseWords(row, "pinyin", row.get("pinyin")).stream().map(f -> f.get(0)).toList());
    if (pinyin.split(" ").length != han.codePointCount(0, han.length())) {
      throw row.problem("pinyin", "needs one syllable per character: " + pinyin);
    }
    HanWord word = new HanWord(han, kind, english, pinyin, translations(row));
    if (hanWords.putIfAbsent(han, word) != null) throw row.problem("term", "duplicate word " + han);
    hanTrie.add(word);
    maxHanLength = Math.max(maxHanLength, word.length());
    addEnglishPhrases(english, kind);
    addPinyinPhrases(pinyin.split(" "), kind, flatten(english));
  }

  /** The optional column {@code translation} (regional-names.tsv): whole phrases, "/" between them. */
  private static List<String> translations(TsvTable.Row row) {
    if (!row.columns().contains("translation") || row.get("translation").isEmpty()) return List.of();
    List<String> out = new ArrayList<>();
    for (String phrase : row.get("translation").split("/")) out.add(Steps.TO_ASCII_WORDS.apply(phrase));
    return out;
  }

  private void addLatinTerm(TsvTable.Row row, String term, TokenKind kind) {
    if (term.codePoints().anyMatch(cp -> Character.isLetter(cp)
        && com.ibm.icu.lang.UScript.getScript(cp) != com.ibm.icu.lang.UScript.LATIN)) {
      // transliterators take seconds to build; the files hold the transliterated form instead
      throw row.problem("term", "write terms in Latin or Chinese script (transliterated): " + term);
    }
    List<String> words = List.of(Steps.TO_ASCII_WORDS.apply(term).split(" "));
    if (words.get(0).isEmpty()) throw row.problem("term", "has no letters or digits: " + term);
    String english = row.get("english");
    List<String> alternatives = english.isEmpty() ? List.of() : flatten(parseWords(row, "english", english));
    List<List<String>> perWord = new ArrayList<>();
    for (int i = 0; i < words.size(); i++) perWord.add(alternatives);
    addPhrase(new LatinPhrase(words, kind, perWord));
    if (isCommon(kind)) commonWords.addAll(words);
  }

  private void addEnglishPhrases(List<List<String>> english, TokenKind kind) {
    for (List<String> words : variants(english, 0, new ArrayList<>(), new ArrayList<>())) {
      List<List<String>> alternatives = new ArrayList<>();
      for (int i = 0; i < words.size(); i++) {
        String chosen = words.get(i);
        alternatives.add(english.get(i).stream().filter(w -> !w.equals(chosen)).toList());
      }
      addPhrase(new LatinPhrase(words, kind, alternatives));
      if (isCommon(kind)) commonWords.addAll(words);
    }
  }

  /** Every choice of one form per English word (capped: variants are few). */
  private static List<List<String>> variants(List<List<String>> english, int i, List<String> prefix,
      List<List<String>> out) {
    if (out.size() >= 32) return out;
    if (i == english.size()) {
      out.add(List.copyOf(prefix));
      return out;
    }
    for (String form : english.get(i)) {
      prefix.add(form);
      variants(english, i + 1, prefix, out);
      prefix.remove(prefix.size() - 1);
    }
    return out;
  }

  /** Pinyin as written in Latin names: syllables grouped into words in every way (short words). */
  private void addPinyinPhrases(String[] syllables, TokenKind kind, List<String> english) {
    if (syllables.length < 2) return; // a lone syllable (ju, si) is too ambiguous in Latin text
    List<List<String>> groupings = new ArrayList<>();
    if (syllables.length <= MAX_GROUPED_SYLLABLES) {
      for (int mask = 0; mask < 1 << (syllables.length - 1); mask++) groupings.add(group(syllables, mask));
    } else {
      groupings.add(List.of(String.join("", syllables)));
      groupings.add(List.of(syllables));
    }
    for (List<String> words : groupings) {
      List<List<String>> alternatives = new ArrayList<>();
      for (int i = 0; i < words.size(); i++) alternatives.add(english);
      // only a phrase that stands under its words is narrowed: where a place keeps them (xin xing), not the generic word's
      if (addPhrase(new LatinPhrase(words, kind, alternatives)) && words.size() > 1) pinyinPhrases.add(String.join(" ", words));
    }
  }

  /**
   * Each word of a pinyin phrase keeps only the translations its own word gives, where the lexicon knows it
   * alone and the two share any: in "gongcheng daxue" (工程大学, engineering university) gongcheng is
   * engineering and daxue university, not both of them each. Given the whole translation, "Haerbin Gongcheng
   * Daxue" (Harbin Engineering University) scored 0.97 against Harbin Institute of Technology too, gongcheng
   * and daxue each linking to "institute" or "technology" through "university" (工业大学 gives those words
   * "university" as a variant). A word the lexicon does not know alone takes what the others left (ju in
   * "gongan ju" is bureau), or the whole translation when they took it all.
   */
  private void narrowPinyinWords() {
    for (String key : pinyinPhrases) {
      LatinPhrase phrase = latinPhrases.get(key);
      int n = phrase.words().size();
      List<List<String>> narrowed = new ArrayList<>();
      Set<String> claimed = new HashSet<>();
      for (int i = 0; i < n; i++) {
        List<String> own = ownTranslation(phrase, i);
        narrowed.add(own);
        if (own != null) claimed.addAll(own);
      }
      for (int i = 0; i < n; i++) {
        if (narrowed.get(i) == null) narrowed.set(i, unclaimed(phrase.alternatives().get(i), claimed));
      }
      latinPhrases.put(key, new LatinPhrase(phrase.words(), phrase.kind(), narrowed));
    }
  }

  /** The phrase's translations that word {@code i} gives alone, or null when it is unknown alone or gives none of them. */
  private List<String> ownTranslation(LatinPhrase phrase, int i) {
    LatinPhrase alone = latinPhrases.get(phrase.words().get(i));
    if (alone == null || alone.words().size() != 1) return null;
    List<String> own = phrase.alternatives().get(i).stream().filter(alone.alternatives().get(0)::contains).toList();
    return own.isEmpty() ? null : own;
  }

  /** What the words known alone left of the translation (gongan ju: gongan is public security, so ju is bureau). */
  private static List<String> unclaimed(List<String> whole, Set<String> claimed) {
    List<String> left = whole.stream().filter(w -> !claimed.contains(w)).toList();
    return left.isEmpty() ? whole : left;
  }

  /** Syllables joined into words; bit i of {@code breaks} set means a word ends after syllable i. */
  private static List<String> group(String[] syllables, int breaks) {
    List<String> words = new ArrayList<>();
    StringBuilder word = new StringBuilder(syllables[0]);
    for (int i = 1; i < syllables.length; i++) {
      if ((breaks & (1 << (i - 1))) != 0) {
        words.add(word.toString());
        word.setLength(0);
      }
      word.append(syllables[i]);
    }
    words.add(word.toString());
    return words;
  }

  /** Adds the phrase, or merges it into one of its kind with the same words; false when one of a higher kind keeps them. */
  private boolean addPhrase(LatinPhrase phrase) {
    String key = String.join(" ", phrase.words());
    LatinPhrase old = latinPhrases.get(key);
    maxLatinWords = Math.max(maxLatinWords, phrase.words().size());
    phraseWords.addAll(phrase.words());
    if (old == null || priority(phrase.kind()) > priority(old.kind())) {
      latinPhrases.put(key, phrase);
      // a pinyin phrase replaced: what now stands under its words is not narrowed as pinyin (added again if it is)
      pinyinPhrases.remove(key);
      return true;
    }
    if (old.kind() != phrase.kind()) return false;
    latinPhrases.put(key, merge(old, phrase));
    return true;
  }

  private static LatinPhrase merge(LatinPhrase a, LatinPhrase b) {
    List<List<String>> alternatives = new ArrayList<>();
    for (int i = 0; i < a.words().size(); i++) {
      Set<String> union = new LinkedHashSet<>(a.alternatives().get(i));
      union.addAll(b.alternatives().get(i));
      union.remove(a.words().get(i));
      alternatives.add(List.copyOf(union));
    }
    return new LatinPhrase(a.words(), a.kind(), alternatives);
  }

  /** When one phrase is known as two kinds, the legal form wins over the place over the generic word. */
  private static int priority(TokenKind kind) {
    return switch (kind) {
      case LEGAL_FORM -> 3;
      case PLACE -> 2;
      case GENERIC -> 1;
      default -> 0;
    };
  }

  private void addAbbreviations() {
    for (TsvTable.Row row : TsvTable.read(DIR + "abbreviations.tsv", "abbreviation", "expansion").rows()) {
      String abbreviation = single(row, "abbreviation");
      List<String> expansion = flatten(parseWords(row, "expansion", row.required("expansion")));
      if (abbreviations.put(abbreviation, expansion) != null) {
        throw row.problem("abbreviation", "duplicate abbreviation " + abbreviation);
      }
    }
  }

  private void addAcronyms() {
    TsvTable table = TsvTable.read(DIR + "acronyms.tsv", "acronym", "expansion", "source");
    for (TsvTable.Row row : table.rows()) {
      String acronym = single(row, "acronym");
      String expansion = Steps.TO_ASCII_WORDS.apply(row.required("expansion"));
      Acronym entry = new Acronym(acronym, expansion, row.required("source"));
      if (acronyms.put(acronym, entry) != null) throw row.problem("acronym", "duplicate acronym " + acronym);
    }
  }

  private void addStopwords() {
    for (TsvTable.Row row : TsvTable.read(DIR + "stopwords.tsv", "word").rows()) {
      stopwords.add(single(row, "word"));
    }
  }

  private static String single(TsvTable.Row row, String column) {
    String word = Steps.TO_ASCII_WORDS.apply(row.required(column));
    if (word.isEmpty() || word.contains(" ")) throw row.problem(column, "must be one word: " + row.get(column));
    return word;
  }

  /** "public security bureau/office" → [[public], [security], [bureau, office]]. */
  private static List<List<String>> parseWords(TsvTable.Row row, String column, String value) {
    List<List<String>> words = new ArrayList<>();
    for (String word : value.strip().split(" +")) {
      List<String> forms = new ArrayList<>();
      for (String form : word.split("/")) {
        if (!form.matches("[a-z0-9]+")) {
          throw row.problem(column, "'" + form + "' is not a lower-case ASCII word");
        }
        forms.add(form);
      }
      words.add(forms);
    }
    return words;
  }

  private static List<String> flatten(List<List<String>> words) {
    Set<String> all = new LinkedHashSet<>();
    words.forEach(all::addAll);
    return List.copyOf(all);
  }
}
