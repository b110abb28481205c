package org.tiescan.sources.csl;

import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The component lists of the CSL, recognised by the abbreviation trade.gov puts in the {@code
 * source} column ("Entity List (EL) - Bureau of Industry and Security"), each with a stable tiescan
 * dataset slug for its designations, the designating authority and an FtM topic.
 */
final class CslLists {
  record ListInfo(String dataset, String authority, String topic) {}

  private static final String OFAC = "U.S. Department of the Treasury, OFAC";
  private static final String BIS = "U.S. Department of Commerce, BIS";
  private static final Pattern ABBREVIATION = Pattern.compile("\\(([A-Za-z-]+)(?: List)?\\)");

  private static final Map<String, ListInfo> BY_ABBREVIATION = Map.ofEntries(
      Map.entry("SDN", new ListInfo("us-ofac-sdn", OFAC, "sanction")),
      Map.entry("EL", new ListInfo("us-bis-entity-list", BIS, "export.control")),
      Map.entry("DPL", new ListInfo("us-bis-denied-persons", BIS, "export.control")),
      Map.entry("UVL", new ListInfo("us-bis-unverified-list", BIS, "export.control")),
      Map.entry("MEU", new ListInfo("us-bis-meu", BIS, "export.control")),
      Map.entry("DTC", new ListInfo("us-ddtc-debarred", "U.S. Department of State, DDTC", "debarment")),
      Map.entry("ISN", new ListInfo("us-state-isn", "U.S. Department of State, ISN", "sanction")),
      Map.entry("SSI", new ListInfo("us-ofac-ssi", OFAC, "sanction")),
      Map.entry("PLC", new ListInfo("us-ofac-ns-plc", OFAC, "sanction")),
      Map.entry("CAP", new ListInfo("us-ofac-capta", OFAC, "sanction")),
      Map.entry("NS-MBS", new ListInfo("us-ofac-ns-mbs", OFAC, "sanction")),
      Map.entry("MBS", new ListInfo("us-ofac-ns-mbs", OFAC, "sanction")),
      Map.entry("CMIC", new ListInfo("us-ofac-ns-cmic", OFAC, "sanction")),
      Map.entry("NS-CMIC", new ListInfo("us-ofac-ns-cmic", OFAC, "sanction")),
      Map.entry("FSE", new ListInfo("us-ofac-fse", OFAC, "sanction")));

  private CslLists() {}

  /** The list a {@code source} value names; unknown lists get a slug from their abbreviation. */
  static ListInfo of(String source) {
    Matcher m = ABBREVIATION.matcher(source == null ? "" : source);
    String abbreviation = m.find() ? m.group(1) : "";
    ListInfo known = BY_ABBREVIATION.get(abbreviation.toUpperCase(Locale.ROOT));
    if (known != null) return known;
    String slug = abbreviation.isEmpty() ? "other" : abbreviation.toLowerCase(Locale.ROOT);
    return new ListInfo("us-csl-" + slug, authorityFromSource(source), null);
  }

  private static String authorityFromSource(String source) {
    int dash = source == null ? -1 : source.lastIndexOf(" - ");
    return dash < 0 ? null : source.substring(dash + 3).strip();
  }
}
