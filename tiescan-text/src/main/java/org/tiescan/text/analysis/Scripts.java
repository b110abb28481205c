package org.tiescan.text.analysis;

import com.ibm.icu.lang.UScript;

/** The dominant writing system of a name. */
final class Scripts {
  private static final String LATIN = UScript.getName(UScript.LATIN);
  private static final String COMMON = UScript.getName(UScript.COMMON);

  private Scripts() {}

  /**
   * The script with the most letters, by ICU's long name ({@code Latin}, {@code Han},
   * {@code Cyrillic}, {@code Arabic}, {@code Greek}, {@code Katakana}…); {@code Common} when the name
   * has no letters. Ties go to the script seen first.
   */
  static String dominant(String name) {
    boolean ascii = true;
    boolean letter = false;
    for (int i = 0; i < name.length() && ascii; i++) {
      char c = name.charAt(i);
      ascii = c < 0x80;
      letter |= (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    }
    if (ascii) return letter ? LATIN : COMMON;
    int[] counts = new int[UScript.CODE_LIMIT];
    int best = UScript.COMMON;
    for (int i = 0; i < name.length(); ) {
      int cp = name.codePointAt(i);
      i += Character.charCount(cp);
      if (!Character.isLetter(cp) && cp != 0x3007) continue;
      int script = UScript.getScript(cp);
      if (script == UScript.COMMON || script == UScript.INHERITED) continue;
      counts[script]++;
      if (best == UScript.COMMON || counts[script] > counts[best]) best = script;
    }
    return UScript.getName(best);
  }
}
