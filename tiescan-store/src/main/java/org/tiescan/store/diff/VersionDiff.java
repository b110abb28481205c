package org.tiescan.store.diff;

import java.util.List;

/**
 * What changed in a dataset from one version to another (issue 5: {@code tiescan lists diff}). Each
 * list is ordered by entity id; the records serialise to JSON as they are (Jackson handles records).
 */
public record VersionDiff(
    String dataset,
    long fromVersion,
    long toVersion,
    List<EntityRef> added,
    List<EntityRef> removed,
    List<EntityChange> changed) {

  public VersionDiff {
    added = List.copyOf(added);
    removed = List.copyOf(removed);
    changed = List.copyOf(changed);
  }

  public boolean isEmpty() {
    return added.isEmpty() && removed.isEmpty() && changed.isEmpty();
  }
}
