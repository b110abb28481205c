package org.tiescan.store;

import java.util.Set;
import org.tiescan.model.Entity;
import org.tiescan.model.Schema;

/**
 * Merges two records with the same id into one entity, as readers expect of consumers: a CSL entry on
 * several component lists (SDN and CAP, say) comes as one row per list, each with its designation.
 * Values, datasets, source ids and designations are united; the first record's values come first.
 */
final class EntityMerge {
  /** Schemata that say less than any other, so a more specific one from the other record wins. */
  private static final Set<String> VAGUE = Set.of(Schema.THING, Schema.LEGAL_ENTITY);

  private EntityMerge() {}

  static Entity merge(Entity first, Entity second) {
    Entity.Builder b = first.toBuilder();
    if (VAGUE.contains(first.schema()) && !VAGUE.contains(second.schema())) b.schema(second.schema());
    second.properties().forEach(b::addAll);
    second.datasets().forEach(b::dataset);
    second.sourceIds().forEach(b::sourceId);
    second.designations().forEach(b::designation);
    if (b.build().firstSeen() == null) b.firstSeen(second.firstSeen());
    if (b.build().lastSeen() == null) b.lastSeen(second.lastSeen());
    return b.build();
  }
}
