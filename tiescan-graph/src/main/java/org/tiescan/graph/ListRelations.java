package org.tiescan.graph;

import java.util.List;
import org.tiescan.model.Designation;
import org.tiescan.model.Entity;
import org.tiescan.model.Prop;

/**
 * Turns links stated inside list records into name links of an {@link OwnershipGraph.Builder}:
 * DoD 1260H "Parent Name" ({@code parent}), OFAC remarks "Linked To:" ({@code linkedTo}) and FCC
 * Covered List subsidiary names ({@code subsidiary}). The provenance of each link is the record's
 * own designation (list, citation, record id, address).
 */
public final class ListRelations {
  /** Property holding OFAC's "Linked To:" names, as the OFAC readers store them. */
  public static final String LINKED_TO = "linkedTo";
  /** Property holding subsidiary names a list states for an entry (FCC Covered List). */
  public static final String SUBSIDIARY = "subsidiary";

  private ListRelations() {}

  /** Adds every list record as a node and every link it states as a name link. */
  public static void addTo(OwnershipGraph.Builder graph, Iterable<Entity> records) {
    for (Entity e : records) {
      graph.entity(e);
      Provenance src = provenance(e);
      for (String parent : e.values(Prop.PARENT)) graph.nameLink(e.id(), parent, RelationType.SUBSIDIARY, true, src);
      for (String linked : e.values(LINKED_TO)) graph.nameLink(e.id(), linked, RelationType.LINKED_TO, true, src);
      for (String sub : e.values(SUBSIDIARY)) graph.nameLink(e.id(), sub, RelationType.SUBSIDIARY, false, src);
    }
  }

  /** The record's first designation as a source, or its dataset when it carries none. */
  static Provenance provenance(Entity e) {
    List<Designation> ds = e.designations();
    String sourceId = e.sourceIds().isEmpty() ? e.id() : e.sourceIds().get(0);
    if (ds.isEmpty()) {
      String dataset = e.datasets().isEmpty() ? "list" : e.datasets().get(0);
      return new Provenance(Provenance.LIST, dataset, dataset, null, e.lastSeen(), e.first(Prop.SOURCE_URL),
          sourceId, null);
    }
    Designation d = ds.get(0);
    String citation = d.citations().isEmpty() ? null : String.join("; ", d.citations());
    String list = d.list() != null ? d.list() : d.dataset();
    return new Provenance(Provenance.LIST, d.dataset(), list, d.authority(), d.startDate(), d.sourceUrl(),
        d.sourceId() != null ? d.sourceId() : sourceId, citation);
  }
}
