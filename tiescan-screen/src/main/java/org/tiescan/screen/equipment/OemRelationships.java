package org.tiescan.screen.equipment;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.tiescan.graph.NameKey;

/**
 * Documented relabel/OEM relationships ({@code data/equipment/oem-relationships.yaml}): a brand and
 * the covered manufacturer a public source says makes or owns it. Every entry must carry its source
 * (title, publisher, date, URL); a file with an unsourced entry is refused rather than half used.
 */
public final class OemRelationships {
  /** One documented relationship and where it is documented. */
  public record Relationship(String brand, String manufacturerId, String relationship, List<String> sources) {
    public String describe() {
      return brand + ": " + relationship + " [source: " + String.join("; ", sources) + "]";
    }
  }

  private final Map<String, Relationship> byBrand;

  private OemRelationships(Map<String, Relationship> byBrand) {
    this.byBrand = Map.copyOf(byBrand);
  }

  public static OemRelationships none() {
    return new OemRelationships(Map.of());
  }

  /** @throws IOException naming the entry and the missing field when an entry is incomplete */
  public static OemRelationships load(Path yaml, CoveredCatalog catalog) throws IOException {
    JsonNode root = new ObjectMapper(new YAMLFactory()).readTree(yaml.toFile());
    if (root == null || !root.path("relationships").isArray()) {
      throw new IOException(yaml + ": expected a 'relationships' list (it may be empty: relationships: [])");
    }
    Map<String, Relationship> out = new HashMap<>();
    int n = 0;
    for (JsonNode e : root.path("relationships")) {
      n++;
      List<String> sources = new ArrayList<>();
      for (JsonNode s : e.path("sources")) {
        sources.add(String.join(", ", req(yaml, n, s, "title"), req(yaml, n, s, "publisher"), req(yaml, n, s, "date"),
            req(yaml, n, s, "url")));
      }
      if (sources.isEmpty()) throw new IOException(yaml + ": relationship " + n + " field sources: missing (every entry needs its source)");
      Relationship r = new Relationship(req(yaml, n, e, "brand"), req(yaml, n, e, "manufacturer"),
          req(yaml, n, e, "relationship"), List.copyOf(sources));
      if (catalog.manufacturers().stream().noneMatch(m -> m.id().equals(r.manufacturerId()))) {
        throw new IOException(yaml + ": relationship " + n + " field manufacturer: unknown covered manufacturer " + r.manufacturerId());
      }
      out.put(NameKey.of(r.brand()), r);
    }
    return new OemRelationships(out);
  }

  private static String req(Path yaml, int n, JsonNode node, String field) throws IOException {
    String v = node.path(field).asText("");
    if (v.isBlank()) throw new IOException(yaml + ": relationship " + n + " field " + field + ": missing (every entry needs its source)");
    return v;
  }

  /** The documented relationship for a brand name as written in an inventory, if any. */
  public Optional<Relationship> lookup(String brand) {
    return brand == null ? Optional.empty() : Optional.ofNullable(byBrand.get(NameKey.of(brand)));
  }

  public int size() {
    return byBrand.size();
  }

  List<Relationship> all() {
    return new ArrayList<>(byBrand.values());
  }
}
