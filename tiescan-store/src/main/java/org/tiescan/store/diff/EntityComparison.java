package org.tiescan.store.diff;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.tiescan.model.Designation;
import org.tiescan.model.Entity;
import org.tiescan.model.EntityJson;

/** Compares two versions of one entity field by field; values are compared as sets, order ignored. */
public final class EntityComparison {
  private EntityComparison() {}

  public static List<FieldChange> changes(Entity before, Entity after) {
    List<FieldChange> out = new ArrayList<>();
    compare("schema", List.of(before.schema()), List.of(after.schema()), out);
    Set<String> props = new TreeSet<>(before.properties().keySet());
    props.addAll(after.properties().keySet());
    for (String p : props) compare(p, before.values(p), after.values(p), out);
    compare("datasets", before.datasets(), after.datasets(), out);
    compare("source_ids", before.sourceIds(), after.sourceIds(), out);
    compare("designations", designations(before), designations(after), out);
    return out;
  }

  private static void compare(String field, List<String> before, List<String> after, List<FieldChange> out) {
    Set<String> removed = new LinkedHashSet<>(before);
    after.forEach(removed::remove);
    Set<String> added = new LinkedHashSet<>(after);
    before.forEach(added::remove);
    if (!removed.isEmpty() || !added.isEmpty()) {
      out.add(new FieldChange(field, List.copyOf(removed), List.copyOf(added)));
    }
  }

  private static List<String> designations(Entity e) {
    List<String> out = new ArrayList<>();
    for (Designation d : e.designations()) out.add(EntityJson.mapper().valueToTree(d).toString());
    return out;
  }
}
