package org.tiescan.sources;

import org.tiescan.model.Entity;
import org.tiescan.model.Schema;

/** Combining what several records say about one entity (e.g. CSL rows that share an {@code _id}). */
public final class Entities {
  private Entities() {}

  /**
   * One entity with every property value, dataset, source id and designation of both, in order,
   * without repeats. The schema is the more specific one (Company over LegalEntity); the first
   * and last seen dates span both.
   *
   * @throws IllegalArgumentException when the ids differ
   */
  public static Entity merge(Entity a, Entity b) {
    if (!a.id().equals(b.id())) throw new IllegalArgumentException("cannot merge " + a.id() + " with " + b.id());
    Entity.Builder merged = a.toBuilder().schema(moreSpecific(a.schema(), b.schema()));
    b.properties().forEach((prop, values) -> merged.addAll(prop, values));
    b.datasets().forEach(merged::dataset);
    b.sourceIds().forEach(merged::sourceId);
    b.designations().forEach(merged::designation);
    return merged.firstSeen(min(a.firstSeen(), b.firstSeen())).lastSeen(max(a.lastSeen(), b.lastSeen())).build();
  }

  private static String moreSpecific(String a, String b) {
    if (a.equals(b)) return a;
    if (a.equals(Schema.LEGAL_ENTITY) || a.equals(Schema.THING)) return b;
    return a;
  }

  private static String min(String a, String b) {
    if (a == null) return b;
    if (b == null) return a;
    return a.compareTo(b) <= 0 ? a : b;
  }

  private static String max(String a, String b) {
    if (a == null) return b;
    if (b == null) return a;
    return a.compareTo(b) >= 0 ? a : b;
  }
}
