package org.tiescan.text.analysis;

import java.util.ArrayList;
import java.util.List;
import org.tiescan.text.TokenKind;
import org.tiescan.text.lexicon.HanWord;
import org.tiescan.text.lexicon.Lexicon;
import org.tiescan.text.step.HanCharacters;

/**
 * Splits a run of Han characters into tokens using the knowledge files: a known word becomes its
 * English translation (one token per English word, pinyin as an alternative); 第 with a numeral
 * becomes a number (第二十八 → 28); each maximal run of unknown characters becomes one distinctive
 * token spelled in pinyin without spaces (海康威视 → haikangweishi, alternative "hai kang wei shi").
 *
 * <p>The split is chosen by dynamic programming, not greedily: fewest unknown characters first,
 * then fewest unknown runs, then fewest words. So 立华南京 reads 立华 + 南京 (Nanjing), not
 * 立 + 华南 (South China) + 京. A one-character word (市, 局, 网) counts only when a known word or
 * the end of the run follows it, or it is an administrative unit after a place (厦门市美亚柏科), so it does not split a
 * distinctive name (网易, 东方网力).
 */
final class HanSegmenter {
  private static final int ORDINAL_PREFIX = '第';
  private static final long UNKNOWN_CHAR = 1_000_000L;
  private static final long UNKNOWN_RUN = 1_000L;
  private static final long SEGMENT = 1L;
  private static final String[] ORDINAL_WORDS = {"", "first", "second", "third", "fourth", "fifth", "sixth",
      "seventh", "eighth", "ninth", "tenth", "eleventh", "twelfth"};

  private final Lexicon lexicon;

  HanSegmenter(Lexicon lexicon) {
    this.lexicon = lexicon;
  }

  /** A piece of the run: a word, an ordinal number, a bare 第, or one unknown character. */
  private record Piece(int start, int length, HanWord word, long number, boolean ordinalMark) {
    boolean unknown() {
      return word == null && number < 0 && !ordinalMark;
    }
  }

  /**
   * @param original the run as written (maybe traditional), used as token source
   * @param simplified the same run in simplified characters, code point for code point
   */
  void segment(int[] original, int[] simplified, List<Draft> out) {
    List<Piece> pieces = bestSplit(simplified);
    int unknownStart = -1;
    for (Piece piece : pieces) {
      if (piece.unknown()) {
        if (unknownStart < 0) unknownStart = piece.start();
        continue;
      }
      flushUnknown(original, simplified, unknownStart, piece.start(), out);
      unknownStart = -1;
      emit(piece, original, out);
    }
    flushUnknown(original, simplified, unknownStart, simplified.length, out);
  }

  private List<Piece> bestSplit(int[] text) {
    int n = text.length;
    List<List<Piece>> starting = new ArrayList<>(n + 1);
    boolean[] knownAt = new boolean[n + 1];
    boolean[] placeEndsAt = new boolean[n + 1];
    knownAt[n] = true;
    for (int i = 0; i < n; i++) {
      List<Piece> options = options(text, i);
      starting.add(options);
      knownAt[i] = !options.isEmpty();
      for (Piece option : options) {
        if (option.word() != null && option.word().kind() == TokenKind.PLACE) placeEndsAt[i + option.length()] = true;
      }
    }
    // cost[i][s]: best cost of text[0, i) whose last piece is unknown (s = 1) or not (s = 0)
    long[][] cost = new long[n + 1][2];
    Piece[][] last = new Piece[n + 1][2];
    int[][] lastState = new int[n + 1][2];
    for (long[] c : cost) java.util.Arrays.fill(c, Long.MAX_VALUE);
    cost[0][0] = 0;
    for (int i = 0; i < n; i++) {
      for (int s = 0; s < 2; s++) {
        if (cost[i][s] == Long.MAX_VALUE) continue;
        long unknownCost = cost[i][s] + UNKNOWN_CHAR + (s == 0 ? UNKNOWN_RUN + SEGMENT : 0);
        relax(cost, last, lastState, i + 1, 1, unknownCost, new Piece(i, 1, null, -1, false), s);
        for (Piece option : starting.get(i)) {
          boolean single = option.length() == 1 && option.word() != null;
          if (single && !knownAt[i + 1] && !(placeEndsAt[i] && isAdministrativeSuffix(text[i]))) continue;
          // on equal cost the later start wins: the longer first word, as in forward maximum matching
          // (国防科技 + 大学 rather than 国防 + 科技大学)
          relaxOrTie(cost, last, lastState, i + option.length(), 0, cost[i][s] + SEGMENT, option, s);
        }
      }
    }
    List<Piece> pieces = new ArrayList<>();
    int s = cost[n][0] <= cost[n][1] ? 0 : 1;
    for (int i = n; i > 0; ) {
      Piece piece = last[i][s];
      pieces.add(0, piece);
      s = lastState[i][s];
      i = piece.start();
    }
    return pieces;
  }

  private static void relax(long[][] cost, Piece[][] last, int[][] lastState, int to, int state, long value,
      Piece piece, int fromState) {
    if (value < cost[to][state]) {
      cost[to][state] = value;
      last[to][state] = piece;
      lastState[to][state] = fromState;
    }
  }

  /**
   * The one-character unit words of GB/T 2260 place names (浙江省, 杭州市, 洛浦县, 天山区): after a
   * place they are the unit, not the start of a distinctive name.
   */
  private static boolean isAdministrativeSuffix(int cp) {
    return ADMINISTRATIVE_UNITS.indexOf(cp) >= 0;
  }

  /** The one-character unit words of GB/T 2260 place names. */
  static final String ADMINISTRATIVE_UNITS = "省市县区镇";

  private static void relaxOrTie(long[][] cost, Piece[][] last, int[][] lastState, int to, int state,
      long value, Piece piece, int fromState) {
    if (value <= cost[to][state]) {
      cost[to][state] = value;
      last[to][state] = piece;
      lastState[to][state] = fromState;
    }
  }

  /** The known pieces starting at {@code i}: dictionary words, or an ordinal 第 + numerals. */
  private List<Piece> options(int[] text, int i) {
    List<Piece> options = new ArrayList<>(2);
    lexicon.hanWordsAt(text, i, (word, length) -> options.add(new Piece(i, length, word, -1, false)));
    if (text[i] == ORDINAL_PREFIX) {
      int end = i + 1;
      while (end < text.length && ChineseNumerals.isNumeral(text[end])) end++;
      long value = end > i + 1 ? ChineseNumerals.value(new String(text, i + 1, end - i - 1)) : -1;
      if (value >= 0) options.add(new Piece(i, end - i, null, value, false));
      // a bare 第 at the end of a run marks the Arabic digits that follow (第28研究所)
      else if (i + 1 == text.length) options.add(new Piece(i, 1, null, -1, true));
    }
    return options;
  }

  private void emit(Piece piece, int[] original, List<Draft> out) {
    String source = new String(original, piece.start(), piece.length());
    if (piece.ordinalMark()) {
      out.add(new Draft("di", source, "han-latin", TokenKind.STOPWORD));
    } else if (piece.word() == null) {
      Draft number = new Draft(Long.toString(piece.number()), source, "han-numeral", TokenKind.NUMBER);
      if (piece.number() > 0 && piece.number() < ORDINAL_WORDS.length) {
        number.addAlternative(ORDINAL_WORDS[(int) piece.number()]);
      }
      out.add(number);
    } else {
      HanWord word = piece.word();
      // a proper name's English form (清华 Tsinghua) is a conventional name, not a translation
      String via = word.kind() == TokenKind.DISTINCTIVE ? "conventional-name" : "translation";
      for (List<String> forms : word.english()) {
        Draft draft = new Draft(forms.get(0), source, via, word.kind());
        forms.stream().skip(1).forEach(draft::addAlternative);
        if (!lexicon.isStopword(draft.text)) draft.addAlternative(word.joinedPinyin());
        // 华中 huazhong: the translation "central china" meets the same words written in English
        word.translations().forEach(draft::addAlternative);
        out.add(draft);
      }
    }
  }

  /**
   * A name of two to four unknown characters may be a person's: offer the surname reading of its
   * first character (曾庆红: ceng → zeng), as lists spell such names.
   */
  private static void addSurnameReading(Draft draft, int[] simplified, String spaced) {
    if (simplified.length < 2 || simplified.length > 4) return;
    String surname = HanCharacters.surnameReading(simplified[0]);
    int firstSpace = spaced.indexOf(' ');
    if (surname == null || firstSpace < 0) return;
    String rest = spaced.substring(firstSpace);
    draft.addAlternative(surname + rest.replace(" ", ""));
    draft.addAlternative(surname + rest);
  }

  private static void flushUnknown(int[] original, int[] simplified, int start, int end, List<Draft> out) {
    if (start < 0 || start >= end) return;
    String spaced = HanCharacters.spacedPinyin(new String(simplified, start, end - start));
    String joined = spaced.replace(" ", "");
    if (joined.isEmpty()) return;
    Draft draft = new Draft(joined, new String(original, start, end - start), "han-latin", TokenKind.DISTINCTIVE);
    draft.addAlternative(spaced);
    if (start == 0 && end == simplified.length) addSurnameReading(draft, simplified, spaced);
    out.add(draft);
  }
}
