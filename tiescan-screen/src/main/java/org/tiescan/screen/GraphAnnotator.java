package org.tiescan.screen;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.tiescan.graph.Exposure;
import org.tiescan.graph.ExposureOptions;
import org.tiescan.graph.ExposureReport;
import org.tiescan.graph.OwnershipGraph;
import org.tiescan.graph.curated.CuratedListSource;
import org.tiescan.match.MatchResult;
import org.tiescan.model.Designation;
import org.tiescan.model.Entity;

/**
 * Puts screening results in their corporate context: folds results that are one organisation in the
 * graph (a list record and the curated entity citing it) into the best-scoring one (the list record
 * on a tie), and adds each
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
      MatchResult best = representative(node, group);
      List<MatchResult> others = new ArrayList<>(group);
      others.remove(best);
      kept.add(withDesignationsOf(best, others));
      context.put(best.entity().id(), context(node, best, others));
    });
    return new Annotated(kept, context);
  }

  /**
   * The best-scoring result of one organisation; on a tie the official list record rather than the
   * curated entity, so the hit shown is the list entry itself whenever it matched as well; among tied
   * list records, the one the curated entity cites first (e.g. Hikvision's Entity List record before
   * the CSL's and OFAC's NS-CMIC copies), so the hit shown does not depend on the engine's tie order.
   */
  private MatchResult representative(String node, List<MatchResult> group) {
    // an entity that is no node stands alone in its group: nothing to look up
    if (group.size() == 1) return group.get(0);
    double top = group.get(0).score();
    List<String> cited = graph.entity(node).map(Entity::sourceIds).orElse(List.of());
    return group.stream().filter(m -> m.score() == top && !CuratedListSource.isCurated(m.entity()))
        .min(Comparator.comparingInt(m -> citedRank(cited, m))).orElse(group.get(0));
  }

  /**
   * The kept result carries the legal basis of every list the organisation stands on: a designation of
   * a folded result is added when the kept entity has none from that list (Hikvision's Entity List
   * record then also shows its NS-CMIC, 1260H and FCC designations, each with its citation).
   */
  private static MatchResult withDesignationsOf(MatchResult best, List<MatchResult> folded) {
    Set<String> lists = new HashSet<>();
    best.entity().designations().forEach(d -> lists.add(d.dataset()));
    List<Designation> added = new ArrayList<>();
    for (MatchResult m : folded) {
      for (Designation d : m.entity().designations()) if (lists.add(d.dataset())) added.add(d);
    }
    if (added.isEmpty()) return best;
    Entity.Builder b = best.entity().toBuilder();
    added.forEach(b::designation);
    return new MatchResult(b.build(), best.score(), best.match(), best.explanation());
  }

  /** Where the curated entity cites this record among its source ids (not cited: after all cited ones). */
  private static int citedRank(List<String> cited, MatchResult m) {
    return m.entity().sourceIds().stream().mapToInt(cited::indexOf).filter(i -> i >= 0).min().orElse(cited.size());
  }

  private HitContext context(String node, MatchResult best, List<MatchResult> sameAs) {
    ExposureReport r = node.equals(best.entity().id()) ? exposure.of(best.entity(), options) : exposure.of(node, options);
    boolean listed = r.listedItself() || !best.entity().designations().isEmpty()
        || sameAs.stream().anyMatch(m -> !m.entity().designations().isEmpty());
    String basis = listed ? HitContext.LISTED
        : !r.hits().isEmpty() ? HitContext.EXPOSURE
        : curatedOnly(best, sameAs) ? HitContext.CURATED : HitContext.UNLISTED;
    return new HitContext(basis, node, r, sameAs);
  }

  /** Whether the result and those folded into it are all of the curated dataset (no list record among them). */
  private static boolean curatedOnly(MatchResult best, List<MatchResult> sameAs) {
    return CuratedListSource.isCurated(best.entity()) && sameAs.stream().allMatch(m -> CuratedListSource.isCurated(m.entity()));
  }

  /**
   * Results after folding, and the context of each by entity id.
   *
   * @param results one per organisation, best first
   * @param context keyed by the result's entity id
   */
  public record Annotated(List<MatchResult> results, Map<String, HitContext> context) {}
}
