package org.tiescan.sources.support;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.tiescan.model.Entity;
import org.tiescan.model.Prop;

/**
 * Reads the facts OFAC writes into its free-text remarks ("DOB 1962; a.k.a. 'BNC'; Equity Ticker
 * 002415 CN; ISIN CNE100000PM8; Linked To: LAZARUS GROUP.") into entity properties. The remark text
 * itself is always kept as published by the caller; this only adds structured copies.
 */
public final class Remarks {
  private static final Pattern QUOTED_NAME = Pattern.compile("^(a\\.k\\.a\\.|f\\.k\\.a\\.|n\\.k\\.a\\.)\\s+'(.+)'$");
  private static final Pattern SEGMENT = Pattern.compile(";\\s+");
  private static final Pattern DATED = Pattern.compile("^(Listing|Effective) Date \\(([^)]+)\\):?\\s+(.+)$");

  /** Dates the remarks give for the listing, e.g. CMIC's "Listing Date (CMIC) 03 Jun 2021"; null when absent. */
  public record ListingDates(String listingDate, String effectiveDate) {}

  private Remarks() {}

  public static ListingDates apply(String remarks, Entity.Builder b) {
    String listing = null;
    String effective = null;
    if (remarks == null || remarks.isBlank()) return new ListingDates(null, null);
    // OFAC ends the whole remark with one period; segments in between have none
    String text = remarks.strip();
    if (text.endsWith(".")) text = text.substring(0, text.length() - 1);
    for (String raw : SEGMENT.split(text)) {
      String s = clean(raw);
      if (s.isEmpty() || names(s, b) || linkedTo(s, b) || identifier(s, b) || person(s, b)) continue;
      Matcher m = DATED.matcher(s);
      if (m.matches()) {
        String iso = Dates.iso(m.group(3));
        if (m.group(1).equals("Listing") && listing == null) listing = iso;
        if (m.group(1).equals("Effective") && effective == null) effective = iso;
      }
    }
    return new ListingDates(listing, effective);
  }

  private static String clean(String raw) {
    String s = raw.strip();
    if (s.startsWith("(") && s.endsWith(")")) s = s.substring(1, s.length() - 1).strip();
    if (s.startsWith("alt. ")) s = s.substring(5).strip();
    return s.strip();
  }

  private static boolean names(String s, Entity.Builder b) {
    Matcher m = QUOTED_NAME.matcher(s);
    if (!m.matches()) return false;
    b.add(m.group(1).equals("f.k.a.") ? Prop.PREVIOUS_NAME : Prop.ALIAS, m.group(2));
    return true;
  }

  private static boolean linkedTo(String s, Entity.Builder b) {
    if (!s.startsWith("Linked To:")) return false;
    b.add(ExtraProps.LINKED_TO, s.substring("Linked To:".length()));
    return true;
  }

  private static boolean identifier(String s, Entity.Builder b) {
    for (Map.Entry<String, String> type : Identifiers.types()) {
      String prefix = type.getKey() + " ";
      if (s.startsWith(prefix)) {
        b.add(type.getValue(), Identifiers.clean(type.getValue(), s.substring(prefix.length())));
        return true;
      }
    }
    return false;
  }

  private static boolean person(String s, Entity.Builder b) {
    String lower = s.toLowerCase(java.util.Locale.ROOT);
    if (lower.startsWith("nationality ") || lower.startsWith("citizen ")) {
      b.add(Prop.NATIONALITY, Countries.code(s.substring(s.indexOf(' ') + 1)));
      return true;
    }
    if (s.startsWith("DOB ")) {
      b.add(Prop.BIRTH_DATE, Dates.iso(s.substring(4)));
      return true;
    }
    if (s.startsWith("POB ")) {
      b.add(ExtraProps.BIRTH_PLACE, s.substring(4));
      return true;
    }
    return false;
  }
}
