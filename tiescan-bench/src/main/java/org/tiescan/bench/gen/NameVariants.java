package org.tiescan.bench.gen;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.regex.Pattern;
import com.ibm.icu.text.BreakIterator;
import com.ibm.icu.text.Transliterator;
import com.ibm.icu.util.ULocale;

/**
 * The ways people mistype or restyle an organisation name when they enter it in a supplier master:
 * case, punctuation, a dropped legal form, swapped words, one typo; and for a name in Chinese characters,
 * the name in pinyin (as a Latin-script system holds it) or in traditional characters (as Hong Kong, Macao
 * and Taiwan write it). Each variant names its kind so recall can be broken down by it.
 */
public final class NameVariants {
  /** One perturbation of a name. */
  public enum Kind { EXACT, CASE, PUNCTUATION, NO_LEGAL_FORM, SWAPPED, TYPO, PINYIN, TRADITIONAL }

  /** The kinds for a name in Latin script (and what {@link #randomKind()} draws from). */
  private static final Kind[] LATIN = {Kind.EXACT, Kind.CASE, Kind.PUNCTUATION, Kind.NO_LEGAL_FORM, Kind.SWAPPED, Kind.TYPO};
  /** The kinds for a name in Chinese characters. */
  private static final Kind[] HAN = {Kind.EXACT, Kind.PINYIN, Kind.TRADITIONAL};
  private static final Pattern HAN_CHARACTER = Pattern.compile("\\p{IsHan}");
  /** ICU's Mandarin readings without tones: "杭州" → "hang zhou". */
  private static final Transliterator PINYIN = Transliterator.getInstance("Han-Latin; Latin-ASCII");
  private static final Transliterator TO_TRADITIONAL = Transliterator.getInstance("Simplified-Traditional");

  private static final Pattern LEGAL_FORM_TAIL = Pattern.compile(
      "(?i)[,.\\s]+(co\\.?,?\\s*ltd\\.?|company limited|limited|ltd\\.?|corporation|corp\\.?|inc\\.?|llc|gmbh|"
          + "co\\.?|jsc|ooo|plc|s\\.a\\.|ag)\\s*$");
  private static final Pattern PUNCTUATION = Pattern.compile("[\\p{Punct}]+");

  private final Random random;

  public NameVariants(long seed) {
    this.random = new Random(seed);
  }

  /** A variant of {@code name} of the given kind; may equal the name when the kind does not apply. */
  public String apply(Kind kind, String name) {
    return switch (kind) {
      case EXACT -> name;
      case CASE -> random.nextBoolean() ? name.toLowerCase(Locale.ROOT) : titleCase(name);
      case PUNCTUATION -> PUNCTUATION.matcher(name).replaceAll(" ").replaceAll("\\s+", " ").strip();
      case NO_LEGAL_FORM -> stripLegalForms(name);
      case SWAPPED -> swapTwoWords(name);
      case TYPO -> typo(name);
      case PINYIN -> pinyin(name);
      case TRADITIONAL -> TO_TRADITIONAL.transliterate(name);
    };
  }

  /** A kind for a name in Latin script. */
  public Kind randomKind() {
    return LATIN[random.nextInt(LATIN.length)];
  }

  /** A kind that applies to {@code name}: the Chinese ones for a name in Chinese characters. */
  public Kind randomKind(String name) {
    Kind[] kinds = isHan(name) ? HAN : LATIN;
    return kinds[random.nextInt(kinds.length)];
  }

  /** Whether the name is written in Chinese characters. */
  public static boolean isHan(String name) {
    return HAN_CHARACTER.matcher(name).find();
  }

  /**
   * The name in pinyin without tones, title-cased: the syllables of each word written together ("Hangzhou Haikang
   * Weishi", words as ICU's dictionary cuts them: not tiescan's own segmenter) or, half the time, one by one
   * ("Hang Zhou Hai Kang").
   */
  private String pinyin(String name) {
    boolean byWord = random.nextBoolean();
    BreakIterator words = BreakIterator.getWordInstance(ULocale.SIMPLIFIED_CHINESE);
    words.setText(name);
    List<String> out = new ArrayList<>();
    for (int start = words.first(), end = words.next(); end != BreakIterator.DONE; start = end, end = words.next()) {
      String[] syllables = PINYIN.transliterate(name.substring(start, end)).strip().split("\\s+");
      if (syllables[0].isEmpty()) continue;
      if (byWord) {
        out.add(titleCase(String.join("", syllables)));
      } else {
        for (String s : syllables) out.add(titleCase(s));
      }
    }
    return String.join(" ", out);
  }

  static String stripLegalForms(String name) {
    String out = name;
    for (String previous = null; !out.equals(previous); ) {
      previous = out;
      out = LEGAL_FORM_TAIL.matcher(out).replaceAll("").strip();
    }
    return out.isEmpty() ? name : out;
  }

  private static String titleCase(String name) {
    StringBuilder out = new StringBuilder(name.length());
    boolean start = true;
    for (char c : name.toCharArray()) {
      out.append(start ? Character.toUpperCase(c) : Character.toLowerCase(c));
      start = !Character.isLetterOrDigit(c);
    }
    return out.toString();
  }

  private String swapTwoWords(String name) {
    List<String> words = new ArrayList<>(Arrays.asList(name.split("\\s+")));
    if (words.size() < 2) return name;
    int i = random.nextInt(words.size() - 1);
    String w = words.get(i);
    words.set(i, words.get(i + 1));
    words.set(i + 1, w);
    return String.join(" ", words);
  }

  /** One edit (substitution, deletion or transposition) inside a word of five letters or more. */
  private String typo(String name) {
    List<Integer> starts = new ArrayList<>();
    String[] words = name.split(" ");
    int offset = 0;
    for (String w : words) {
      if (w.length() >= 5 && w.chars().allMatch(Character::isLetter)) starts.add(offset);
      offset += w.length() + 1;
    }
    if (starts.isEmpty()) return name;
    int start = starts.get(random.nextInt(starts.size()));
    int pos = start + 1 + random.nextInt(3);
    char[] chars = name.toCharArray();
    switch (random.nextInt(3)) {
      case 0 -> chars[pos] = (char) ('a' + random.nextInt(26));
      case 1 -> { char c = chars[pos]; chars[pos] = chars[pos + 1]; chars[pos + 1] = c; }
      default -> { return name.substring(0, pos) + name.substring(pos + 1); }
    }
    return new String(chars);
  }
}
