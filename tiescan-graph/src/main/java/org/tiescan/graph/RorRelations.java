package org.tiescan.graph;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.tiescan.model.Entity;
import org.tiescan.model.Prop;
import org.tiescan.model.Schema;

/**
 * Reads a ROR v2 JSON lines dump: each record becomes an Organization node ({@code ror-<id>}) and
 * each "parent" relationship a {@link RelationType#UNIT} link with the ROR record as its source.
 * ROR's "child" relationships state the same links from the other side and are not duplicated.
 */
public final class RorRelations {
  /** Property holding the ROR id (https://ror.org/...), which FtM has no field for. */
  public static final String ROR_ID = "rorId";
  private static final ObjectMapper JSON = new ObjectMapper();

  private RorRelations() {}

  /** Nodes and links of one dump. */
  public record Result(List<Entity> entities, List<Edge> edges) {}

  public static Result read(Path jsonl) {
    List<Entity> entities = new ArrayList<>();
    List<Edge> edges = new ArrayList<>();
    try (BufferedReader in = Files.newBufferedReader(jsonl, StandardCharsets.UTF_8)) {
      String line;
      long n = 0;
      while ((line = in.readLine()) != null) {
        n++;
        if (line.isBlank()) continue;
        JsonNode r;
        try {
          r = JSON.readTree(line);
        } catch (IOException e) {
          throw new IllegalArgumentException(jsonl + ":" + n + ": not valid JSON: " + e.getMessage(), e);
        }
        Entity e = entity(r);
        entities.add(e);
        for (JsonNode rel : r.path("relationships")) {
          if ("parent".equals(rel.path("type").asText())) edges.add(parentEdge(e, r, rel));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return new Result(entities, edges);
  }

  /** The node id for a ROR id: {@code ror-} and the id's last path segment. */
  public static String nodeId(String rorId) {
    return "ror-" + rorId.substring(rorId.lastIndexOf('/') + 1);
  }

  private static Entity entity(JsonNode r) {
    String rorId = r.path("id").asText();
    Entity.Builder b = Entity.builder(nodeId(rorId), Schema.ORGANIZATION).dataset("ror").add(ROR_ID, rorId);
    for (JsonNode n : r.path("names")) {
      boolean display = n.path("types").toString().contains("ror_display");
      b.add(display ? Prop.NAME : Prop.ALIAS, n.path("value").asText());
    }
    for (JsonNode loc : r.path("locations")) {
      String cc = loc.path("geonames_details").path("country_code").asText("");
      if (!cc.isEmpty()) b.add(Prop.COUNTRY, cc.toLowerCase(Locale.ROOT));
    }
    for (JsonNode d : r.path("domains")) b.add(Prop.WEBSITE, d.asText());
    return b.sourceId("ror:" + rorId).build();
  }

  private static Edge parentEdge(Entity child, JsonNode r, JsonNode rel) {
    String parentRor = rel.path("id").asText();
    String date = r.path("admin").path("last_modified").path("date").asText(null);
    Provenance src = new Provenance(Provenance.LIST, "ror", "ROR record " + child.caption(),
        "Research Organization Registry", date, r.path("id").asText(), "relationships: parent", null);
    return new Edge("ror:" + child.id() + ">" + nodeId(parentRor), child.id(), nodeId(parentRor),
        RelationType.UNIT, null, List.of(src));
  }
}
