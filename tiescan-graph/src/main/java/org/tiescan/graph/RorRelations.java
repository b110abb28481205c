package org.tiescan.graph;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.tiescan.model.Entity;
import org.tiescan.model.Prop;
import org.tiescan.model.Schema;
import org.tiescan.sources.ror.RorDump;
import org.tiescan.sources.ror.RorRecord;

/**
 * Reads a ROR v2 dump ({@link RorDump}): each record becomes an Organization node ({@code ror-<id>}) and
 * each "parent" relationship a {@link RelationType#UNIT} link with the ROR record as its source.
 * ROR's "child" relationships state the same links from the other side and are not duplicated.
 */
public final class RorRelations {
  /** Property holding the ROR id (https://ror.org/...), which FtM has no field for. */
  public static final String ROR_ID = "rorId";

  private RorRelations() {}

  /** Nodes and links of one dump. */
  public record Result(List<Entity> entities, List<Edge> edges) {}

  public static Result read(Path dump) {
    List<Entity> entities = new ArrayList<>();
    List<Edge> edges = new ArrayList<>();
    try {
      RorDump.read(dump, r -> {
        Entity e = entity(r);
        entities.add(e);
        for (String parent : r.parents()) edges.add(parentEdge(e, r, parent));
      });
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return new Result(entities, edges);
  }

  /** The node id for a ROR id: {@code ror-} and the id's last path segment. */
  public static String nodeId(String rorId) {
    return "ror-" + RorRecord.shortId(rorId);
  }

  /** The organisation as an entity: display name as name, labels and aliases as aliases, acronyms as weak aliases. */
  public static Entity entity(RorRecord r) {
    Entity.Builder b = Entity.builder(nodeId(r.id()), Schema.ORGANIZATION).dataset("ror").add(ROR_ID, r.id());
    for (String n : r.names()) b.add(n.equals(r.displayName()) ? Prop.NAME : Prop.ALIAS, n);
    b.addAll(Prop.WEAK_ALIAS, r.acronyms());
    if (r.country() != null) b.add(Prop.COUNTRY, r.country());
    return b.sourceId("ror:" + r.id()).build();
  }

  private static Edge parentEdge(Entity child, RorRecord r, String parentRor) {
    Provenance src = new Provenance(Provenance.LIST, "ror", "ROR record " + child.caption(),
        "Research Organization Registry", r.lastModified(), r.id(), "relationships: parent", null);
    return new Edge("ror:" + child.id() + ">" + nodeId(parentRor), child.id(), nodeId(parentRor),
        RelationType.UNIT, null, List.of(src));
  }
}
