package org.tiescan.sources.intl;

import org.tiescan.model.Dataset;

/** Dataset metadata shared by the XML readers: the snapshot date comes from the file's own header. */
final class XmlDatasets {
  private XmlDatasets() {}

  /** The dataset with the date part of an ISO date-time such as {@code 2026-02-27T00:00:09.554Z}. */
  static Dataset dated(Dataset d, String isoDateTime) {
    if (isoDateTime == null || isoDateTime.length() < 10) return d;
    return new Dataset(d.name(), d.title(), d.publisher(), isoDateTime.substring(0, 10), d.sourceUrl(), d.licence());
  }

  static String orNull(String s) {
    return s == null || s.isBlank() ? null : s.strip();
  }
}
