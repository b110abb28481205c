package org.tiescan.screen.equipment;

/**
 * One piece of evidence for a finding, in words a reviewer can check.
 *
 * @param kind {@code oui} (MAC block and registry owner), {@code registry-name} / {@code vendor-name}
 *     (how a name matched), {@code ownership} (a step up the curated graph, with its sources),
 *     {@code oem} (a documented relabel/OEM relationship with its source), {@code entity} (the curated
 *     entry of the manufacturer and its version), {@code mac} (why a MAC address tells nothing)
 * @param detail the evidence itself
 * @param ground the part of it a review decision rests on (block and owner, the known name matched,
 *     the OEM row, the link, the entry version), without what varies from run to run such as the
 *     vendor spelling or the score; null when it is no ground for a decision
 */
public record Evidence(String kind, String detail, String ground) {
  /** Evidence that is shown but is no ground for a decision. */
  public Evidence(String kind, String detail) {
    this(kind, detail, null);
  }
}
