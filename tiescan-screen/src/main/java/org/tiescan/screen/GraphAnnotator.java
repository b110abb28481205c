package org.tiescan.screen;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.tiescan.graph.Exposure;
import org.tiescan.graph.ExposureOptions;
import org.tiescan.graph.ExposureReport;
import org.tiescan.graph.OwnershipGraph;
import org.tiescan.match.MatchResult;

/**
 * Puts screening results in their corporate context: folds results that are one organisation in the
 * graph (a list record and the curated entity citing it) into the best-scoring one, and adds each
 * kept result's exposure to designated entities. Thread-safe: the graph is immutable.
 */
public final class GraphAnnotator {
  private final OwnershipGraph graph;
  private final Exposure exposure;
  private final ExposureOptions options;

  public GraphAnnotator(OwnershipGraph graph, ExposureOptions options) {
    this.graph = graph;
    this.exposure = new Exposure(graph);
    this.options = options;
  }

  public OwnershipGraph graph() { return graph; }

  public ExposureOptions options() { return options; }

  /** Results in, best first: one result per organisation, each with its context. */
  public Annotated annotate(List<MatchResult> bestFirst) {
    Map<String, List<MatchResult>> byNode = new LinkedHashMap<>();
    for (MatchResult m : bestFirst) {
      byNode.computeIfAbsent(graph.canonical(m.entity().id()), k -> new ArrayList<>()).add(m);
    }
    List<MatchResult> kept = new ArrayList<>();
    Map<String, HitContext> context = new LinkedHashMap<>();
    byNode.forEach((node, group) -> {
      MatchResult best = group.get(0);
      kept.add(best);
      context.put(best.entity().id(), context(node, best, group.subList(1, group.size())));
    });
    return new Annotated(kept, context);
  }

  private HitContext context(String node, MatchResult best, List<MatchResult> sameAs) {
    ExposureReport r = exposure.of(node, options);
    boolean listed = r.listedItself() || !best.entity().designations().isEmpty()
        || sameAs.stream().anyMatch(m -> !m.entity().designations().isEmpty());
    String basis = listed ? HitContext.LISTED : r.hits().isEmpty() ? HitContext.CURATED : HitContext.EXPOSURE;
    return new HitContext(basis, node, r, sameAs);
  }

  /**
   * Results after folding, and the context of each by entity id.
   *
   * @param results one per organisation, best first
   * @param context keyed by the result's entity id
   */
  public record Annotated(List<MatchResult> results, Map<String, HitContext> context) {}
}
