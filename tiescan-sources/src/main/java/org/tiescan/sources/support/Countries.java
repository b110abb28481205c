package org.tiescan.sources.support;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Country names and codes as the lists write them, to lower-case ISO 3166-1 alpha-2 as FtM keeps
 * them. English names come from java.util.Locale; the spellings OFAC uses that Locale does not know
 * ("Burma", "Korea, North", "Congo, Democratic Republic of the", ...) are in countries.tsv beside
 * this class. Unknown names map to null: a region such as "Region: Crimea" is not given a country
 * the list itself does not state.
 */
public final class Countries {
  private static final Set<String> ISO = Set.of(Locale.getISOCountries());
  private static final Map<String, String> BY_NAME = load();

  private Countries() {}

  /** The ISO2 code (lower case) for a name or a two-letter code, or null. */
  public static String code(String nameOrCode) {
    if (nameOrCode == null) return null;
    String t = nameOrCode.strip();
    if (t.isEmpty()) return null;
    if (t.length() == 2 && ISO.contains(t.toUpperCase(Locale.ROOT))) return t.toLowerCase(Locale.ROOT);
    return BY_NAME.get(t.toLowerCase(Locale.ROOT));
  }

  /** The ISO2 code when the text is exactly a two-letter upper-case ISO code (as CSL writes them), else null. */
  public static String strictCode(String text) {
    if (text == null) return null;
    String t = text.strip();
    return t.length() == 2 && ISO.contains(t) ? t.toLowerCase(Locale.ROOT) : null;
  }

  private static Map<String, String> load() {
    Map<String, String> map = new HashMap<>();
    for (String iso : Locale.getISOCountries()) {
      map.put(new Locale("", iso).getDisplayCountry(Locale.ENGLISH).toLowerCase(Locale.ROOT), iso.toLowerCase(Locale.ROOT));
    }
    try (InputStream in = Countries.class.getResourceAsStream("countries.tsv");
        BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      r.lines().filter(l -> !l.isBlank() && !l.startsWith("#")).forEach(l -> {
        String[] parts = l.split("\t");
        map.put(parts[0].strip().toLowerCase(Locale.ROOT), parts[1].strip());
      });
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return Map.copyOf(map);
  }
}
