package org.tiescan.graph;

/**
 * Where a link (or a fact) comes from: an official list entry or a public document.
 *
 * @param kind {@code list} for an official list, {@code public} for a public document
 * @param sourceId short id of the source in the curated dataset or of the list, e.g. {@code us-dod-1260h}
 * @param title title of the list or document
 * @param publisher who published it
 * @param date ISO date (or year-month) of the edition cited
 * @param url where it can be read
 * @param locator where inside the source: a list row id, a page, a section; null when none
 * @param citation legal citation when the source is a legal instrument (e.g. {@code 84 FR 54002}), else null
 */
public record Provenance(
    String kind, String sourceId, String title, String publisher, String date, String url,
    String locator, String citation) {

  public static final String LIST = "list";
  public static final String PUBLIC = "public";

  /** One line for a reviewer: title, publisher, date, where, address. */
  public String describe() {
    StringBuilder b = new StringBuilder(title);
    if (publisher != null) b.append(" (").append(publisher).append(')');
    if (date != null) b.append(", ").append(date);
    if (citation != null) b.append(", ").append(citation);
    if (locator != null) b.append(", ").append(locator);
    if (url != null) b.append(" <").append(url).append('>');
    return b.toString();
  }
}
