package org.tiescan.text.analysis;

/** Chinese numerals as found in institute names: 二十八 → 28, 一〇二 → 102, 十 → 10. */
final class ChineseNumerals {
  private static final String DIGITS = "〇一二三四五六七八九";

  private ChineseNumerals() {}

  static boolean isNumeral(int cp) {
    return digit(cp) >= 0 || cp == '零' || cp == '十' || cp == '百' || cp == '千' || cp == '两';
  }

  /** The value of a string made only of numerals, or -1 when it is not a well-formed number. */
  static long value(String numerals) {
    boolean positional = numerals.codePoints().noneMatch(cp -> cp == '十' || cp == '百' || cp == '千');
    return positional ? positionalValue(numerals) : multiplierValue(numerals);
  }

  private static long positionalValue(String numerals) {
    long value = 0;
    for (int cp : numerals.codePoints().toArray()) {
      int d = digit(cp);
      if (d < 0) return -1;
      value = value * 10 + d;
    }
    return value;
  }

  /** 二十八: digits multiplied by 十/百/千 and summed; a leading 十 means ten (十五 = 15). */
  private static long multiplierValue(String numerals) {
    long total = 0;
    int pending = -1;
    for (int cp : numerals.codePoints().toArray()) {
      int unit = cp == '十' ? 10 : cp == '百' ? 100 : cp == '千' ? 1000 : 0;
      if (unit > 0) {
        total += (long) (pending < 0 ? 1 : pending) * unit;
        pending = -1;
      } else if (cp != '零') {
        if (pending >= 0) return -1;
        pending = digit(cp);
        if (pending < 0) return -1;
      }
    }
    return total + Math.max(pending, 0);
  }

  private static int digit(int cp) {
    if (cp == '零') return 0;
    if (cp == '两') return 2;
    return DIGITS.indexOf(cp);
  }
}
