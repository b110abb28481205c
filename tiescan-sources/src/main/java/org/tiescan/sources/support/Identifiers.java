package org.tiescan.sources.support;

import java.util.LinkedHashMap;
import java.util.Map;
import org.tiescan.model.Prop;

/**
 * Which FtM property an identifier type of the US lists goes to. The same type names appear in the
 * CSL {@code ids} column ("91330000733796106P, Unified Social Credit Code (USCC)") and as prefixes
 * in OFAC remarks ("Unified Social Credit Code (USCC) 91330000733796106P (China)"), so both readers
 * share this table. Types not listed here (gender, sanctions notes, aircraft model, ...) are not
 * identifiers and are left in the remarks.
 */
public final class Identifiers {
  /** Type as published → property; insertion order matters for prefix matching (longer first). */
  static final Map<String, String> TYPES = new LinkedHashMap<>();

  static {
    TYPES.put("Unified Social Credit Code (USCC)", Prop.USCC);
    TYPES.put("Equity Ticker", Prop.TICKER);
    TYPES.put("ISIN", Prop.ISIN);
    TYPES.put("Legal Entity Number", Prop.LEI);
    TYPES.put("Business Registration Number", Prop.REGISTRATION_NUMBER);
    TYPES.put("Public Registration Number", Prop.REGISTRATION_NUMBER);
    TYPES.put("Commercial Registry Number", Prop.REGISTRATION_NUMBER);
    TYPES.put("Chamber of Commerce Number", Prop.REGISTRATION_NUMBER);
    TYPES.put("Government Gazette Number", Prop.REGISTRATION_NUMBER);
    TYPES.put("Registration Number", Prop.REGISTRATION_NUMBER);
    TYPES.put("Registration ID", Prop.REGISTRATION_NUMBER);
    TYPES.put("Company Number", Prop.REGISTRATION_NUMBER);
    TYPES.put("Trade License No.", Prop.REGISTRATION_NUMBER);
    TYPES.put("D-U-N-S Number", Prop.REGISTRATION_NUMBER);
    TYPES.put("Tax ID No.", Prop.TAX_NUMBER);
    TYPES.put("V.A.T. Number", Prop.TAX_NUMBER);
    TYPES.put("US FEIN", Prop.TAX_NUMBER);
    TYPES.put("R.F.C.", Prop.TAX_NUMBER);
    TYPES.put("RFC", Prop.TAX_NUMBER);
    TYPES.put("NIT #", Prop.TAX_NUMBER);
    TYPES.put("RUC #", Prop.TAX_NUMBER);
    TYPES.put("RIF #", Prop.TAX_NUMBER);
    TYPES.put("SWIFT/BIC", Prop.SWIFT_BIC);
    TYPES.put("Vessel Registration Identification", Prop.IMO);
    TYPES.put("Website", Prop.WEBSITE);
    TYPES.put("Email Address", ExtraProps.EMAIL);
    TYPES.put("Phone Number", ExtraProps.PHONE);
    TYPES.put("Diplomatic Passport", ExtraProps.PASSPORT_NUMBER);
    TYPES.put("Passport", ExtraProps.PASSPORT_NUMBER);
    TYPES.put("National ID No.", ExtraProps.ID_NUMBER);
    TYPES.put("Identification Number", ExtraProps.ID_NUMBER);
    TYPES.put("Personal ID Card", ExtraProps.ID_NUMBER);
    TYPES.put("Cedula No.", ExtraProps.ID_NUMBER);
    TYPES.put("D.N.I.", ExtraProps.ID_NUMBER);
    TYPES.put("C.U.R.P.", ExtraProps.ID_NUMBER);
  }

  private Identifiers() {}

  /** The property for an identifier type as published, or null when it is not an identifier. */
  public static String propertyFor(String type) {
    return type == null ? null : TYPES.get(type.strip());
  }

  /** The identifier value cleaned of what the lists append: " (China)", "IMO " for vessels. */
  public static String clean(String property, String value) {
    if (value == null) return null;
    String v = value.strip();
    if (Prop.IMO.equals(property) && v.startsWith("IMO ")) v = v.substring(4).strip();
    if (!Prop.WEBSITE.equals(property)) {
      int paren = v.indexOf(" (");
      if (paren > 0) v = v.substring(0, paren);
    }
    return v.strip();
  }

  /** Identifier types in matching order, for parsers that look for "TYPE value" prefixes. */
  static Iterable<Map.Entry<String, String>> types() {
    return TYPES.entrySet();
  }
}
