package org.tiescan.screen.equipment;

/**
 * How strongly the evidence ties an asset to a covered manufacturer.
 * HIGH: the MAC block is registered to the covered manufacturer itself, or the vendor field is one of
 * its names. MEDIUM: a documented subsidiary, brand or OEM relationship, or a close (fuzzy) name.
 * LOW: the name only contains a covered manufacturer's distinctive word; a lead, not a finding.
 */
public enum Confidence { LOW, MEDIUM, HIGH }
