package org.tiescan.screen;

import java.text.Normalizer;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Turns what users write in a country column ("CN", "China", "People's Republic of China", "中国")
 * into ISO 3166-1 alpha-2 codes, using the JDK's country names in English and Chinese.
 */
public final class Countries {
  private static final Map<String, String> BY_NAME = buildIndex();

  private Countries() {}

  /** The lower-case alpha-2 code, or null when the text is not a country the JDK knows. */
  public static String code(String text) {
    if (text == null || text.isBlank()) return null;
    String t = text.strip();
    // two ASCII letters are a code already; "中国" is two letters too, but a name
    if (t.length() == 2 && t.chars().allMatch(c -> (c | 0x20) >= 'a' && (c | 0x20) <= 'z')) {
      return t.toLowerCase(Locale.ROOT);
    }
    return BY_NAME.get(key(t));
  }

  private static Map<String, String> buildIndex() {
    Map<String, String> index = new HashMap<>();
    for (String cc : Locale.getISOCountries()) {
      Locale l = new Locale("", cc);
      String code = cc.toLowerCase(Locale.ROOT);
      index.put(key(l.getDisplayCountry(Locale.ENGLISH)), code);
      index.put(key(l.getDisplayCountry(Locale.SIMPLIFIED_CHINESE)), code);
      index.put(key(l.getDisplayCountry(Locale.TRADITIONAL_CHINESE)), code);
      try {
        index.put(key(l.getISO3Country()), code);
      } catch (java.util.MissingResourceException ignored) {
        // a few codes have no alpha-3 form
      }
    }
    // Common long and short forms the JDK does not list.
    index.put(key("People's Republic of China"), "cn");
    index.put(key("PRC"), "cn");
    index.put(key("中华人民共和国"), "cn");
    index.put(key("USA"), "us");
    index.put(key("United States of America"), "us");
    index.put(key("UK"), "gb");
    index.put(key("Russia"), "ru");
    index.put(key("South Korea"), "kr");
    index.put(key("Korea"), "kr");
    index.put(key("Taiwan"), "tw");
    index.put(key("Hong Kong"), "hk");
    index.put(key("Iran"), "ir");
    return Map.copyOf(index);
  }

  private static String key(String s) {
    String n = Normalizer.normalize(s, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
    StringBuilder out = new StringBuilder();
    n.codePoints().filter(Character::isLetterOrDigit).forEach(out::appendCodePoint);
    return out.toString();
  }
}
