package org.tiescan.graph.curated;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.tiescan.graph.Edge;
import org.tiescan.graph.EvidenceLookup;
import org.tiescan.graph.ListRelations;
import org.tiescan.graph.OwnershipGraph;
import org.tiescan.model.Entity;
import org.tiescan.model.RecordProblem;

/**
 * The compiled curated dataset: entities, links, sources, the claims behind every value, and the
 * problems validation found (empty when the data is good).
 */
public record CuratedDataset(List<Entity> entities, List<Edge> relationships, Map<String, CuratedSource> sources,
    List<Claim> claims, List<RecordProblem> problems) {

  public CuratedDataset {
    entities = List.copyOf(entities);
    relationships = List.copyOf(relationships);
    sources = Map.copyOf(sources);
    claims = List.copyOf(claims);
    problems = List.copyOf(problems);
  }

  public boolean valid() { return problems.isEmpty(); }

  public Optional<Entity> entity(String id) {
    return entities.stream().filter(e -> e.id().equals(id)).findFirst();
  }

  /** The sourced claims about one entity, in file order. */
  public List<Claim> claims(String entityId) {
    return claims.stream().filter(c -> c.entityId().equals(entityId)).toList();
  }

  /** The claims as evidence for {@link org.tiescan.graph.EntityView}. */
  public EvidenceLookup evidence() {
    return this::claims;
  }

  /**
   * The ownership graph of this dataset together with list records (their "Parent Name",
   * "Linked To" and subsidiary names become links; records the dataset cites join its entities).
   */
  public OwnershipGraph graph(Iterable<Entity> listRecords) {
    OwnershipGraph.Builder b = addTo(OwnershipGraph.builder());
    ListRelations.addTo(b, listRecords);
    return b.build();
  }

  /** Adds the entities and links to a graph builder. */
  public OwnershipGraph.Builder addTo(OwnershipGraph.Builder graph) {
    return graph.entities(entities).edges(relationships);
  }
}
