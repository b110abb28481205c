package org.tiescan.graph;

import java.util.List;
import java.util.Objects;

/**
 * One documented link, from the subordinate party to the controlling one.
 *
 * @param id stable id of the link (curated {@code ts-rel-...}, or derived from the list record)
 * @param from entity id of the subordinate party (subsidiary, owned company, brand, unit)
 * @param to entity id of the controlling party (parent, owner, brand owner, public body)
 * @param type kind of link
 * @param share percentage of {@code from} held by {@code to} (0–100), or null when not published
 * @param sources where the link is stated; never empty
 */
public record Edge(String id, String from, String to, RelationType type, Double share, List<Provenance> sources) {
  public Edge {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(to, "to");
    Objects.requireNonNull(type, "type");
    sources = List.copyOf(sources);
    if (sources.isEmpty()) throw new IllegalArgumentException("edge " + id + " has no source");
    if (share != null && (share <= 0 || share > 100)) {
      throw new IllegalArgumentException("edge " + id + ": share " + share + " is not in (0, 100]");
    }
  }

  /** The same link with more sources, used when two sources state the same link. */
  Edge withSources(List<Provenance> more) {
    List<Provenance> all = new java.util.ArrayList<>(sources);
    for (Provenance p : more) if (!all.contains(p)) all.add(p);
    return new Edge(id, from, to, type, share, all);
  }
}
