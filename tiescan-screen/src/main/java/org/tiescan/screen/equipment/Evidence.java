package org.tiescan.screen.equipment;

/**
 * One piece of evidence for a finding, in words a reviewer can check.
 *
 * @param kind {@code oui} (MAC block and registry owner), {@code registry-name} / {@code vendor-name}
 *     (how a name matched), {@code ownership} (a step up the curated graph, with its sources),
 *     {@code oem} (a documented relabel/OEM relationship with its source), {@code mac} (why a MAC
 *     address tells nothing)
 * @param detail the evidence itself
 */
public record Evidence(String kind, String detail) {}
