package org.tiescan.graph.curated;

import java.io.IOException;
import java.io.Writer;
import org.tiescan.graph.Edge;
import org.tiescan.graph.Provenance;
import org.tiescan.graph.RelationType;
import org.tiescan.model.Entity;
import org.tiescan.model.EntityJson;
import org.tiescan.model.Schema;

/**
 * Writes the compiled dataset as FtM JSON lines: the entities, then one line per relationship as
 * an FtM {@code Ownership} (subsidiary and ownership links, with {@code percentage} when published)
 * or {@code UnknownLink} (brand, joint venture, unit, affiliation), carrying the sources' addresses.
 */
public final class CuratedWriter {
  private CuratedWriter() {}

  public static void writeFtm(CuratedDataset data, Writer out) throws IOException {
    for (Entity e : data.entities()) out.write(EntityJson.toLine(e) + "\n");
    for (Edge r : data.relationships()) out.write(EntityJson.toLine(toFtm(r)) + "\n");
  }

  /** One relationship as an FtM interval entity. */
  public static Entity toFtm(Edge r) {
    boolean ownership = r.type().isOwnership();
    Entity.Builder b = Entity.builder(r.id(), ownership ? Schema.OWNERSHIP : "UnknownLink")
        .dataset(CuratedCompiler.DATASET);
    b.add(ownership ? "owner" : "object", r.to());
    b.add(ownership ? "asset" : "subject", r.from());
    b.add("role", r.type() == RelationType.SUBSIDIARY ? "parent" : r.type().upPhrase());
    if (r.share() != null) b.add("percentage", String.valueOf(r.share()));
    for (Provenance p : r.sources()) {
      b.add("sourceUrl", p.url());
      b.add("publisher", p.publisher());
      b.add("description", p.describe());
    }
    return b.build();
  }
}
