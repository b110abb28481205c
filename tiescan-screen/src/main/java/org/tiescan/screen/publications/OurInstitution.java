package org.tiescan.screen.publications;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.Set;
import org.tiescan.sources.ror.RorRecord;

/**
 * The user's own institution (one or more ROR ids), to count flagged works per department: an
 * affiliation is ours when it resolves to one of the ids or to an organisation below one in ROR; its
 * department is the first unit segment of its raw string ("School of Computer Science").
 */
public final class OurInstitution {
  public static final String NO_DEPARTMENT = "(no department stated)";
  private final Set<String> ids = new HashSet<>();
  private final RorRegistry registry;

  public OurInstitution(Set<String> rorIds, RorRegistry registry) {
    rorIds.forEach(id -> ids.add(RorRecord.canonical(id)));
    this.registry = registry;
  }

  /** The departments of our authors on this work (empty when none of its affiliations is ours). */
  public Set<String> departments(ScreenedWork w) {
    Set<String> out = new LinkedHashSet<>();
    for (AffiliationFinding f : w.findings()) {
      if (!ours(f.resolution().rorId())) continue;
      out.add(f.resolution().segments().stream().filter(AffiliationText::isUnit).findFirst().orElse(NO_DEPARTMENT));
    }
    return out;
  }

  private boolean ours(String rorId) {
    if (rorId == null) return false;
    Set<String> seen = new HashSet<>();
    Deque<String> queue = new ArrayDeque<>(Set.of(rorId));
    while (!queue.isEmpty()) {
      String id = queue.poll();
      if (ids.contains(id)) return true;
      if (seen.add(id)) queue.addAll(registry.parents(id));
    }
    return false;
  }
}
