package org.tiescan.store.diff;

import java.util.List;

/**
 * How one field of an entity changed between two versions: the values that went and the values that
 * came. {@code field} is an FtM property name (e.g. {@code name}, {@code address}) or one of the
 * entity's own fields: {@code schema}, {@code datasets}, {@code source_ids}, {@code designations}
 * (designations compared as their JSON text).
 */
public record FieldChange(String field, List<String> removed, List<String> added) {
  public FieldChange {
    removed = List.copyOf(removed);
    added = List.copyOf(added);
  }
}
