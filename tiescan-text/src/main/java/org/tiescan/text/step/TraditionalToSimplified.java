package org.tiescan.text.step;

import org.tiescan.text.NameStep;

/**
 * Traditional to simplified Chinese, character by character through the cached ICU
 * {@code Traditional-Simplified} mapping (哈爾濱工業大學 → 哈尔滨工业大学). Other characters pass unchanged.
 */
public final class TraditionalToSimplified implements NameStep {
  @Override
  public String apply(String name) {
    StringBuilder out = new StringBuilder(name.length());
    name.codePoints().forEach(cp -> {
      if (HanCharacters.isHan(cp)) out.append(HanCharacters.simplified(cp));
      else out.appendCodePoint(cp);
    });
    return out.toString();
  }
}
