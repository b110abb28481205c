package org.tiescan.screen.publications;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A work with every affiliation's finding; flagged when any affiliation leads to a listed entity. */
public record ScreenedWork(Work work, List<AffiliationFinding> findings) {
  public ScreenedWork {
    findings = List.copyOf(findings);
  }

  public boolean flagged() {
    return findings.stream().anyMatch(f -> !f.hits().isEmpty());
  }

  /** Each listed entity the work leads to, once, with the first hit that reached it. */
  public Map<String, OrgHit> entities() {
    Map<String, OrgHit> out = new LinkedHashMap<>();
    for (AffiliationFinding f : findings) for (OrgHit h : f.hits()) out.putIfAbsent(h.entityId(), h);
    return out;
  }
}
