package org.tiescan.text.analysis;

import com.ibm.icu.lang.UScript;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.tiescan.text.step.CaseFold;
import org.tiescan.text.step.PunctuationFold;
import org.tiescan.text.step.ToLatin;

/**
 * Splits a run of non-Han text into words and spells each in lower-case ASCII: punctuation folded,
 * case folded, other scripts transliterated (Cyrillic by BGN/PCGN), diacritics removed, ordinal
 * suffixes dropped (28th → 28). Each word keeps the text it came from as its source.
 */
final class LatinWords {
  private static final PunctuationFold PUNCTUATION = new PunctuationFold();
  private static final CaseFold CASE_FOLD = new CaseFold();
  private static final ToLatin TO_LATIN = new ToLatin();
  private static final Pattern NOT_ALNUM = Pattern.compile("[^a-z0-9]+");
  private static final Pattern ORDINAL = Pattern.compile("([0-9]+)(?:st|nd|rd|th)");

  private LatinWords() {}

  static void split(String run, List<Draft> out) {
    String folded = PUNCTUATION.apply(run);
    if (folded.isEmpty()) return;
    for (String word : folded.split(" ")) {
      if (isAscii(word)) {
        // punctuation folding left only letters and digits
        out.add(new Draft(withoutOrdinalSuffix(word.toLowerCase(Locale.ROOT)), word, "literal", null));
        continue;
      }
      String via = via(word);
      // romanisations mark soft signs and glottal stops with apostrophes (otvetstvennost'yu)
      for (String part : NOT_ALNUM.split(ascii(word).replace("'", ""))) {
        if (!part.isEmpty()) out.add(new Draft(withoutOrdinalSuffix(part), word, via, null));
      }
    }
  }

  /** 28th → 28. */
  private static String withoutOrdinalSuffix(String word) {
    if (word.isEmpty() || word.charAt(0) < '0' || word.charAt(0) > '9') return word;
    var ordinal = ORDINAL.matcher(word);
    return ordinal.matches() ? ordinal.group(1) : word;
  }

  /** literal (plain ASCII), diacritics (Latin letters with accents) or transliteration. */
  private static String via(String word) {
    if (isAscii(word)) return "literal";
    boolean latin = word.codePoints().allMatch(cp -> !Character.isLetter(cp)
        || UScript.getScript(cp) == UScript.LATIN);
    return latin ? "diacritics" : "transliteration";
  }

  private static String ascii(String word) {
    // transliterated words can come back with capitals (Any-Latin keeps case), hence the final lower
    return TO_LATIN.apply(CASE_FOLD.apply(word)).toLowerCase(Locale.ROOT);
  }

  private static boolean isAscii(String s) {
    for (int i = 0; i < s.length(); i++) if (s.charAt(i) > 0x7f) return false;
    return true;
  }
}
