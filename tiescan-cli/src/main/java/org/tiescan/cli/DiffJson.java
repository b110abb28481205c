package org.tiescan.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.tiescan.store.diff.EntityChange;
import org.tiescan.store.diff.EntityRef;
import org.tiescan.store.diff.FieldChange;
import org.tiescan.store.diff.VersionDiff;

/** A list diff as JSON: {@code tiescan lists diff --json} and the server's list endpoints. */
public final class DiffJson {
  private static final ObjectMapper JSON = new ObjectMapper();

  private DiffJson() {}

  /** {@code dataset, from_version, to_version, added, removed, changed[fields[field, old, new]]}. */
  public static ObjectNode of(VersionDiff d) {
    ObjectNode o = JSON.createObjectNode().put("dataset", d.dataset()).put("from_version", d.fromVersion())
        .put("to_version", d.toVersion());
    ArrayNode added = o.putArray("added");
    d.added().forEach(e -> added.add(refJson(e)));
    ArrayNode removed = o.putArray("removed");
    d.removed().forEach(e -> removed.add(refJson(e)));
    ArrayNode changed = o.putArray("changed");
    for (EntityChange c : d.changed()) {
      ObjectNode entry = refJson(c.entity());
      ArrayNode fields = entry.putArray("fields");
      for (FieldChange f : c.changes()) {
        ObjectNode field = fields.addObject().put("field", f.field());
        f.removed().forEach(field.putArray("old")::add);
        f.added().forEach(field.putArray("new")::add);
        if (!field.has("old")) field.putArray("old");
        if (!field.has("new")) field.putArray("new");
      }
      changed.add(entry);
    }
    return o;
  }

  private static ObjectNode refJson(EntityRef e) {
    return JSON.createObjectNode().put("id", e.id()).put("schema", e.schema()).put("caption", e.caption());
  }

}
