package org.tiescan.screen.publications;

import java.util.List;

/** One author's affiliation with the organisation it resolved to and the listed entities it leads to. */
public record AffiliationFinding(Author author, Affiliation affiliation, Resolution resolution, List<OrgHit> hits) {
  public AffiliationFinding {
    hits = List.copyOf(hits);
  }
}
