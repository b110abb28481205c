package org.tiescan.graph.curated;

import org.tiescan.graph.Provenance;

/**
 * A source declared in a curated file: an official list edition or a public document.
 *
 * @param id short id used in references ({@code id} or {@code id#locator})
 * @param kind {@code list} or {@code public}
 * @param title title as published
 * @param publisher who published it
 * @param date ISO date, year-month or year of the edition cited
 * @param url where it can be read
 * @param file the copy in the shared data directory, for list sources (may be null)
 */
public record CuratedSource(String id, String kind, String title, String publisher, String date, String url,
    String file) {

  Provenance at(String locator, String citation) {
    return new Provenance(kind, id, title, publisher, date, url, locator, citation);
  }
}
