package org.tiescan.store.diff;

import java.util.List;

/** An entity present in both versions whose content differs, with each changed field. */
public record EntityChange(EntityRef entity, List<FieldChange> changes) {
  public EntityChange {
    changes = List.copyOf(changes);
  }

  /** The names of the changed fields, in the order found. */
  public List<String> fields() {
    return changes.stream().map(FieldChange::field).toList();
  }
}
