package org.tiescan.store.cases;

import java.util.ArrayList;
import java.util.List;
import org.tiescan.model.EntityJson;
import org.tiescan.store.diff.EntityComparison;
import org.tiescan.store.diff.FieldChange;

/** The standard "what changed" note: the store's field-by-field entity diff plus matched-name changes. */
public final class ChangeNotes implements CaseStore.ChangeDescriber {
  public static final ChangeNotes STANDARD = new ChangeNotes();

  private ChangeNotes() {}

  @Override
  public String describe(Evidence before, Evidence now) {
    List<String> parts = new ArrayList<>();
    if (!before.matchedNames().equals(now.matchedNames())) {
      parts.add("matched names " + before.matchedNames() + " -> " + now.matchedNames());
    }
    if (!before.entityHash().equals(now.entityHash())) {
      List<FieldChange> changes = EntityComparison.changes(EntityJson.fromLine(before.entityJson()),
          EntityJson.fromLine(now.entityJson()));
      for (FieldChange f : changes) {
        parts.add(f.field() + (f.removed().isEmpty() ? "" : " removed " + f.removed())
            + (f.added().isEmpty() ? "" : " added " + f.added()));
      }
      if (changes.isEmpty()) parts.add("list entry content changed");
    }
    return String.join("; ", parts);
  }
}
