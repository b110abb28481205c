package org.tiescan.sources.ofac;

import java.util.List;

/**
 * Which OFAC list an entry belongs to. In the consolidated (non-SDN) files only the program tells:
 * CMIC-EO13959 is the NS-CMIC list, NS-PLC the Palestinian Legislative Council list, UKRAINE-EO13662
 * the Sectoral Sanctions Identifications list. Other programs are not mapped to a finer list here
 * (the legacy format does not say which), they keep the generic consolidated-list designation.
 */
final class OfacLists {
  record ListInfo(String dataset, String title) {}

  static final ListInfo SDN = new ListInfo("us-ofac-sdn", "Specially Designated Nationals and Blocked Persons List (SDN)");
  static final ListInfo NS_CMIC = new ListInfo("us-ofac-ns-cmic", "Non-SDN Chinese Military-Industrial Complex Companies List (NS-CMIC)");
  static final ListInfo NS_PLC = new ListInfo("us-ofac-ns-plc", "Non-SDN Palestinian Legislative Council List (NS-PLC)");
  static final ListInfo SSI = new ListInfo("us-ofac-ssi", "Sectoral Sanctions Identifications List (SSI)");
  static final ListInfo OTHER = new ListInfo("us-ofac-cons", "Consolidated Sanctions List (Non-SDN Lists)");

  private OfacLists() {}

  static ListInfo consolidated(List<String> programs) {
    if (programs.contains("CMIC-EO13959")) return NS_CMIC;
    if (programs.contains("NS-PLC")) return NS_PLC;
    if (programs.contains("UKRAINE-EO13662")) return SSI;
    return OTHER;
  }
}
