package org.tiescan.match;

import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;

/**
 * Normalises identifiers (USCC, LEI, ISIN, tickers, registration numbers) for exact lookup: upper-case
 * alphanumerics only, so "CNE100000PM8", "cne1000 00pm8" and "CNE-100000-PM8" agree.
 */
public final class Identifiers {
  /** Shorter forms (e.g. a bare "941" ticker) collide too often to decide a match alone. */
  static final int MIN_LENGTH = 4;

  private Identifiers() {}

  /** Upper-case alphanumerics of {@code raw}, or "" when nothing is left. */
  public static String normalize(String raw) {
    if (raw == null) return "";
    StringBuilder out = new StringBuilder(raw.length());
    for (int i = 0; i < raw.length(); i++) {
      char ch = raw.charAt(i);
      if (ch < 128 && Character.isLetterOrDigit(ch)) out.append(Character.toUpperCase(ch));
    }
    return out.toString();
  }

  /**
   * The lookup keys of one raw identifier: its normalised form and, for exchange tickers written with
   * a market code ("002415 CN"), the bare symbol ("002415"). Keys shorter than {@link #MIN_LENGTH} are dropped.
   */
  public static Set<String> keys(String raw) {
    Set<String> out = new LinkedHashSet<>();
    String full = normalize(raw);
    if (full.length() >= MIN_LENGTH) out.add(full);
    if (raw != null) {
      String[] parts = raw.strip().split("\\s+");
      if (parts.length == 2 && parts[1].length() == 2 && parts[1].chars().allMatch(Character::isLetter)) {
        String symbol = normalize(parts[0]);
        if (symbol.length() >= MIN_LENGTH) out.add(symbol);
      }
    }
    return out;
  }

  /** Human label of an FtM identifier property, for explanations. */
  static String label(String prop) {
    return switch (prop) {
      case "uscCode" -> "USCC";
      case "leiCode" -> "LEI";
      case "isinCode" -> "ISIN";
      case "ticker" -> "ticker";
      case "registrationNumber" -> "registration number";
      case "taxNumber" -> "tax number";
      case "swiftBic" -> "SWIFT/BIC";
      case "imoNumber" -> "IMO";
      default -> prop.toLowerCase(Locale.ROOT);
    };
  }
}
