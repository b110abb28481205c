package org.tiescan.model;

/**
 * A source list as loaded: what it is, who publishes it, and how old the loaded copy is.
 *
 * @param name stable short name, e.g. {@code us-csl}, {@code us-ofac-sdn}
 * @param title human title, e.g. "Consolidated Screening List (trade.gov)"
 * @param publisher e.g. "U.S. International Trade Administration"
 * @param snapshotDate ISO date of the copy (publication or download date), or null if unknown
 * @param sourceUrl official address of the list
 * @param licence licence or legal status, e.g. "US government work, public domain"
 */
public record Dataset(
    String name, String title, String publisher, String snapshotDate, String sourceUrl, String licence) {}
