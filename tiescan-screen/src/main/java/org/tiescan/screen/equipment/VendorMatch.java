package org.tiescan.screen.equipment;

import java.util.List;

/**
 * Why a vendor or registry owner name points to a covered manufacturer.
 *
 * @param manufacturer the covered manufacturer
 * @param confidence how strong the tie is
 * @param method {@code exact name}, {@code name match} (scored by the matching engine) or {@code keyword}
 * @param score the name score in [0,1]
 * @param queriedName the name screened
 * @param matchedName the known name it matched
 * @param matchedId the curated entity matched (the manufacturer itself or a subsidiary/brand), or null
 * @param explanation the matching engine's explanation, or a sentence for exact and keyword matches
 * @param path ownership steps from the matched entity up to the manufacturer, each with its sources; empty when direct
 */
public record VendorMatch(CoveredManufacturer manufacturer, Confidence confidence, String method, double score,
    String queriedName, String matchedName, String matchedId, String explanation, List<String> path) {
  public VendorMatch {
    path = List.copyOf(path);
  }
}
