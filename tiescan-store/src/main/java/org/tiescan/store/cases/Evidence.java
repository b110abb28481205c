package org.tiescan.store.cases;

import java.util.List;
import java.util.TreeSet;

/**
 * What a hit rests on: the list entry (its content hash and JSON, as stored) and the names that
 * matched. A decision stays valid while the evidence is the same.
 */
public record Evidence(String entityId, String caption, String entityHash, String entityJson,
    List<String> matchedNames, double score) {
  public Evidence {
    matchedNames = List.copyOf(new TreeSet<>(matchedNames));
  }

  /** Same entry content and same matched names: the grounds of a decision still hold. */
  public boolean sameGroundsAs(Evidence other) {
    return entityHash.equals(other.entityHash) && matchedNames.equals(other.matchedNames);
  }
}
