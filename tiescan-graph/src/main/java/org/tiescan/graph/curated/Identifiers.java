package org.tiescan.graph.curated;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/** Format and check-digit tests for the identifiers the curated dataset holds. */
public final class Identifiers {
  /** GB 32100-2015 code alphabet: digits and capitals without I, O, S, V, Z. */
  private static final String USCC_CHARS = "0123456789ABCDEFGHJKLMNPQRTUWXY";
  private static final int[] USCC_WEIGHTS = {1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28};
  private static final Pattern ISIN = Pattern.compile("[A-Z]{2}[A-Z0-9]{9}[0-9]");
  private static final Pattern LEI = Pattern.compile("[A-Z0-9]{18}[0-9]{2}");
  private static final Pattern DATE = Pattern.compile("\\d{4}(-\\d{2}(-\\d{2})?)?");
  private static final Pattern DOMAIN = Pattern.compile("([a-z0-9]([a-z0-9-]*[a-z0-9])?\\.)+[a-z]{2,}");
  private static final Set<String> COUNTRIES = Set.of(Locale.getISOCountries());

  private Identifiers() {}

  /** Unified Social Credit Code: 18 characters, last one the GB 32100-2015 check character. */
  public static boolean validUscc(String code) {
    if (code == null || code.length() != 18) return false;
    int sum = 0;
    for (int i = 0; i < 17; i++) {
      int v = USCC_CHARS.indexOf(code.charAt(i));
      if (v < 0) return false;
      sum += v * USCC_WEIGHTS[i];
    }
    int check = (31 - sum % 31) % 31;
    return code.charAt(17) == USCC_CHARS.charAt(check);
  }

  /** ISIN (ISO 6166): letters expanded to two digits, Luhn over the whole. */
  public static boolean validIsin(String isin) {
    if (isin == null || !ISIN.matcher(isin).matches()) return false;
    StringBuilder digits = new StringBuilder();
    for (char c : isin.toCharArray()) digits.append(Character.digit(c, 36));
    return luhn(digits);
  }

  /** LEI (ISO 17442): 20 characters, ISO 7064 MOD 97-10 remainder 1. */
  public static boolean validLei(String lei) {
    if (lei == null || !LEI.matcher(lei).matches()) return false;
    int rem = 0;
    for (char c : lei.toCharArray()) {
      int v = Character.digit(c, 36);
      rem = (v > 9 ? rem * 100 + v : rem * 10 + v) % 97;
    }
    return rem == 1;
  }

  /** ISO 3166-1 alpha-2, lower case as in FtM. */
  public static boolean validCountry(String cc) {
    return cc != null && cc.length() == 2 && cc.equals(cc.toLowerCase(Locale.ROOT))
        && COUNTRIES.contains(cc.toUpperCase(Locale.ROOT));
  }

  /** ISO date, year-month or year. */
  public static boolean validDate(String d) {
    return d != null && DATE.matcher(d).matches();
  }

  /** A bare domain name (no scheme, no path), lower case. */
  public static boolean validDomain(String d) {
    return d != null && DOMAIN.matcher(d).matches();
  }

  private static boolean luhn(CharSequence digits) {
    int sum = 0;
    boolean dbl = false;
    for (int i = digits.length() - 1; i >= 0; i--) {
      int d = digits.charAt(i) - '0';
      if (dbl) {
        d *= 2;
        if (d > 9) d -= 9;
      }
      sum += d;
      dbl = !dbl;
    }
    return sum % 10 == 0;
  }
}
